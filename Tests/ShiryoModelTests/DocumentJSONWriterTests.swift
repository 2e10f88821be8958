import Foundation
import Testing
@testable import ShiryoModel

/// The hand-written JSON writer must give exactly the bytes of `JSONEncoder` over the model's
/// `Codable` form, which defines the format.
@Suite struct DocumentJSONWriterTests {
    static func reference(_ document: Document) throws -> Data {
        try DocumentJSON.encodeWithFoundation(document)
    }

    static func expectSameBytes(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let written = try DocumentJSON.encode(document)
        let expected = try reference(document)
        if written != expected {
            let a = Array(written), b = Array(expected)
            let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let context = { (bytes: [UInt8]) in
                String(decoding: bytes[max(0, first - 80)..<min(bytes.count, first + 80)], as: UTF8.self)
            }
            Issue.record("differs at byte \(first):\nwritten:  \(context(a))\nexpected: \(context(b))",
                         sourceLocation: sourceLocation)
        }
    }

    @Test func everyBlockInlineAndOptionalMemberIsWrittenAsTheEncoderWritesIt() throws {
        try Self.expectSameBytes(DocumentJSONTests.sample)
        var full = DocumentJSONTests.sample
        full.metadata = Metadata(
            title: "題", subtitle: "副題", issuer: "内閣官房", documentNumber: "資料1-1", dateText: "令和8年",
            asOfText: "現在", language: "ja", identifier: "summary", subject: "件名", keywords: ["a", "b"],
            isDraft: true, stamps: ["取扱注意"])
        full.footnotes = [FootnoteDefinition(id: "n", label: "*1", content: [.text("注")])]
        full.blocks.append(.heading(Heading(level: 1, content: [])))
        full.blocks.append(.list(ListBlock(style: .katakana, start: 3, items: [])))
        full.blocks.append(.list(ListBlock(style: .none, items: [[], [.paragraph([])]])))
        full.blocks.append(.table(Table(caption: [.text("表")], columns: [], headerRows: [], rows: [])))
        full.blocks.append(.figure(Figure(caption: [], description: [.text("説明")])))
        full.blocks.append(.columns([]))
        full.blocks.append(.paragraph([.crossReference(CrossReference(anchor: "g1", content: []))]))
        full.blocks.append(.slide(Slide(role: .conclusion, title: [], blocks: [], anchor: "s", source: "goals[2]")))
        try Self.expectSameBytes(full)
        try Self.expectSameBytes(Document(kind: .report, metadata: Metadata(title: "", identifier: ""), blocks: []))
    }

    @Test func everyASCIICharacterAndSomeOthersAreEscapedAsTheEncoderEscapesThem() throws {
        var text = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init)))
        text += "\u{80}\u{9F}\u{A0}\u{2028}\u{2029}\u{FEFF}漢字🙂é\u{301}/\\\""
        try Self.expectSameBytes(Document(
            kind: .slides, metadata: Metadata(title: text, identifier: text),
            blocks: [.paragraph([.text(text)])], footnotes: [FootnoteDefinition(id: text, label: text, content: nil)]))
    }

    @Test func theBytesLeaveInChunksAsTheyAreMade() throws {
        let row = TableRow.cells([TableCell(blocks: [.paragraph([.text(String(repeating: "指標", count: 50))])])])
        let document = Document(kind: .report, metadata: Metadata(title: "t", identifier: "d"),
                                blocks: [.table(Table(columns: [], headerRows: [], rows: Array(repeating: row, count: 2000)))])
        var chunks: [Int] = []
        var bytes: [UInt8] = []
        DocumentJSON.write(document) { chunks.append($0.count); bytes += $0 }
        #expect(chunks.count > 5, "a large document is flushed in several chunks, not held whole")
        #expect(chunks.dropLast().allSatisfy { $0 < 1 << 17 })
        #expect(Data(bytes) == (try Self.reference(document)))
    }

    /// Texts longer than the writer's buffer, with and without characters to escape, and a
    /// nesting deeper than any report's, where the buffer has to grow or flush mid-value.
    @Test func textsLongerThanTheBufferAndDeepNestingAreWrittenWhole() throws {
        let plain = String(repeating: "指標の推移 trend ", count: 20_000)
        let escaped = String(repeating: "改行\n\"引用\"\t\\ \u{1}", count: 30_000)
        var nested: [Inline] = [.text("底")]
        for _ in 0..<200 { nested = [.strong(nested)] }
        try Self.expectSameBytes(Document(
            kind: .report, metadata: Metadata(title: plain, identifier: "d"),
            blocks: [.paragraph([.text(escaped), .text(plain)]), .paragraph(nested)]))
    }
}
