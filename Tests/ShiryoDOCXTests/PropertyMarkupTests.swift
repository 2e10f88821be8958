import Foundation
@testable import ShiryoDOCX
import ShiryoModel
import Testing

/// Paragraph, run, cell and row properties are copied from recent recordings
/// (`RecentPropertyMarkup`). A copy must always be the one for its own paragraph, run, cell
/// or row, also once more distinct properties have come than the recordings keep, and when
/// earlier ones come back.
@Suite struct PropertyMarkupTests {
    @Test func everyParagraphGetsItsOwnPropertiesPastTheRecordingsKept() throws {
        // Twelve lists (twelve numberings, more than the eight recordings kept), each of two
        // items, between plain paragraphs, bold and plain text by turns.
        var blocks: [Block] = []
        for list in 1...12 {
            blocks.append(.paragraph([list.isMultiple(of: 2) ? .strong([.text("段落\(list)")]) : .text("段落\(list)")]))
            blocks.append(.list(ListBlock(style: .dot, items: [[.paragraph([.text("項目\(list)a")])], [.paragraph([.text("項目\(list)b")])]])))
        }
        let document = Document(
            kind: .report, metadata: Metadata(title: "題", identifier: "detail"), blocks: blocks, footnotes: [])
        let parsed = try xml(parts(DOCXRenderer().render(document, options: DOCXRenderOptions())), "word/document.xml")
        // Each list item names its list's numbering; the plain paragraphs between have none.
        let paragraphs = Self.paragraphs(parsed)
        let items = paragraphs.filter { $0.text.hasPrefix("項目") }
        #expect(items.count == 24)
        for pair in stride(from: 0, to: items.count, by: 2) {
            #expect(items[pair].numID != nil && items[pair].numID == items[pair + 1].numID, "\(items[pair].text)")
        }
        #expect(Set(items.compactMap(\.numID)).count == 12)
        let plain = paragraphs.filter { $0.text.hasPrefix("段落") }
        #expect(plain.count == 12 && plain.allSatisfy { $0.numID == nil })
        // Bold runs in the even paragraphs only.
        #expect(plain.map(\.strong) == (1...12).map { $0.isMultiple(of: 2) })
    }

    @Test func everyRunGetsItsOwnProperties() throws {
        // Sixteen kinds of run (East Asian or not; strong, emphasis, link, each or not), in
        // two rounds in different orders: each comes back among the others.
        let kinds = (0..<16).map { (eastAsian: $0 & 1 != 0, strong: $0 & 2 != 0, emphasis: $0 & 4 != 0, link: $0 & 8 != 0) }
        let order = Array(0..<16) + (0..<16).map { ($0 * 5 + 3) % 16 }
        var blocks: [Block] = [.heading(Heading(level: 2, content: [.text("目標")], anchor: "goal"))]
        for (turn, kind) in order.enumerated() {
            let k = kinds[kind]
            var inline = Inline.text((k.eastAsian ? "和" : "L") + "\(turn)")
            if k.emphasis { inline = .emphasis([inline]) }
            if k.strong { inline = .strong([inline]) }
            if k.link { inline = .crossReference(CrossReference(anchor: "goal", content: [inline])) }
            blocks.append(.paragraph([inline]))
        }
        let document = Document(kind: .report, metadata: Metadata(title: "題", identifier: "detail"), blocks: blocks, footnotes: [])
        let parsed = try xml(parts(DOCXRenderer().render(document, options: DOCXRenderOptions())), "word/document.xml")
        let runs = Dictionary(Self.runs(parsed).map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        for (turn, kind) in order.enumerated() {
            let k = kinds[kind]
            let text = (k.eastAsian ? "和" : "L") + "\(turn)"
            let run = try #require(runs[text], "no run for \(text)")
            let style = k.link ? "Hyperlink" : k.strong ? "Strong" : k.emphasis ? "Emphasis" : nil
            #expect(run.style == style, "\(text)")
            #expect(run.eastAsianHint == k.eastAsian, "\(text)")
            #expect(run.bold == (k.strong && style != "Strong"), "\(text)")
            #expect(run.emphasisMark == (k.emphasis && style != "Emphasis"), "\(text)")
        }
    }

    @Test func everyCellAndRowGetsItsOwnPropertiesPastTheRecordingsKept() throws {
        // Twelve columns of twelve widths: 24 kinds of cell (header and body) by turns, more
        // than the recordings kept.
        let weights = Array(1...12)
        let header = weights.map { cell("見出し\($0)") }
        let body = weights.map { cell("値\($0)") }
        let table = Table(
            columns: weights.map { TableColumn(width: $0) }, headerRows: [header, header],
            rows: [.cells(body), .group([.text("区分")]), .cells(body), .cells(body)])
        let document = Document(
            kind: .report, metadata: Metadata(title: "題", identifier: "detail"), blocks: [.table(table)], footnotes: [])
        let parsed = try xml(parts(DOCXRenderer().render(document, options: DOCXRenderOptions())), "word/document.xml")
        let tableWidth = try #require(parsed.all("w:tblW").first?["w:w"].flatMap { Int($0) })
        let grid = TableWriter.columnWidths(weights, total: tableWidth)
        let rows = Self.rows(parsed)
        #expect(rows.map(\.header) == [true, true, false, false, false, false])
        for (index, row) in rows.enumerated() where index != 3 {
            #expect(row.cells.map(\.width) == grid, "row \(index)")
            #expect(row.cells.allSatisfy { $0.fill == (row.header ? "D9E2F3" : nil) && $0.centred == row.header }, "row \(index)")
        }
        // The group row: one cell across the grid, its own fill.
        #expect(rows[3].cells.map(\.width) == [grid.reduce(0, +)])
        #expect(rows[3].cells.map(\.fill) == ["F2F2F2"])
    }

    /// A key whose hash is the same for every value: every lookup must compare keys.
    struct Colliding: Hashable {
        var value: Int
        func hash(into hasher: inout Hasher) { hasher.combine(0) }
    }

    @Test func recentMarkupGivesEachKeyItsOwnMarkupThroughEvictionsAndEqualHashes() {
        var recent = RecentMarkup<Colliding, String>()
        var recorded: [Int] = []
        func lookUp(_ value: Int) -> String {
            recent.markup(for: Colliding(value: value)) {
                recorded.append(value)
                return "markup \(value)"
            }
        }
        let capacity = RecentMarkup<Colliding, String>.capacity
        // Twice round the places kept, then back to the newest and the oldest.
        for value in 0..<(2 * capacity) { #expect(lookUp(value) == "markup \(value)") }
        for value in capacity..<(2 * capacity) { #expect(lookUp(value) == "markup \(value)") }
        #expect(lookUp(0) == "markup 0")
        // Recorded once each while kept; 0 again after it made way.
        #expect(recorded == Array(0..<(2 * capacity)) + [0])
    }

    /// Each `<w:r>` with a text: the text, its character style and direct formatting.
    static func runs(_ parsed: ParsedXML) -> [(text: String, style: String?, eastAsianHint: Bool, bold: Bool, emphasisMark: Bool)] {
        var result: [(text: String, style: String?, eastAsianHint: Bool, bold: Bool, emphasisMark: Bool)] = []
        var current: (style: String?, eastAsianHint: Bool, bold: Bool, emphasisMark: Bool) = (nil, false, false, false)
        var texts = parsed.texts.makeIterator()
        for element in parsed.elements {
            switch element.name {
            case "w:r": current = (nil, false, false, false)
            case "w:rStyle": current.style = element.attributes["w:val"]
            case "w:rFonts": current.eastAsianHint = element.attributes["w:hint"] == "eastAsia"
            case "w:b": current.bold = true
            case "w:em": current.emphasisMark = true
            case "w:t":
                result.append((texts.next() ?? "", current.style, current.eastAsianHint, current.bold, current.emphasisMark))
            default: break
            }
        }
        return result
    }

    /// Each `<w:tr>`: whether it repeats as a header, and each cell's width, fill and
    /// vertical centring.
    static func rows(_ parsed: ParsedXML) -> [(header: Bool, cells: [(width: Int?, fill: String?, centred: Bool)])] {
        var rows: [(header: Bool, cells: [(width: Int?, fill: String?, centred: Bool)])] = []
        func update(_ change: (inout (width: Int?, fill: String?, centred: Bool)) -> Void) {
            guard !rows.isEmpty, !rows[rows.count - 1].cells.isEmpty else { return }
            change(&rows[rows.count - 1].cells[rows[rows.count - 1].cells.count - 1])
        }
        for element in parsed.elements {
            switch element.name {
            case "w:tr": rows.append((false, []))
            case "w:tblHeader": if !rows.isEmpty { rows[rows.count - 1].header = true }
            case "w:tc": if !rows.isEmpty { rows[rows.count - 1].cells.append((nil, nil, false)) }
            case "w:tcW": update { $0.width = element.attributes["w:w"].flatMap { Int($0) } }
            case "w:shd": update { $0.fill = element.attributes["w:fill"] }
            case "w:vAlign": update { $0.centred = element.attributes["w:val"] == "center" }
            default: break
            }
        }
        return rows
    }

    /// Each `<w:p>` of the body: its text, its numbering id and whether a run is Strong.
    static func paragraphs(_ parsed: ParsedXML) -> [(text: String, numID: String?, strong: Bool)] {
        var result: [(text: String, numID: String?, strong: Bool)] = []
        // The texts of the `<w:t>` elements, in their order.
        var texts = parsed.texts.makeIterator()
        for element in parsed.elements {
            switch element.name {
            case "w:p": result.append(("", nil, false))
            case "w:numId": if !result.isEmpty { result[result.count - 1].numID = element.attributes["w:val"] }
            case "w:rStyle":
                if !result.isEmpty, element.attributes["w:val"] == "Strong" { result[result.count - 1].strong = true }
            case "w:t":
                let text = texts.next() ?? ""
                if !result.isEmpty { result[result.count - 1].text += text }
            default: break
            }
        }
        return result
    }
}
