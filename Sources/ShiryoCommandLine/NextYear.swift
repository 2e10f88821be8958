import ArgumentParser
import Foundation
import ShiryoFollowUp
import ShiryoInquiry
import ShiryoKit

struct NextYear: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next-year",
        abstract: "Write the report of fiscalYear + 1, rolled over from this one.",
        discussion: """
        The plan, ministries, goals, strategies, indicator names and groups carry over; actions,
        next year's goals, policies, overviews, figures, the 総括 and the results are cleared,
        and each result is kept as the row's `previous` (shown as 前年度 beside 今年度 in the
        詳細's tables). The as-of date moves one year on; the issue date becomes a draft.

        Example:
          shiryo next-year samples/amr-action-plan --output fy2025/report.yaml
        """)

    @Argument(help: "The report folder or file of this year.")
    var report: String

    @Option(name: .shortAndLong, help: "The report file to write (YAML).")
    var output: String

    func run() throws {
        let loaded = try loadReport(report)
        let result = NextYearRollover.roll(loaded)
        var comment = "Rolled over by `shiryo next-year` from the report of fiscal year \(loaded.fiscalYear)."
        if !result.droppedFootnotes.isEmpty {
            comment += "\nFootnotes no text refers to any more were left out: " + result.droppedFootnotes.joined(separator: ", ")
        }
        let yaml = ReportYAMLWriter.yaml(result.report, comment: comment)
        try AtomicFile.write(Data(yaml.utf8), to: URL(fileURLWithPath: output))
        for id in result.droppedFootnotes { printError("footnote '\(id)' is no longer referenced: left out") }
        printError("wrote \(output)")
    }
}
