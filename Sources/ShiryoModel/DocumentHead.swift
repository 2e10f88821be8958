/// The metadata lines a renderer still has to print at the head of a document: those the
/// document's own opening blocks do not already print.
///
/// The assemblers put the title and the as-of sentence into the blocks (the 概要's title
/// slide, the 詳細's level 1 heading and opening paragraph), while a document made another
/// way may leave them to the metadata. Every renderer asks here, so no line is lost and none
/// is printed twice, by one rule: a line counts as printed when it is the whole text, or one
/// line, of a heading, paragraph or list item among the opening blocks — the first slide of
/// a deck, or a report's blocks before its first heading of level 2 or deeper.
public struct DocumentHead: Sendable, Equatable {
    /// The title, when no opening block prints it.
    public var title: String?
    /// The subtitle, when no opening block prints it.
    public var subtitle: String?
    /// The issuer, when no opening block prints it.
    public var issuer: String?
    /// The as-of sentence, when no opening block prints it.
    public var asOf: String?

    /// The lines of `document`'s metadata that its opening blocks leave to the renderer.
    public init(_ document: Document) {
        let printed = Self.openingTexts(document)
        func unprinted(_ line: String?) -> String? {
            guard let line, !line.isEmpty, !printed.contains(line) else { return nil }
            return line
        }
        let metadata = document.metadata
        title = unprinted(metadata.title)
        subtitle = unprinted(metadata.subtitle)
        issuer = unprinted(metadata.issuer)
        asOf = unprinted(metadata.asOfText)
    }

    private static func openingTexts(_ document: Document) -> Set<String> {
        var texts = Set<String>()
        func insert(_ text: String) {
            texts.insert(text)
            for line in text.split(separator: "\n") { texts.insert(String(line)) }
        }
        func visit(_ blocks: [Block]) -> Bool {
            for block in blocks {
                switch block {
                case .heading(let heading):
                    if document.kind == .report, heading.level >= 2 { return false }
                    insert(heading.content.plainText)
                case .paragraph(let content):
                    insert(content.plainText)
                case .list(let list):
                    for item in list.items where !visit(item) { return false }
                case .slide(let slide):
                    insert(slide.title.plainText)
                    _ = visit(slide.blocks)
                    return false
                case .columns, .table, .figure, .note:
                    continue
                }
            }
            return true
        }
        _ = visit(document.blocks)
        return texts
    }
}
