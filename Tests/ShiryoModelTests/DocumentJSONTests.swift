import Foundation
import Testing
@testable import ShiryoModel

@Suite struct DocumentJSONTests {
    static let sample = Document(
        kind: .slides,
        metadata: Metadata(title: "題（概要）", documentNumber: "資料1-1", dateText: "令和8年〇月〇日",
                           identifier: "summary"),
        blocks: [
            .slide(Slide(
                role: .section, title: [.text("題")], number: "１．",
                blocks: [
                    .heading(Heading(level: 3, number: "（１）", content: [.text("項目")], anchor: "a")),
                    .columns([
                        Column(title: [.text("令和6年度の取組")], blocks: [
                            .list(ListBlock(style: .bullet, items: [[.paragraph([
                                .text("PPR"), .footnoteReference(FootnoteReference(id: "ppr", label: "*1")),
                                .strong([.text("強調")]), .lineBreak, .emphasis([.text("e")]),
                            ])]])),
                        ]),
                        Column(title: nil, blocks: [
                            .figure(Figure(image: "a.png", caption: [.text("写真")], credit: [.text("提供：A")])),
                            .note(Note(content: [.text("注")])),
                            .paragraph([.crossReference(CrossReference(documentIdentifier: "detail",
                                                                       content: [.text("資料1-2")]))]),
                        ]),
                    ]),
                    .table(Table(
                        columns: [TableColumn(width: 3), TableColumn(width: 1)],
                        headerRows: [[TableCell(blocks: [.paragraph([.text("指標")])], columnSpan: 2)]],
                        rows: [.group([.text("群")]), .cells([TableCell(blocks: []), TableCell(blocks: [])])])),
                ],
                footnotes: [FootnoteDefinition(id: "ppr", label: "*1", content: [.text("定義をいう。")]),
                            FootnoteDefinition(id: "bare", label: "*2", content: nil)])),
        ])

    @Test func everyBlockAndInlineSurvivesARoundTrip() throws {
        let data = try DocumentJSON.encode(Self.sample)
        #expect(try DocumentJSON.decode(data) == Self.sample)
    }

    @Test func theJSONIsStableAndReadable() throws {
        let first = try DocumentJSON.encode(Self.sample)
        #expect(first == (try DocumentJSON.encode(Self.sample)))
        let text = try #require(String(data: first, encoding: .utf8))
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(text.contains("\"type\" : \"footnoteReference\""))
        #expect(text.contains("\"type\" : \"group\""))
        #expect(!text.contains("_0"), "enums must not use Swift's synthesised payload keys")
        #expect(text.hasSuffix("}\n"))
    }

    @Test func anotherSchemaVersionIsRejected() throws {
        var text = try #require(String(data: try DocumentJSON.encode(Self.sample), encoding: .utf8))
        text = text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 99")
        #expect(throws: DocumentJSON.Error.unsupportedSchemaVersion(99)) {
            try DocumentJSON.decode(Data(text.utf8))
        }
    }

    @Test func unknownTypesAreErrorsNotCrashes() {
        let json = #"{"schemaVersion": 1, "document": {"kind": "report", "footnotes": [], "metadata": {"title": "t", "language": "ja", "identifier": "d"}, "blocks": [{"type": "video"}]}}"#
        #expect(throws: DecodingError.self) { try DocumentJSON.decode(Data(json.utf8)) }
    }

    @Test func plainTextReadsInOrderWithoutMarkers() {
        let text = Self.sample.plainText
        #expect(text.contains("PPR*1強調\ne"))
        #expect(text.contains("指標\n群"))
        #expect(text.contains("*1：定義をいう。"))
        #expect(!text.contains("•"))
    }
}
