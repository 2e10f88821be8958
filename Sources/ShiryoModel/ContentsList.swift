/// The entries of a report's table of contents (目次), and where the contents list goes.
///
/// Every renderer that prints a contents list asks here, so the DOCX and the XHTML list the
/// same headings. An entry is a heading of level 2 to ``maximumLevel`` that has an anchor:
/// the assemblers anchor exactly the headings a reader jumps to (goals, strategies, indicator
/// tables, the 総括, the glossary), while repeated sub-headings such as 「令和6年度の取組」 have
/// none. The level 1 heading is the document's title and is not listed.
///
/// The list goes before the first listed heading (after the title, lead and as-of sentence).
/// Slides have no contents list.
public struct ContentsList: Sendable, Equatable {
    /// One line of the contents.
    public struct Entry: Sendable, Equatable {
        /// The heading's level (2 is the highest listed).
        public var level: Int
        /// The number printed before the heading (目標1, 戦略1.1), if any.
        public var number: String?
        /// The heading's text.
        public var content: [Inline]
        /// The heading's anchor, which the entry links to.
        public var anchor: String
        /// The index in `Document.blocks` of the heading.
        public var blockIndex: Int

        /// The heading's text as a contents line prints it: without footnote references,
        /// whose labels (*1) would point nowhere there.
        public var title: String { Self.text(of: content) }

        /// The number and the title as one line.
        public var plainText: String {
            guard let number, !number.isEmpty else { return title }
            return number + " " + title
        }

        private static func text(of inlines: [Inline]) -> String {
            inlines.map { inline in
                switch inline {
                case .text(let text): text
                case .strong(let content), .emphasis(let content): text(of: content)
                case .crossReference(let reference): text(of: reference.content)
                case .footnoteReference: ""
                case .lineBreak: " "
                }
            }.joined()
        }
    }

    /// The deepest heading level listed.
    public static let maximumLevel = 4
    /// The contents list's own title.
    public static let title = "目次"

    /// The entries, in document order; empty for slides or a report without anchored headings.
    public var entries: [Entry]

    /// The index in `Document.blocks` before which the contents list is written.
    public var insertionIndex: Int? { entries.first?.blockIndex }

    /// The contents of `document`.
    public init(_ document: Document) {
        guard document.kind == .report else {
            entries = []
            return
        }
        entries = document.blocks.enumerated().compactMap { index, block in
            guard case .heading(let heading) = block, (2...Self.maximumLevel).contains(heading.level),
                  let anchor = heading.anchor, !anchor.isEmpty
            else { return nil }
            return Entry(level: heading.level, number: heading.number, content: heading.content,
                         anchor: anchor, blockIndex: index)
        }
    }
}
