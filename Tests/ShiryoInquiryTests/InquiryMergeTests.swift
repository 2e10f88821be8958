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
