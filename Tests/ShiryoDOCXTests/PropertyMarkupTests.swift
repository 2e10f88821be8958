import Foundation
@testable import ShiryoDOCX
import ShiryoModel
import Testing

/// Paragraph and run properties are copied from recent recordings (`RecentPropertyMarkup`).
/// A copy must always be the one for its own paragraph or run, also once more distinct
/// properties have come than the recordings keep, and when earlier ones come back.
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
