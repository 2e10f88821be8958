import Foundation

/// What a renderer receives besides the document.
///
/// The pipeline makes one context per input report and format, and passes it to every
/// document of that report it renders in that format.
public struct RenderContext: Sendable {
    /// The folder of the input report. Relative figure paths are resolved against it and
    /// must stay inside it.
    ///
    /// `nil` when the document does not come from a report file (in tests, for instance);
    /// a renderer that needs the folder (to read a figure) should then fail with a
    /// ``RenderError`` rather than guess.
    public var inputDirectory: URL?
    /// The output file names of the documents made from the same report, by
    /// `Metadata.identifier` (`"summary"`, `"detail"`), for links between them.
    ///
    /// Each name carries this format's ``DocumentRenderer/fileExtension``, e.g.
    /// `["summary": "amr-action-plan.summary.md", "detail": "amr-action-plan.detail.md"]`.
    /// Every document of the report is listed, also when the run renders only one of them.
    public var companionFileNames: [String: String]
    /// The option values the user set (``RenderOption``).
    public var options: RenderOptions
    /// The templates: the user's `--templates` folder over those built into the library.
    public var templates: TemplateSet

    /// A context; the defaults (no input folder, no companion file names, no options, the
    /// built-in templates) suit tests.
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
