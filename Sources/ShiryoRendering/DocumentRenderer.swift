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

    /// Checks the values of the options this format reads, before any report is loaded,
    /// so that `--option width=abc` is refused at once rather than after the work.
    ///
    /// Throw the same ``RenderError`` that ``render(_:context:to:)`` would throw for the
    /// value. The default accepts everything (a format with no options, or one that checks
    /// its values only while rendering).
    func validate(_ options: RenderOptions) throws

    /// Whether the format makes documents of `kind`. A run that asks for every document
    /// (`--document all`) skips the kinds a format does not make; asked for one alone, the
    /// renderer's ``render(_:context:to:)`` refuses it with a message naming a format that
    /// does. The default makes both.
    func supports(_ kind: Document.Kind) -> Bool

    /// Renders the whole document into `output`.
    ///
    /// Called once per document (the 概要 and the 詳細 are separate calls, each with a fresh
    /// `output` and the same `context`).
    ///
    /// Throw ``RenderError`` (or any error whose description a user can act on) on
    /// failure. Whatever was written is then discarded: nothing reaches the output folder
    /// unless every input, document and format succeeds.
    ///
    /// - Parameters:
    ///   - document: The format-neutral document: its `kind` (`slides` for a 概要, `report`
    ///     for a 詳細), `metadata`, `blocks` and `footnotes`.
    ///   - context: The input folder, the companion documents' file names, the options the
    ///     user set and the templates.
    ///   - output: Where to write the bytes.
    func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws
}

extension DocumentRenderer {
    /// No options: the default for a format that reads none.
    public var acceptedOptions: [RenderOption] { [] }

    /// Accepts every value: the default for formats that read no options.
    public func validate(_ options: RenderOptions) throws {}

    /// Both kinds: the default for formats that render slides and reports alike.
    public func supports(_ kind: Document.Kind) -> Bool { true }

    /// Renders into memory and returns the bytes: for tests, and for a renderer that builds
    /// on another one's output (render the other format with this, then transform the bytes).
    ///
    /// - Parameters:
    ///   - document: The document to render.
    ///   - context: The context; the default has no input folder, no companion file names,
    ///     no options and the built-in templates.
    /// - Returns: Everything the renderer wrote.
    /// - Throws: Whatever ``render(_:context:to:)`` throws.
    public func renderBytes(_ document: Document, context: RenderContext = RenderContext()) throws -> [UInt8] {
        let output = RenderOutput()
        try render(document, context: context, to: output)
        return output.bytes
    }
}
