import Foundation
import ShiryoFollowUp
@testable import ShiryoInquiry
import ShiryoModel
import Testing

@Suite struct NextYearTests {
    @Test(arguments: Package.sampleNames)
    func theNextYearKeepsTheStructureAndClearsTheAnswers(_ name: String) throws {
        let report = try Package.sample(name)
        let result = NextYearRollover.roll(report)
        let next = try load(yaml: ReportYAMLWriter.yaml(result.report))
        #expect(next == result.report, "what next-year writes passes validate and reads back the same")
        #expect(next.fiscalYear == report.fiscalYear + 1)
        #expect(next.asOf.year == report.asOf.year + 1 && next.asOf.month == report.asOf.month)
        #expect(next.issued == .draft(year: report.fiscalYear + 3))
        #expect(next.ministries == report.ministries && next.plan == report.plan)
        #expect(next.goals.map(\.title) == report.goals.map(\.title))
        #expect(next.goals.flatMap(\.strategies).map(\.number) == report.goals.flatMap(\.strategies).map(\.number))
        #expect(next.goals.flatMap(\.strategies).map(\.ministries) == report.goals.flatMap(\.strategies).map(\.ministries))
        #expect(next.goals.allSatisfy { $0.actions.isEmpty && $0.nextYear.isEmpty && $0.policy == nil })
        #expect(next.goals.flatMap(\.strategies).allSatisfy { $0.actions.isEmpty })
        #expect(next.conclusion == nil)
        let before = report.goals.flatMap(\.strategies).flatMap(\.indicators).flatMap(\.indicatorRows)
        let after = next.goals.flatMap(\.strategies).flatMap(\.indicators).flatMap(\.indicatorRows)
        #expect(after.map(\.name) == before.map(\.name))
        #expect(after.map(\.previous) == before.map(\.values), "this year's results are next year's 前年度")
        #expect(after.allSatisfy { $0.values.allSatisfy { $0 == .empty } })
    }

    @Test func footnotesNoTextRefersToAnyMoreAreLeftOut() throws {
        let result = NextYearRollover.roll(try Package.sample("kansensho-kihon-senryaku"))
        #expect(result.droppedFootnotes == ["oneplusone"])
        _ = try load(yaml: ReportYAMLWriter.yaml(result.report))
    }

    @Test func theDetailShowsLastYearBesideThisYearWhenAnyRowHasAPreviousValue() throws {
        let next = NextYearRollover.roll(try Package.sample("amr-action-plan")).report
        let headers = indicatorHeaders(FollowUpDocument.detail.assemble(next))
        #expect(headers.first == ["評価指標", "前年度（令和6年度）", "今年度（令和7年度）", "府省庁"])
        var hidden = next
        hidden.indicatorTables.previous = false
        #expect(indicatorHeaders(FollowUpDocument.detail.assemble(hidden)).first == ["評価指標", "実績", "府省庁"])
        let plain = try Package.sample("amr-action-plan")
        #expect(indicatorHeaders(FollowUpDocument.detail.assemble(plain)).first == ["評価指標", "実績", "府省庁"],
                "without any previous value the table is as before")
        var shown = plain
        shown.indicatorTables.previous = true
        #expect(indicatorHeaders(FollowUpDocument.detail.assemble(shown)).first?.count == 4)
        #expect(try load(yaml: ReportYAMLWriter.yaml(hidden)).indicatorTables.previous == false)
    }

    private func indicatorHeaders(_ document: Document) -> [[String]] {
        func tables(_ blocks: [Block]) -> [Table] {
            blocks.flatMap { block -> [Table] in
                switch block {
                case .table(let table): [table]
                case .slide(let slide): tables(slide.blocks)
                case .columns(let columns): columns.flatMap { tables($0.blocks) }
                default: []
                }
            }
        }
        return tables(document.blocks).compactMap { table in
            table.headerRows.first.map { $0.map { cell in cell.blocks.map(\.plainText).joined() } }
        }
    }
}
