import Foundation
import Testing
@testable import ShiryoModel

@Suite struct ContentsListTests {
    static let report = Document(kind: .report, metadata: Metadata(title: "題", identifier: "detail"), blocks: [
        .heading(Heading(level: 1, content: [.text("題")], anchor: "title")),
        .paragraph([.text("本資料は…")]),
        .heading(Heading(level: 2, number: "目標1", content: [.text("目標"), .footnoteReference(.init(id: "a", label: "*1"))],
                         anchor: "goal-1")),
        .heading(Heading(level: 3, content: [.text("令和6年度の取組")])),
        .heading(Heading(level: 4, number: "戦略1.1", content: [.strong([.text("戦略")])], anchor: "strategy-1.1")),
        .heading(Heading(level: 5, content: [.text("深い")], anchor: "deep")),
        .heading(Heading(level: 2, content: [.text("総括")], anchor: "conclusion")),
    ])

    @Test func anchoredHeadingsOfLevelTwoToFourAreListed() {
        let contents = ContentsList(Self.report)
        #expect(contents.entries.map(\.anchor) == ["goal-1", "strategy-1.1", "conclusion"])
        #expect(contents.entries.map(\.level) == [2, 4, 2])
        #expect(contents.entries.map(\.plainText) == ["目標1 目標", "戦略1.1 戦略", "総括"], "no footnote labels")
        #expect(contents.insertionIndex == 2)
    }

    @Test func slidesHaveNoContents() {
        var slides = Self.report
        slides.kind = .slides
        #expect(ContentsList(slides).entries.isEmpty)
        #expect(ContentsList(slides).insertionIndex == nil)
    }

    @Test func metadataMarksSurviveJSONAndOldJSONStillReads() throws {
        var document = Self.report
        document.metadata.isDraft = true
        document.metadata.stamps = ["取扱注意"]
        document.metadata.subject = "件名"
        document.metadata.keywords = ["計画"]
        #expect(try DocumentJSON.decode(try DocumentJSON.encode(document)) == document)

        let plain = try DocumentJSON.encode(Self.report)
        let text = String(decoding: plain, as: UTF8.self)
        #expect(!text.contains("isDraft") && !text.contains("stamps") && !text.contains("keywords"),
                "a final document without stamps writes the JSON it wrote before")
        #expect(try DocumentJSON.decode(plain).metadata.isDraft == false)
    }
}
