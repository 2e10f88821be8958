import Foundation
import ShiryoFollowUp
@testable import ShiryoInquiry
import ShiryoXLSX
import Testing

@Suite struct CSVAnswerTests {
    /// 「厚生労働省」「①」 in CP932, as Japanese Excel writes them.
    static let mhlwCP932: [UInt8] = [0x8C, 0xFA, 0x90, 0xB6, 0x98, 0x4A, 0x93, 0xAD, 0x8F, 0xC8]
    static let circledOne: [UInt8] = [0x87, 0x40]

    @Test func cp932FieldsQuotesAndLineBreaksAreRead() throws {
        let bytes = Array("ID,".utf8) + Self.mhlwCP932 + Array("\r\n\"1.1-A1\",\"a,\"\"b\"\"\n".utf8) + Self.circledOne
            + Array("\"\r\n,,\r\n".utf8)
        let (rows, encoding) = try CSVAnswer.rows(Data(bytes))
        #expect(encoding == .cp932)
        #expect(rows.count == 2, "an empty record is no row")
        #expect(rows[0].value(at: 2) == .text("厚生労働省"))
        #expect(rows[1].value(at: 1) == .text("1.1-A1"))
        #expect(rows[1].value(at: 2) == .text("a,\"b\"\n①"))
    }

    @Test func utf8WithAByteOrderMarkIsRead() throws {
        let (rows, encoding) = try CSVAnswer.rows(Data([0xEF, 0xBB, 0xBF] + Array("識別番号,取組\n".utf8)))
        #expect(encoding == .utf8)
        #expect(rows[0].value(at: 1) == .text("識別番号"))
    }

    @Test func anUndecodableByteIsReportedAtItsCell() {
        let bytes = Array("ID,x\r\n1.1-A1,".utf8) + [0x8C, 0xFA, 0x85, 0x40] + Array("\r\n".utf8)
        #expect {
            try CSVAnswer.rows(Data(bytes))
        } throws: { error in
            guard let failure = error as? CSVAnswer.Failure else { return false }
            return failure.cell == CellReference("B2") && failure.message.contains("byte 3 of the cell (85 40)")
        }
    }

    @Test func anUnclosedQuoteIsReported() {
        #expect(throws: CSVAnswer.Failure.self) { try CSVAnswer.rows(Data("ID,\"open\n".utf8)) }
    }

    @Test func theSheetComesFromTheHeaderAndTheMinistryFromTheFileName() throws {
        let report = try Package.sample("amr-action-plan")
        let layout = InquiryLayout(report: report)
        let header = layout.columns(.indicators).map(\.header).joined(separator: ",")
        let file = try AnswerFile.read(Data((header + "\r\n").utf8), name: "answers/maff.指標.csv", layout: layout)
        #expect(file.sheets.map(\.name) == ["指標"] && file.ministry == "maff" && file.holdsOneSheet)
        #expect(throws: AnswerFileError.self) {
            try AnswerFile.read(Data((header + "\r\n").utf8), name: "回答.csv", layout: layout)
        }
        #expect(throws: AnswerFileError.self) {
            try AnswerFile.read(Data("a,b,c\r\n".utf8), name: "maff.csv", layout: layout)
        }
    }

    @Test func aCSVAnswerMergesLikeTheWorkbookItWasSavedFrom() throws {
        let sample = try Package.sample("amr-action-plan")
        let layout = InquiryLayout(report: stripped(sample), minimumSlots: 8)
        var files = try answerFiles(of: sample)
        let maff = files["maff"]
        files.removeAll { $0.name == "maff.xlsx" }
        for sheet in [InquirySheet.actions, .nextYear, .indicators] {
            let rows = try #require(maff.rows(of: sheet.rawValue))
            let csv = Self.csv(rows)
            files.append(try AnswerFile.read(csv, name: "maff.\(sheet.rawValue).csv", layout: layout))
        }
        let result = InquiryMerger(layout: layout).merge(files)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.report == sample)
    }

    /// Rows as Excel's CSV writer puts them: every field quoted where needed.
    static func csv(_ rows: [ReadRow]) -> Data {
        var text = ""
        var number = 1
        for row in rows {
            while number < row.number { text += "\r\n"; number += 1 }
            let width = row.cells.map(\.column).max() ?? 0
            text += (1...max(1, width)).map { column -> String in
                guard case .text(let value)? = row.value(at: column) else { return "" }
                return value.contains(where: { ",\"\n".contains($0) }) ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
            }.joined(separator: ",") + "\r\n"
            number += 1
        }
        return Data(text.utf8)
    }
}
