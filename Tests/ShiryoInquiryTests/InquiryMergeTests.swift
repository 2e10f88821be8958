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

/// The kansensho sample round trip: everything the workbooks carry comes back; what they
/// cannot carry (docs/inquiry.md, "What the workbooks cannot carry") is exactly what is lost.
@Suite struct KansenshoRoundTripTests {
    static let name = "kansensho-kihon-senryaku"
    /// The one footnote that only an answered text (an action of strategy 2.1) refers to.
    static let answerOnlyFootnote = "oneplusone"

    /// The report as the secretariat can send it: without the answers and without the
    /// footnote no remaining text refers to (the loader refuses an unreferenced footnote).
    func sent(_ sample: FollowUpReport) throws -> FollowUpReport {
        var sent = stripped(sample)
        sent.footnotes.removeAll { $0.id == Self.answerOnlyFootnote }
        return try load(yaml: ReportYAMLWriter.yaml(sent))
    }

    @Test func everythingButTheAnswerOnlyFootnoteRoundTrips() throws {
        let sample = try Package.sample(Self.name)
        #expect(!sample.footnotes.filter { $0.id == Self.answerOnlyFootnote }.isEmpty)
        let layout = InquiryLayout(report: try sent(sample), minimumSlots: 8)
        let strict = InquiryMerger(layout: layout).merge(try answerFiles(of: sample))
        // Each ministry sharing strategy 2.1 wrote the action that refers to the footnote.
        #expect(!strict.problems.isEmpty)
        for problem in strict.problems {
            #expect(problem.keyPath == "goals[1].strategies[0].actions[1]", "\(problem)")
            #expect(problem.message.contains("'[^\(Self.answerOnlyFootnote)]' names no footnote"), "\(problem)")
        }
        // The rest merges back to the sample, that action and footnote aside.
        let partial = InquiryMerger(layout: layout).merge(try answerFiles(of: sample), partial: true)
        var expected = sample
        expected.footnotes.removeAll { $0.id == Self.answerOnlyFootnote }
        expected.goals[1].strategies[0].actions.remove(at: 1)
        #expect(partial.report == expected)
        let merged = try load(yaml: partial.yaml)
        #expect(merged == expected)
        for document in FollowUpDocument.allCases {
            #expect(document.assemble(merged) == document.assemble(expected))
        }
    }

    @Test func aFootnoteTheAnswersNoLongerReferToIsReportedAndLeftOut() throws {
        let sample = try Package.sample(Self.name)
        var answers = sample
        answers.goals[1].strategies[0].actions[1].text = try RichText(markup: "１＋１研修を実施。")
        let layout = InquiryLayout(report: sample, minimumSlots: 8)
        let strict = InquiryMerger(layout: layout).merge(try answerFiles(of: answers))
        #expect(strict.problems.map(\.keyPath) == ["footnotes.\(Self.answerOnlyFootnote)"])
        #expect(strict.problems.first?.description.hasPrefix("merged report: error: footnotes.oneplusone: the answers no longer refer") == true)
        let partial = InquiryMerger(layout: layout).merge(try answerFiles(of: answers), partial: true)
        let merged = try load(yaml: partial.yaml)
        #expect(!merged.footnotes.contains { $0.id == Self.answerOnlyFootnote })
        #expect(merged.goals[1].strategies[0].actions[1].text == answers.goals[1].strategies[0].actions[1].text)
    }
}
