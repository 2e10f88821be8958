/// Which footnote definitions a reference may point to, settled once for every renderer.
///
/// A slide's own definitions (numbered from *1 on each slide) come first; the document's
/// stand behind them, so a reference inside a slide finds its slide's note even when the
/// document defines the same id. A report has the document's definitions only.
public struct FootnoteScope: Sendable, Equatable {
    /// The definitions in force, in the order they are printed.
    public let definitions: [FootnoteDefinition]
    private let byID: [String: FootnoteDefinition]

    /// The scope of a reference inside `slide` of `document`, or in the running text of a
    /// report when `slide` is nil.
    public init(document: Document, slide: Slide? = nil) {
        self.init(slide?.footnotes ?? document.footnotes, behind: slide == nil ? [] : document.footnotes)
    }

    /// A scope of `definitions`, with `outer` ones standing behind them.
    public init(_ definitions: [FootnoteDefinition], behind outer: [FootnoteDefinition] = []) {
        var byID: [String: FootnoteDefinition] = [:]
        for definition in outer { byID[definition.id] = definition }
        for definition in definitions { byID[definition.id] = definition }
        self.definitions = definitions
        self.byID = byID
    }

    /// The definition a reference to `id` points to, if any.
    public func definition(for id: String) -> FootnoteDefinition? {
        byID[id]
    }

    /// The notes printed at the foot of the slide (or the end of the report): the
    /// definitions that have text, in order. A bare marker (no text) is explained elsewhere,
    /// by a note, and prints nothing of its own.
    public var printedNotes: [FootnoteDefinition] {
        definitions.filter { $0.content != nil }
    }
}
