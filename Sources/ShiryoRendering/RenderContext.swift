import Foundation

/// What a renderer receives besides the document.
public struct RenderContext: Sendable {
    /// The folder of the input report. Relative figure paths are resolved against it and
    /// must stay inside it.
    public var inputDirectory: URL?
    /// The output file names of the documents made from the same report, by
    /// `Metadata.identifier` (`"summary"`, `"detail"`), for links between them.
    public var companionFileNames: [String: String]
    /// The option values the user set (``RenderOption``).
    public var options: RenderOptions
    /// The templates: the user's `--templates` folder over those built into the library.
    public var templates: TemplateSet

    public init(
        inputDirectory: URL? = nil, companionFileNames: [String: String] = [:],
        options: RenderOptions = RenderOptions(), templates: TemplateSet = .builtIn
    ) {
        self.inputDirectory = inputDirectory
        self.companionFileNames = companionFileNames
        self.options = options
        self.templates = templates
    }
}
