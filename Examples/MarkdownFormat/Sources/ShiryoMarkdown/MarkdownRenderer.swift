import ShiryoModel
import ShiryoRendering

/// Renders a `Document` as GitHub-flavoured Markdown: ATX headings, lists, pipe tables and
/// `[^n]` footnotes, readable by GitHub, GitLab and pandoc's `gfm` reader.
///
/// Register it beside the built-in formats and it is available as `--format markdown`:
///
/// ```swift
/// ShiryoCommandLine.main(registry: RendererRegistry.builtIn.registering(MarkdownRenderer()))
/// ```
///
/// Every string from the data is escaped, so no data can open a heading, list, table,
/// link or emphasis that is not in the model.
public struct MarkdownRenderer: DocumentRenderer {
    public let formatName = "markdown"
    public let fileExtension = "md"
    public let summary = "GitHub-flavoured Markdown with pipe tables and footnotes (GitHub, GitLab, pandoc gfm)"
    public var acceptedOptions: [RenderOption] { [Self.headingOffsetOption] }

    /// `--option heading-offset=N`: pushes every heading N levels down.
    public static let headingOffsetOption = RenderOption(
        name: "heading-offset", valueName: "N",
        help: "add N (0 to 4) to every heading level, to paste the document under a heading of your own (default 0)")

    public init() {}

    public func validate(_ options: RenderOptions) throws {
        _ = try headingOffset(options)
    }

    public func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws {
        output.write(try markdown(document, context: context))
    }

    private func headingOffset(_ options: RenderOptions) throws(RenderError) -> Int {
        try options.integer(Self.headingOffsetOption.name, default: 0, in: 0...4, format: formatName)
    }

    /// The Markdown of `document`: LF line endings, one final newline.
    public func markdown(_ document: Document, context: RenderContext = RenderContext()) throws -> String {
        let settings = MarkdownSettings(
            headingOffset: try headingOffset(context.options),
            documentIdentifier: document.metadata.identifier,
            companionFileNames: context.companionFileNames)
        return DocumentWriter(document: document, settings: settings).markdown()
    }
}

/// What the writers need besides the document, read once from the `RenderContext`.
struct MarkdownSettings {
    var headingOffset = 0
    /// The document being written: a cross reference to it is not a link to another file.
    var documentIdentifier = ""
    /// Output file names of the companion documents, for cross-reference links.
    var companionFileNames: [String: String] = [:]

    /// The link target of a cross reference to another document, or nil when it points
    /// into this document or to one whose file name is unknown.
    ///
    /// Markdown has no anchors of its own (GitHub makes them from heading text), so a
    /// reference's `anchor` is not linked: the reference goes to the companion file.
    func destination(for reference: CrossReference) -> String? {
        guard let target = reference.documentIdentifier, target != documentIdentifier,
              let fileName = companionFileNames[target], !fileName.isEmpty
        else { return nil }
        return MarkdownEscaping.destination(fileName, keepingSlashes: false)
    }

    /// The Markdown heading level (1…6) of a heading of `level` in the model.
    func headingLevel(_ level: Int) -> Int {
        min(min(max(level, 1), 6) + headingOffset, 6)
    }
}
