import Foundation
import ShiryoFollowUp
@testable import ShiryoInquiry
import ShiryoXLSX
import Testing

@Suite struct InquiryMakeTests {
    @Test func eachMinistryGetsExactlyTheRowsItIsResponsibleFor() throws {
        let report = try Package.sample("amr-action-plan")
        let layout = InquiryLayout(report: report)
        let maker = InquiryWorkbookMaker(layout: layout)
        for ministry in report.ministries.ministries.map(\.id) {
            let reader = try WorkbookReader(data: try maker.data(for: ministry))
            #expect(reader.sheetNames == InquirySheet.allCases.map(\.rawValue))
            let ids = try reader.rows(ofSheet: InquirySheet.indicators.rawValue).dropFirst().compactMap {
                if case .text(let id) = $0.value(at: 1) { id } else { nil }
            }
            var expected: [String] = []
            for goal in report.goals {
                for strategy in goal.strategies {
                    for (index, row) in strategy.indicators.flatMap(\.indicatorRows).enumerated() {
                        let owners = row.ministries.isEmpty ? strategy.ministries : row.ministries
                        if owners.contains(ministry) { expected.append("\(strategy.number)-I\(index + 1)") }
                    }
                }
            }
            #expect(ids == expected, "\(ministry)")
            let strategies = Set(try reader.rows(ofSheet: InquirySheet.actions.rawValue).dropFirst().compactMap { row -> String? in
                guard case .text(let id) = row.value(at: 1) else { return nil }
                return String(id.split(separator: "-")[0])
            })
            let responsible = Set(report.goals.flatMap(\.strategies).filter { $0.ministries.contains(ministry) }.map(\.number))
            #expect(strategies == responsible, "\(ministry)")
        }
    }

    @Test func aSharedRowGoesToEachOfItsMinistries() throws {
        let report = try Package.sample("amr-action-plan")
        let layout = InquiryLayout(report: report)
        let shared = try #require(layout.rows[.indicators]?.first { $0.owners.count > 1 })
        for owner in shared.owners {
            #expect(layout.rows(.indicators, for: owner).contains { $0.id == shared.id })
        }
    }

    @Test func instructionsNameTheMinistryDeadlineAndContact() throws {
        let report = try Package.sample("amr-action-plan")
        let maker = InquiryWorkbookMaker(
            layout: InquiryLayout(report: report), contact: InquiryContact(deadline: "2025年4月15日", contact: "統括庁 担当"))
        let rows = try WorkbookReader(data: try maker.data(for: "mhlw")).rows(ofSheet: InquirySheet.instructions.rawValue)
        let pairs = Dictionary(rows.compactMap { row -> (String, String)? in
            guard case .text(let key) = row.value(at: 1), case .text(let value) = row.value(at: 2) else { return nil }
            return (key, value)
        }, uniquingKeysWith: { first, _ in first })
        #expect(pairs[InquiryWorkbookMaker.ministryCodeLabel] == "mhlw")
        #expect(pairs["府省庁"] == "厚生労働省")
        #expect(pairs["提出期限"] == "2025年4月15日")
        #expect(pairs["連絡先"] == "統括庁 担当")
    }

    @Test func theSameReportGivesTheSameBytes() throws {
        let report = try Package.sample("kansensho-kihon-senryaku")
        let first = try InquiryWorkbookMaker(layout: InquiryLayout(report: report)).data(for: "mhlw")
        let second = try InquiryWorkbookMaker(layout: InquiryLayout(report: report)).data(for: "mhlw")
        #expect(first == second)
    }
}
