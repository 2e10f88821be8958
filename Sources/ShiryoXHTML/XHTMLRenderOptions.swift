import Foundation
import ShiryoRendering

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
    /// Where the default stylesheets (`xhtml/*.css`) are read from.
    public var templates: TemplateSet
    /// The linked contents list (目次) of a report and the draft marks.
    public var marking: DocumentMarkingOptions

    public init(
        inputDirectory: URL? = nil, companionFileNames: [String: String] = [:], stylesheet: URL? = nil,
        templates: TemplateSet = .builtIn, marking: DocumentMarkingOptions = .init()
    ) {
        self.inputDirectory = inputDirectory
        self.companionFileNames = companionFileNames
        self.stylesheet = stylesheet
        self.templates = templates
        self.marking = marking
    }

    /// Every option the xhtml and pdf formats read.
    static let acceptedOptions = [stylesheetOption] + DocumentMarkingOptions.all

    /// The `stylesheet` option, read by both the xhtml and the pdf format.
    static let stylesheetOption = RenderOption(
        name: "stylesheet", valueName: "FILE",
        help: "link this CSS file instead of embedding templates/xhtml/*.css")

    /// The options a `RenderContext` carries for the xhtml and pdf formats.
    ///
    /// - Throws: A ``RenderError`` of `format` for a `toc`, `draft` or `watermark` value that
    ///   is not true or false.
    init(context: RenderContext, format: String) throws(RenderError) {
        self.init(
            inputDirectory: context.inputDirectory, companionFileNames: context.companionFileNames,
            stylesheet: context.options["stylesheet"].map { URL(fileURLWithPath: $0) },
            templates: context.templates, marking: try DocumentMarkingOptions(context.options, format: format))
    }
}
