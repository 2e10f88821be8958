import Foundation

/// What the XHTML (and PDF) renderer needs besides the document.
public struct XHTMLRenderOptions: Sendable {
    /// The folder of the input report. Figure images are resolved against it and must stay
    /// inside it; a document with images cannot be rendered without it.
    public var inputDirectory: URL?
    /// Output file names of the companion documents, by `Metadata.identifier`
    /// (e.g. `"detail": "amr-action-plan.detail.xhtml"`), for cross references.
    public var companionFileNames: [String: String]
    /// A user stylesheet linked instead of the embedded default CSS. Relative URLs are
    /// written as given (relative to the output file); only http(s), file and relative
    /// references are accepted.
    public var stylesheet: URL?

    public init(inputDirectory: URL? = nil, companionFileNames: [String: String] = [:], stylesheet: URL? = nil) {
        self.inputDirectory = inputDirectory
        self.companionFileNames = companionFileNames
        self.stylesheet = stylesheet
    }
}
