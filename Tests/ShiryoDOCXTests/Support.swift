import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ShiryoDOCX
import ShiryoModel
import ShiryoOOXML
import Testing

/// A small report with everything the renderer must handle.
func sampleReport(extraText: String = "") -> Document {
    let table = Table(
        caption: [.text("評価指標")],
        columns: [TableColumn(width: 5), TableColumn(width: 5), TableColumn(width: 2)],
        headerRows: [[cell("評価指標"), cell("実績"), cell("府省庁")]],
        rows: [
            .group([.text("薬剤耐性（AMR）の認知度")]),
            .cells([cell("認知度"), cell("25.9%"), TableCell(blocks: [.paragraph([.text("厚生労働省")])], rowSpan: 2)]),
            .cells([cell("理解度"), TableCell(blocks: [
                .list(ListBlock(style: .dot, items: [[.paragraph([.text("項目A")])], [.paragraph([.text("項目B")])]])),
            ])]),
        ])
    var blocks: [Block] = [
        .heading(Heading(level: 1, content: [.text("フォローアップ（詳細）")], anchor: "title")),
        .heading(Heading(level: 2, number: "目標1", content: [.text("知識や理解を深める。")], anchor: "goal-1")),
        .paragraph([
            .text("普及啓発を行った"), .footnoteReference(FootnoteReference(id: "a", label: "*1")), .text("。"),
            .strong([.text("強調")]), .emphasis([.text("傍点")]), .lineBreak, .text("次の行"),
            .crossReference(CrossReference(anchor: "goal-1", content: [.text("目標1")])),
        ]),
        .list(ListBlock(style: .fullwidthParenthesized, items: [[.paragraph([.text("一つ目")])], [.paragraph([.text("二つ目")])]])),
        .list(ListBlock(style: .circled, start: 3, items: [[.paragraph([.text("三つ目")])]])),
        .table(table),
        .note(Note(content: [.text("注記"), .footnoteReference(FootnoteReference(id: "b", label: "*2"))])),
        .figure(Figure(caption: [.text("写真の説明")], credit: [.text("（提供：厚生労働省）")])),
    ]
    if !extraText.isEmpty { blocks.append(.paragraph([.text(extraText)])) }
    return Document(
        kind: .report,
        metadata: Metadata(
            title: "フォローアップ（詳細）", issuer: "内閣感染症危機管理統括庁", documentNumber: "資料１－２",
            dateText: "令和８年３月30日", identifier: "detail"),
        blocks: blocks,
        footnotes: [
            FootnoteDefinition(id: "a", label: "*1", content: [.text("説明文")]),
            FootnoteDefinition(id: "b", label: "*2", content: nil),
        ])
}

func sampleSlides() -> Document {
    let slide = Slide(
        role: .section, title: [.text("感染症対策")], number: "１．",
        blocks: [.columns([
            Column(title: [.text("令和５年度の取組")], blocks: [
                .heading(Heading(level: 3, number: "（１）", content: [.text("貢献")])),
                .list(ListBlock(style: .bullet, items: [[.paragraph([
                    .text("PPR"), .footnoteReference(FootnoteReference(id: "PPR", label: "*1")), .text("の強化"),
                ])]])),
            ]),
            Column(title: [.text("令和６年度以降の目標")], blocks: [.paragraph([.text("継続する。")])]),
        ])],
        footnotes: [FootnoteDefinition(id: "PPR", label: "*1", content: [.text("パンデミックの予防をいう。")])])
    return Document(
        kind: .slides, metadata: Metadata(title: "概要", documentNumber: "資料１－１", identifier: "summary"),
        blocks: [
            .slide(Slide(role: .title, title: [.text("概要")], blocks: [.paragraph([.text("整理したもの。")])])),
            .slide(slide),
        ])
}

func cell(_ text: String) -> TableCell {
    TableCell(blocks: [.paragraph([.text(text)])])
}

/// The package's parts by path.
func parts(_ data: Data) throws -> [String: Data] {
    try PackageReader.parts(of: data)
}

/// A parsed XML part: elements by qualified name with their attributes, in document order,
/// and the text of every `w:t`.
final class ParsedXML: NSObject, XMLParserDelegate {
    private(set) var elements: [(name: String, attributes: [String: String])] = []
    private(set) var texts: [String] = []
    private var inText = false
    private(set) var wellFormed = false
    private(set) var error: String?

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        wellFormed = parser.parse()
        error = parser.parserError.map { "\($0)" }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append((elementName, attributeDict))
        if elementName == "w:t" {
            inText = true
            texts.append("")
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "w:t" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, !texts.isEmpty { texts[texts.count - 1] += string }
    }

    func all(_ name: String) -> [[String: String]] {
        elements.filter { $0.name == name }.map(\.attributes)
    }

    var text: String { texts.joined() }
}

func xml(_ parts: [String: Data], _ path: String) throws -> ParsedXML {
    let data = try #require(parts[path], "missing part \(path)")
    return ParsedXML(data)
}

/// The `.text` strings of a document, as a reader must find them, in model order.
func textStrings(of document: Document) -> [String] {
    var strings: [String] = []
    func inlines(_ content: [Inline]) {
        for inline in content {
            switch inline {
            case .text(let text): strings.append(text)
            case .strong(let inner), .emphasis(let inner): inlines(inner)
            case .crossReference(let reference): inlines(reference.content)
            case .footnoteReference, .lineBreak: break
            }
        }
    }
    func blocks(_ content: [Block]) {
        for block in content {
            switch block {
            case .heading(let heading): inlines(heading.content)
            case .paragraph(let content): inlines(content)
            case .list(let list): list.items.forEach(blocks)
            case .table(let table):
                inlines(table.caption ?? [])
                table.headerRows.forEach { $0.forEach { blocks($0.blocks) } }
                for row in table.rows {
                    switch row {
                    case .cells(let cells): cells.forEach { blocks($0.blocks) }
                    case .group(let content): inlines(content)
                    }
                }
            case .figure(let figure): [figure.caption, figure.description ?? [], figure.credit ?? []].forEach(inlines)
            case .note(let note): inlines(note.content)
            case .columns(let columns): columns.forEach { inlines($0.title ?? []); blocks($0.blocks) }
            case .slide(let slide):
                inlines(slide.title)
                blocks(slide.blocks)
                slide.footnotes.forEach { inlines($0.content ?? []) }
            }
        }
    }
    blocks(document.blocks)
    document.footnotes.forEach { inlines($0.content ?? []) }
    return strings.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
