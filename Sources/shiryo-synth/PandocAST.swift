import Foundation
import ShiryoModel

/// The assembled documents in pandoc's JSON AST (pandoc-types 1.22, pandoc 2.17), so that
/// pandoc renders exactly the content Shiryo does and the benchmark compares like with like:
/// headings with their numbers, paragraphs, lists with their numbering, tables with header
/// rows, group rows and spans, footnotes as notes, figures, notes, columns as divisions.
struct PandocAST {
    static let apiVersion = [1, 22, 2, 1]

    static func json(_ document: Document) throws -> Data {
        var encoder = PandocAST(document: document)
        let blocks = document.blocks.flatMap { encoder.block($0) }
        let root: [String: Any] = [
            "pandoc-api-version": apiVersion,
            "meta": ["title": ["t": "MetaInlines", "c": inlines(text: document.metadata.title)]],
            "blocks": blocks,
        ]
        return try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
    }

    private let document: Document
    /// Footnotes already placed as notes; later references print their label.
    private var placed = Set<String>()
    private var definitions: [String: FootnoteDefinition] = [:]

    private init(document: Document) {
        self.document = document
        for definition in document.footnotes { definitions[definition.id] = definition }
    }

    private static var noAttributes: [Any] { ["", [String](), [[String]]()] }

    private mutating func block(_ block: Block) -> [Any] {
        switch block {
        case .heading(let heading):
            let number = heading.number.map { Self.inlines(text: $0) + [["t": "Space"]] } ?? []
            return [["t": "Header", "c": [min(max(heading.level, 1), 6), [heading.anchor ?? "", [String](), [[String]]()],
                                          number + inlines(heading.content)]]]
        case .paragraph(let content):
            return [["t": "Para", "c": inlines(content)]]
        case .list(let list):
            let items = list.items.map { $0.flatMap { self.block($0) } }
            switch list.style {
            case .bullet, .dot, .circle, .none:
                return [["t": "BulletList", "c": items]]
            case .decimal, .parenthesized, .fullwidthParenthesized, .circled, .katakana:
                let delimiter = list.style == .decimal ? "Period" : "TwoParens"
                return [["t": "OrderedList", "c": [[list.start, ["t": "Decimal"], ["t": delimiter]], items]]]
            }
        case .table(let table):
            return [self.table(table)]
        case .figure(let figure):
            var caption = inlines(figure.caption)
            for line in [figure.description, figure.credit].compactMap({ $0 }) {
                caption += [["t": "LineBreak"]] + inlines(line)
            }
            if let image = figure.image {
                return [["t": "Para", "c": [["t": "Image", "c": [Self.noAttributes, caption, [image, "fig:"]]]]]]
            }
            return [["t": "Para", "c": caption]]
        case .note(let note):
            return [["t": "Para", "c": Self.inlines(text: note.marker) + [["t": "Space"]] + inlines(note.content)]]
        case .columns(let columns):
            return [["t": "Div", "c": [Self.noAttributes, columns.flatMap { column -> [Any] in
                let title: [Any] = column.title.map { [["t": "Para", "c": [["t": "Strong", "c": inlines($0)]]]] } ?? []
                return title + column.blocks.flatMap { self.block($0) }
            }]]]
        case .slide(let slide):
            let scope = definitions
            for definition in slide.footnotes { definitions[definition.id] = definition }
            defer { definitions = scope }
            let number = slide.number.map { Self.inlines(text: $0) } ?? []
            var blocks: [Any] = [["t": "Header", "c": [1, [slide.anchor ?? "", [String](), [[String]]()],
                                                      number + inlines(slide.title)]]]
            blocks += slide.blocks.flatMap { self.block($0) }
            return blocks
        }
    }

    private mutating func table(_ table: Table) -> Any {
        let width = Double(max(table.columns.reduce(0) { $0 + $1.width }, 1))
        let specs: [Any] = table.columns.map { [["t": "AlignDefault"], ["t": "ColWidth", "c": Double($0.width) / width]] }
        func cell(_ cell: TableCell) -> Any {
            [Self.noAttributes, ["t": "AlignDefault"], cell.rowSpan, cell.columnSpan, cell.blocks.flatMap { self.block($0) }]
        }
        let head: [Any] = table.headerRows.map { [Self.noAttributes, $0.map(cell)] }
        let rows: [Any] = table.rows.map { row -> Any in
            switch row {
            case .cells(let cells):
                return [Self.noAttributes, cells.map(cell)]
            case .group(let content):
                return [Self.noAttributes, [[Self.noAttributes, ["t": "AlignDefault"], 1, table.columns.count,
                                             [["t": "Para", "c": inlines(content)]]]]]
            }
        }
        let caption: [Any] = [NSNull(), table.caption.map { [["t": "Para", "c": inlines($0)]] } ?? []]
        return ["t": "Table", "c": [Self.noAttributes, caption, specs, [Self.noAttributes, head],
                                    [[Self.noAttributes, 0, [Any](), rows]], [Self.noAttributes, [Any]()]]]
    }

    private mutating func inlines(_ content: [Inline]) -> [Any] {
        content.flatMap { inline -> [Any] in
            switch inline {
            case .text(let text): return Self.inlines(text: text)
            case .strong(let inner): return [["t": "Strong", "c": inlines(inner)]]
            case .emphasis(let inner): return [["t": "Emph", "c": inlines(inner)]]
            case .lineBreak: return [["t": "LineBreak"]]
            case .crossReference(let reference):
                let target = (reference.documentIdentifier ?? "") + (reference.anchor.map { "#" + $0 } ?? "")
                return [["t": "Link", "c": [Self.noAttributes, inlines(reference.content), [target, ""]]]]
            case .footnoteReference(let reference):
                if let content = definitions[reference.id]?.content, placed.insert(reference.id).inserted {
                    return [["t": "Note", "c": [["t": "Para", "c": inlines(content)]]]]
                }
                return [["t": "Superscript", "c": Self.inlines(text: reference.label)]]
            }
        }
    }

    /// Text as pandoc's Str and Space tokens.
    private static func inlines(text: String) -> [Any] {
        var result: [Any] = []
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { result.append(["t": "Space"]) }
            if !word.isEmpty { result.append(["t": "Str", "c": String(word)]) }
        }
        return result
    }
}
