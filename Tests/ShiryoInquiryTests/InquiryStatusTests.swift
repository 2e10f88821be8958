import Foundation
import ShiryoFollowUp
@testable import ShiryoInquiry
import ShiryoXLSX
import Testing

@Suite struct InquiryStatusTests {
    @Test func whoHasAnsweredWhat() throws {
        let sample = try Package.sample("amr-action-plan")
        let layout = InquiryLayout(report: stripped(sample), minimumSlots: 8)
        var files = try answerFiles(of: sample)
        files.removeAll { $0.name == "cas.xlsx" }
        // mhlw leaves one indicator empty.
        let row = try #require(files["mhlw"].row(InquirySheet.indicators.rawValue, id: "1.1-I1"))
        files["mhlw"].set(InquirySheet.indicators.rawValue, "J\(row)", nil)
        let status = InquiryStatus(layout: layout, files: files)
        let cas = try #require(status.ministries.first { $0.id == "cas" })
        #expect(cas.files.isEmpty && cas.strategies.answered == 0 && cas.indicators.answered == 0)
        #expect(cas.strategies.empty.map(\.id) == ["1.1", "6.1"])
        #expect(cas.strategies.empty[0].answeredBy.contains("厚生労働省"), "a shared strategy answered by another ministry says so")
        let mhlw = try #require(status.ministries.first { $0.id == "mhlw" })
        #expect(mhlw.files == ["mhlw.xlsx"])
        #expect(mhlw.strategies.empty.isEmpty)
        #expect(mhlw.indicators.empty.map(\.id) == ["1.1-I1"])
        #expect(mhlw.indicators.answered == mhlw.indicators.total - 1)
        #expect(status.text.contains("内閣官房内閣感染症危機管理統括庁 (cas): 未回答"))
        #expect(status.text.contains("未記入 指標 1.1-I1 "))
        let json = try JSONSerialization.jsonObject(with: status.json()) as? [String: Any]
        #expect((json?["ministries"] as? [Any])?.count == status.ministries.count)
        let reader = try WorkbookReader(data: try status.workbook())
        #expect(reader.sheetNames == ["回答状況", "未記入"])
        #expect(try reader.rows(ofSheet: "回答状況").count == status.ministries.count + 1)
    }
}
