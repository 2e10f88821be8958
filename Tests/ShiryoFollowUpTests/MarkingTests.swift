import Foundation
import ShiryoModel
import Testing
@testable import ShiryoFollowUp

/// What the assembled documents tell renderers about drafts, stamps and properties.
@Suite struct MarkingTests {
    static let stamped = minimalReport.replacingOccurrences(of: "issued: draft\n", with: """
        issued: draft
        documents:
          summary: {number: "1-1", stamps: [取扱注意, 机上配布]}
          detail: {number: "1-2"}

        """)

    @Test func stampsAndTheDraftFlagReachTheMetadata() throws {
        let report = try ReportLoader().load(text: Self.stamped, file: "test.yaml", baseDirectory: nil)
        let summary = FollowUpDocument.summary.assemble(report)
        let detail = FollowUpDocument.detail.assemble(report)
        #expect(summary.metadata.stamps == ["取扱注意", "机上配布"])
        #expect(detail.metadata.stamps.isEmpty)
        #expect(summary.metadata.isDraft && detail.metadata.isDraft)
        #expect(detail.metadata.subject == "テスト計画 令和6年度フォローアップ")
        #expect(detail.metadata.keywords == ["テスト計画", "令和6年度", "フォローアップ", "資料1-2"])
    }

    @Test func anIssueDateIsNotADraft() throws {
        let report = try ReportLoader().load(
            text: minimalReport.replacingOccurrences(of: "issued: draft", with: "issued: 2026-03-30"), file: "test.yaml", baseDirectory: nil)
        #expect(!FollowUpDocument.detail.assemble(report).metadata.isDraft)
    }

    @Test func stampsMustBeAListOfTexts() throws {
        let notAList = diagnostics(of: Self.stamped.replacingOccurrences(of: "[取扱注意, 机上配布]", with: "{a: 1}"))
        #expect(notAList.count == 1)
        #expect(notAList.first?.keyPath == "documents.summary.stamps")
        let empty = diagnostics(of: Self.stamped.replacingOccurrences(of: "[取扱注意, 机上配布]", with: "[取扱注意, \" \"]"))
        #expect(empty.map(\.keyPath) == ["documents.summary.stamps[1]"])
        #expect(empty.first?.message.contains("empty") == true)
    }
}
