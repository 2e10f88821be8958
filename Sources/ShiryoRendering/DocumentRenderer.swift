import ShiryoModel

/// An output format: turns a format-neutral `Document` into bytes.
///
/// A renderer sees only the `Document` (never the follow-up data it was assembled from),
/// what the user chose in a ``RenderContext``, and a ``RenderOutput`` to write into. It is
/// registered under its ``formatName`` in a ``RendererRegistry``; the built-in formats
/// (`xhtml`, `pdf`, `docx`, `text`, `json`) are registered the same way as any other.
///
/// A renderer must be a value with no shared mutable state: the same document and context
/// must give the same bytes on every run, whatever the clock, time zone or locale.
public protocol DocumentRenderer: Sendable {
    /// The name users pass to `--format`: lowercase ASCII letters, digits and hyphens,
    /// e.g. `xhtml` or `markdown`.
    var formatName: String { get }
    /// The output file's extension, without the dot: `md` gives `NAME.summary.md`.
    var fileExtension: String { get }
    /// One line for `shiryo formats`.
    var summary: String { get }
    /// The options this format reads from ``RenderContext/options``, listed by
    /// `shiryo formats` and accepted by `shiryo render --option NAME=VALUE`. An option no
    /// chosen format declares is refused before anything is rendered.
    var acceptedOptions: [RenderOption] { get }

    /// Renders the whole document into `output`.
    ///
    /// Throw ``RenderError`` (or any error whose description a user can act on) on
    /// failure. Whatever was written is then discarded: nothing reaches the output folder
    /// unless every input, document and format succeeds.
    func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws
}

extension DocumentRenderer {
    public var acceptedOptions: [RenderOption] { [] }

    /// Renders into memory and returns the bytes: for tests and for renderers that build
    /// on another one (the PDF renderer lays out the XHTML renderer's output).
    public func renderBytes(_ document: Document, context: RenderContext = RenderContext()) throws -> [UInt8] {
        let output = RenderOutput()
        try render(document, context: context, to: output)
        return output.bytes
    }
}
