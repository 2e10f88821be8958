// The text a reader of any rendering sees, in reading order, without list markers or
// layout. Tests use it to check that no sentence of the data is lost on the way to a
// document; renderers may use it for document properties.

extension Block {
    /// The text a reader sees of this block, in reading order, without list markers or
    /// layout: table cells separated by tabs, rows and items by line breaks.
    public var plainText: String {
        switch self {
        case .heading(let heading):
            return [heading.number, heading.content.plainText].compactMap { $0 }.joined(separator: " ")
        case .paragraph(let content):
            return content.plainText
        case .list(let list):
            return list.items.map { $0.plainText }.joined(separator: "\n")
        case .table(let table):
            var lines: [String] = []
            if let caption = table.caption { lines.append(caption.plainText) }
            for row in table.headerRows { lines.append(row.map { $0.blocks.plainText }.joined(separator: "\t")) }
            for row in table.rows {
                switch row {
                case .cells(let cells): lines.append(cells.map { $0.blocks.plainText }.joined(separator: "\t"))
                case .group(let content): lines.append(content.plainText)
                }
            }
            return lines.joined(separator: "\n")
        case .figure(let figure):
            return [figure.caption.plainText, figure.description?.plainText, figure.credit?.plainText]
                .compactMap { $0 }.joined(separator: "\n")
        case .note(let note):
            return note.marker + " " + note.content.plainText
        case .columns(let columns):
            return columns.map { column in
                ([column.title?.plainText].compactMap { $0 } + [column.blocks.plainText]).joined(separator: "\n")
            }.joined(separator: "\n")
        case .slide(let slide):
            let title = [slide.number, slide.title.plainText].compactMap { $0 }.joined(separator: " ")
            return ([title, slide.blocks.plainText] + slide.footnotes.map(\.plainText)).joined(separator: "\n")
        }
    }
}

extension FootnoteDefinition {
    /// The footnote as printed, `label：text`, or the empty string when it has no text.
    public var plainText: String {
        guard let content else { return "" }
        return label + "：" + content.plainText
    }
}

extension Array where Element == Block {
    /// The text a reader sees of these blocks, one block after another on separate lines.
    public var plainText: String { map(\.plainText).joined(separator: "\n") }
}

extension Document {
    /// Everything a reader sees: metadata, blocks and footnotes.
    public var plainText: String {
        let head = [metadata.documentNumber, metadata.dateText, metadata.issuer, metadata.title, metadata.subtitle]
            .compactMap { $0 }
        return (head + [blocks.plainText] + footnotes.map(\.plainText)).joined(separator: "\n")
    }
}
