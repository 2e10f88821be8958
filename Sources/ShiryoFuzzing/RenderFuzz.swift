import Foundation
import ShiryoKit
import ShiryoModel
import ShiryoRendering

/// One fuzz input for the renderers: bytes drive a generator of `Document`s (any shape the
/// model allows, text with markup characters, CJK, emoji, combining marks and, now and
/// then, characters XML cannot carry). Each built-in format but pdf renders it; a renderer
/// may refuse a document with an error, but must not crash, and every XML part it writes
/// (the XHTML file, each part of the DOCX) must be well-formed.
public enum RenderFuzz {
    /// - Returns: how many formats rendered the document (the others refused it).
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> Int {
        var generator = DocumentGenerator(bytes)
        let document = generator.document()
        let registry = RendererRegistry.builtIn
        var rendered = 0
        for name in ["json", "xhtml", "docx", "text"] {
            guard let renderer = registry.renderer(named: name) else { continue }
            guard let output = try? renderer.renderBytes(document) else { continue }
            rendered += 1
            switch name {
            case "xhtml":
                if !WellFormedXML.check(output) { fuzzFailure("xhtml output is not well-formed") }
            case "docx":
                let bad = WellFormedXML.badParts(ofPackage: output)
                if !bad.isEmpty { fuzzFailure("docx parts not well-formed: \(bad.joined(separator: ", "))") }
            case "json":
                if (try? DocumentJSON.decode(Data(output))) == nil { fuzzFailure("json output does not decode") }
            default:
                break
            }
        }
        return rendered
    }
}

/// Turns fuzz bytes into a document; when the bytes run out every choice is 0.
struct DocumentGenerator {
    private let bytes: [UInt8]
    private var index = 0
    private var budget = 400

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func byte() -> Int {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return Int(bytes[index])
    }

    private mutating func choose(_ count: Int) -> Int { count <= 1 ? 0 : byte() % count }

    mutating func document() -> Document {
        let kind: Document.Kind = choose(2) == 0 ? .report : .slides
        let metadata = Metadata(
            title: text(), subtitle: optionalText(), issuer: optionalText(), documentNumber: optionalText(),
            dateText: optionalText(), asOfText: optionalText(), language: choose(4) == 0 ? text() : "ja",
            identifier: choose(2) == 0 ? "summary" : "detail")
        var blocks: [Block] = []
        for _ in 0..<choose(6) { blocks.append(block(depth: 0, slides: kind == .slides)) }
        let footnotes = (0..<choose(3)).map { _ in footnote() }
        return Document(kind: kind, metadata: metadata, blocks: blocks, footnotes: footnotes)
    }

    private static let pieces: [String] = [
        "", "a", "令和6年度", "（関係府省庁：厚生労働省）", "<", ">", "&", "\"", "'", "]]>", "<!--", "--", "&amp;",
        " ", "  ", "\t", "\n", "*", "**", "[^x]", "\\", "①", "※", "ー", "。", "、", "G7", "2023-2027", "𠮷", "👍🏽",
        "e\u{301}", "\u{200B}", "\u{FEFF}", "\u{3000}", "ｱ", "アイウエオカキクケコサシスセソ", String(repeating: "長", count: 120),
        "https://example.com/a?b=c&d", "<w:t>", "xml:lang", "\u{E000}", "\u{FFFD}", "\r", "\r\n",
    ]

    private mutating func text() -> String {
        var result = ""
        for _ in 0..<(1 + choose(4)) {
            let pick = byte()
            if pick >= 250 {
                // Now and then a scalar from anywhere: controls, noncharacters, private use.
                let value = UInt32(byte()) << 8 | UInt32(byte())
                result.unicodeScalars.append(Unicode.Scalar(value) ?? "?")
            } else {
                result += Self.pieces[pick % Self.pieces.count]
            }
        }
        return result
    }

    private mutating func optionalText() -> String? { choose(2) == 0 ? nil : text() }

    private mutating func identifier() -> String {
        let names = ["a", "b1", "x-y", "g1.1", "", "1a", "a b", "<id>", "ppr", "注"]
        return names[choose(names.count)]
    }

    private mutating func inlines(depth: Int) -> [Inline] {
        (0..<(1 + choose(4))).map { _ in inline(depth: depth) }
    }

    private mutating func inline(depth: Int) -> Inline {
        budget -= 1
        let choice = depth > 2 || budget < 0 ? 0 : choose(7)
        switch choice {
        case 1: return .strong(inlines(depth: depth + 1))
        case 2: return .emphasis(inlines(depth: depth + 1))
        case 3: return .footnoteReference(FootnoteReference(id: identifier(), label: text()))
        case 4:
            return .crossReference(CrossReference(
                documentIdentifier: choose(2) == 0 ? nil : identifier(), anchor: choose(2) == 0 ? nil : identifier(),
                content: inlines(depth: depth + 1)))
        case 5: return .lineBreak
        default: return .text(text())
        }
    }

    private mutating func footnote() -> FootnoteDefinition {
        FootnoteDefinition(id: identifier(), label: text(), content: choose(3) == 0 ? nil : inlines(depth: 1))
    }

    private mutating func blocks(depth: Int, slides: Bool) -> [Block] {
        (0..<choose(4)).map { _ in block(depth: depth, slides: slides) }
    }

    private mutating func block(depth: Int, slides: Bool) -> Block {
        budget -= 1
        let choice = depth > 3 || budget < 0 ? 1 : choose(9)
        switch choice {
        case 0:
            return .heading(Heading(level: choose(8) - 1, number: optionalText(), content: inlines(depth: 0),
                                    anchor: choose(2) == 0 ? nil : identifier()))
        case 2:
            let styles = ListStyle.allCases
            return .list(ListBlock(style: styles[choose(styles.count)], start: choose(5) - 1,
                                   items: (0..<choose(4)).map { _ in blocks(depth: depth + 1, slides: slides) }))
        case 3: return .table(table(depth: depth, slides: slides))
        case 4:
            return .figure(Figure(image: nil, caption: inlines(depth: 0),
                                  description: choose(2) == 0 ? nil : inlines(depth: 0),
                                  credit: choose(2) == 0 ? nil : inlines(depth: 0)))
        case 5: return .note(Note(marker: choose(2) == 0 ? "※" : text(), content: inlines(depth: 0)))
        case 6:
            return .columns((0..<choose(4)).map { _ in
                Column(title: choose(2) == 0 ? nil : inlines(depth: 0), blocks: blocks(depth: depth + 1, slides: slides))
            })
        case 7 where slides || choose(4) == 0:
            let roles: [Slide.Role] = [.title, .overview, .section, .conclusion]
            return .slide(Slide(role: roles[choose(roles.count)], title: inlines(depth: 0), number: optionalText(),
                                blocks: blocks(depth: depth + 1, slides: false),
                                footnotes: (0..<choose(3)).map { _ in footnote() },
                                anchor: choose(2) == 0 ? nil : identifier()))
        default:
            return .paragraph(inlines(depth: 0))
        }
    }

    private mutating func table(depth: Int, slides: Bool) -> Table {
        let columnCount = choose(5)
        func cell(_ generator: inout DocumentGenerator) -> TableCell {
            TableCell(blocks: generator.blocks(depth: depth + 1, slides: slides),
                      columnSpan: generator.choose(4) == 0 ? generator.choose(4) : 1,
                      rowSpan: generator.choose(4) == 0 ? generator.choose(4) : 1)
        }
        var header: [[TableCell]] = []
        for _ in 0..<choose(3) { header.append((0..<choose(columnCount + 2)).map { _ in cell(&self) }) }
        var rows: [TableRow] = []
        for _ in 0..<choose(5) {
            if choose(4) == 0 {
                rows.append(.group(inlines(depth: 0)))
            } else {
                rows.append(.cells((0..<choose(columnCount + 2)).map { _ in cell(&self) }))
            }
        }
        return Table(caption: choose(2) == 0 ? nil : inlines(depth: 0),
                     columns: (0..<columnCount).map { _ in TableColumn(width: choose(12) - 1) },
                     headerRows: header, rows: rows)
    }
}
