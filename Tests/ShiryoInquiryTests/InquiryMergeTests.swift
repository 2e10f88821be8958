import Foundation
import ShiryoFollowUp
@testable import ShiryoInquiry
import ShiryoKit
import ShiryoXLSX
import Testing

@Suite struct InquiryMergeTests {
    @Test func answersWithTheSamplesOwnTextMergeBackToTheSample() throws {
        let sample = try Package.sample("amr-action-plan")
        let empty = stripped(sample)
        #expect(empty != sample)
        let result = InquiryMerger(layout: InquiryLayout(report: empty, minimumSlots: 8)).merge(try answerFiles(of: sample))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.report == sample)
        #expect(try load(yaml: result.yaml) == sample, "the YAML written is the same report")
    }

    @Test func theMergedReportRendersByteForByteAsTheSample() throws {
        let sample = try Package.sample("amr-action-plan")
        let result = InquiryMerger(layout: InquiryLayout(report: stripped(sample), minimumSlots: 8)).merge(try answerFiles(of: sample))
        let merged = try load(yaml: result.yaml)
        for document in FollowUpDocument.allCases {
            #expect(document.assemble(merged) == document.assemble(sample))
        }
    }

    @Test func aRowNobodyAnsweredKeepsWhatTheReportHas() throws {
        let sample = try Package.sample("amr-action-plan")
        var files = try answerFiles(of: stripped(sample))
        files.removeAll { $0.name == "maff.xlsx" }
        let result = InquiryMerger(layout: InquiryLayout(report: sample, minimumSlots: 8)).merge(files)
        #expect(result.problems.isEmpty)
        let maffOnly = sample.goals[0].strategies[0].indicators.flatMap(\.indicatorRows).filter { $0.ministries == ["maff"] }
        let mergedRows = result.report.goals[0].strategies[0].indicators.flatMap(\.indicatorRows).filter { $0.ministries == ["maff"] }
        #expect(mergedRows == maffOnly, "maff did not answer: its rows keep their values")
        #expect(result.answered["maff"] == nil && result.answered["mhlw"] == ["mhlw.xlsx"])
    }
}

@Suite struct PartialMergeTests {
    @Test func withPartialTheCellsWithAProblemAreLeftOutAndTheRestMerged() throws {
        let sample = try Package.sample("amr-action-plan")
        let layout = InquiryLayout(report: stripped(sample), minimumSlots: 8)
        var files = try answerFiles(of: sample)
        files["mhlw"].set(InquirySheet.actions.rawValue, "D2", .number("12"))
        let strict = InquiryMerger(layout: layout).merge(files)
        let partial = InquiryMerger(layout: layout).merge(files, partial: true)
        #expect(strict.problems.count == 1 && partial.problems.count == 1, "the problem is still reported")
        // 1.1-A1 is shared: other ministries answered it the same, so it is still merged.
        #expect(partial.report.goals[0].strategies[0].actions == sample.goals[0].strategies[0].actions)
        #expect(partial.report.goals[2] == sample.goals[2], "everything else is merged")
        #expect(try load(yaml: partial.yaml) == partial.report)
    }

    @Test func aBadCellOfAStrategyOnlyOneMinistryAnswersLeavesOutOnlyThatAction() throws {
        let sample = try Package.sample("amr-action-plan")
        let layout = InquiryLayout(report: stripped(sample), minimumSlots: 8)
        var files = try answerFiles(of: sample)
        // Only maff answers 2.3: an unclosed ** there.
        let row = try #require(files["maff"].row(InquirySheet.actions.rawValue, id: "2.3-A1"))
        files["maff"].set(InquirySheet.actions.rawValue, "D\(row)", .text("**閉じていない"))
        let partial = InquiryMerger(layout: layout).merge(files, partial: true)
        #expect(partial.problems.map(\.location.description) == ["maff.xlsx:取組!D\(row)"])
        let merged = try #require(partial.report.goals[1].strategies.first { $0.number == "2.3" })
        let original = try #require(sample.goals[1].strategies.first { $0.number == "2.3" })
        #expect(merged.actions == Array(original.actions.dropFirst()))
    }
}
