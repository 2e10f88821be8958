import Foundation
import ShiryoFollowUp
@testable import ShiryoInquiry
import ShiryoOOXML
import ShiryoSynthetic
import ShiryoXLSX
import Testing
import ZIPFoundation

/// Damaged answers, each as a ministry might send it back: every one is found, located at
/// its file, sheet and cell, and nothing is merged.
@Suite struct DamagedAnswerTests {
    struct Damage: Sendable, CustomTestStringConvertible {
        var name: String
        /// Where the first problem must be (`mhlw.xlsx:取組!D1`), and words of its message.
        var location: String
        var message: String
        var keyPath: String?
        var change: @Sendable (inout [AnswerFile]) -> Void

        var testDescription: String { name }
    }

    static let actions = InquirySheet.actions.rawValue
    static let indicators = InquirySheet.indicators.rawValue
    static let nextYear = InquirySheet.nextYear.rawValue
    static let instructions = InquirySheet.instructions.rawValue

    static let damages: [Damage] = [
        Damage(name: "a sheet renamed", location: "mhlw.xlsx", message: "the sheet 「取組」 is missing") {
            $0["mhlw"].sheets[1].name = "取組み"
        },
        Damage(name: "the instructions sheet deleted", location: "mhlw.xlsx", message: "answering ministry is unknown") {
            $0["mhlw"].sheets.remove(at: 0)
        },
        Damage(name: "the ministry code edited", location: "mhlw.xlsx:記入要領!B4", message: "is not a ministry id") {
            $0["mhlw"].set(instructions, "B4", .text("mhlw2"))
        },
        Damage(name: "the ministry code emptied", location: "mhlw.xlsx:記入要領!B4", message: "an empty cell is not a ministry id") {
            $0["mhlw"].set(instructions, "B4", nil)
        },
        Damage(name: "another ministry's code", location: "mhlw.xlsx:取組!A2", message: "not by 農林水産省") {
            $0["mhlw"].set(instructions, "B4", .text("maff"))
        },
        Damage(name: "two columns swapped", location: "mhlw.xlsx:取組!D1", message: "a column was moved") {
            let d = $0["mhlw"].value(actions, "D1"), e = $0["mhlw"].value(actions, "E1")
            $0["mhlw"].set(actions, "D1", e)
            $0["mhlw"].set(actions, "E1", d)
        },
        Damage(name: "a column deleted", location: "mhlw.xlsx:指標!K1", message: "expected 「今年度実績2") {
            $0["mhlw"].edit(indicators) { rows in
                for index in rows.indices { rows[index].cells.removeAll { $0.column == 11 } }
            }
        },
        Damage(name: "a column added", location: "mhlw.xlsx:次年度!E1", message: "a column 「備考」 was added") {
            $0["mhlw"].set(nextYear, "E1", .text("備考"))
        },
        Damage(name: "the header row deleted", location: "mhlw.xlsx:取組!A1", message: "the header is 「1.1-A1」") {
            $0["mhlw"].edit(actions) { rows in
                rows.removeFirst()
                for index in rows.indices { rows[index].number -= 1 }
            }
        },
        Damage(name: "a row added below", location: "mhlw.xlsx:取組!D200", message: "a row was added") {
            $0["mhlw"].set(actions, "D200", .text("追加した取組"))
        },
        Damage(name: "a row copied", location: "mhlw.xlsx:取組!A200", message: "appears twice", keyPath: "goals[0].strategies[0].actions[0]") {
            let row = $0["mhlw"].rows(of: actions)?[1]
            $0["mhlw"].edit(actions) { rows in
                if var copy = row { copy.number = 200; rows.append(copy) }
            }
        },
        Damage(name: "a row deleted", location: "mhlw.xlsx:取組!A3", message: "was deleted", keyPath: "goals[0].strategies[0].actions[1]") {
            $0["mhlw"].edit(actions) { rows in rows.removeAll { $0.number == 3 } }
        },
        Damage(name: "the last indicator row deleted", location: "mhlw.xlsx:指標!A", message: "was deleted") {
            $0["mhlw"].edit(indicators) { rows in rows.removeLast() }
        },
        Damage(name: "an identifier renumbered", location: "mhlw.xlsx:取組!A2", message: "is not an identifier of this inquiry") {
            $0["mhlw"].set(actions, "A2", .text("1.1-A99"))
        },
        Damage(name: "an identifier emptied", location: "mhlw.xlsx:取組!B2", message: "a row was added (it has no 識別番号)") {
            $0["mhlw"].set(actions, "A2", nil)
        },
        Damage(name: "a row the ministry does not own", location: "mhlw.xlsx:指標!A2", message: "is answered by 内閣官房") {
            $0["mhlw"].set(indicators, "A2", .text("1.1-I3"))
        },
        Damage(name: "a row moved to another sheet", location: "mhlw.xlsx:取組!A2", message: "belongs on the sheet 「指標」") {
            $0["mhlw"].set(actions, "A2", .text("1.1-I1"))
        },
        Damage(name: "a goal cell edited", location: "mhlw.xlsx:取組!B2", message: "the 目標 cell was changed") {
            $0["mhlw"].set(actions, "B2", .text("目標1 書き換えた"))
        },
        Damage(name: "an indicator name edited", location: "mhlw.xlsx:指標!E2", message: "the 評価指標 cell was changed", keyPath: "goals[0].strategies[0].indicators[0].rows[0].value") {
            $0["mhlw"].set(indicators, "E2", .text("別の指標"))
        },
        Damage(name: "last year's value written over", location: "mhlw.xlsx:指標!G2", message: "expected an empty cell") {
            $0["mhlw"].set(indicators, "G2", .text("24.0%"))
        },
        Damage(name: "a number where an action belongs", location: "mhlw.xlsx:取組!D2", message: "the number 12 where text belongs") {
            $0["mhlw"].set(actions, "D2", .number("12"))
        },
        Damage(name: "a percentage typed as a number", location: "mhlw.xlsx:指標!J2", message: "the number 0.259 where text belongs",
               keyPath: "goals[0].strategies[0].indicators[0].rows[0].value") {
            $0["mhlw"].set(indicators, "J2", .number("0.259"))
        },
        Damage(name: "a boolean in a text cell", location: "mhlw.xlsx:次年度!D2", message: "the boolean TRUE") {
            $0["mhlw"].set(nextYear, "D2", .boolean(true))
        },
        Damage(name: "a formula error", location: "mhlw.xlsx:指標!J2", message: "the error #N/A") {
            $0["mhlw"].set(indicators, "J2", .error("#N/A"))
        },
        Damage(name: "a wrong mark for 総括", location: "mhlw.xlsx:取組!E2", message: "is not one of 「○」") {
            $0["mhlw"].set(actions, "E2", .text("はい"))
        },
        Damage(name: "a wrong 形式", location: "mhlw.xlsx:指標!I2", message: "is not one of 「文章」") {
            $0["mhlw"].set(indicators, "I2", .text("表"))
        },
        Damage(name: "a summary without its action", location: "mhlw.xlsx:取組!F4", message: "the action") {
            $0["mhlw"].set(actions, "F4", .text("総括用"))
        },
        Damage(name: "unclosed strong emphasis", location: "mhlw.xlsx:取組!D2", message: "'**' is not closed",
               keyPath: "goals[0].strategies[0].actions[0]") {
            $0["mhlw"].set(actions, "D2", .text("**強調が閉じていない取組"))
        },
        Damage(name: "an unknown footnote", location: "mhlw.xlsx:次年度!D7", message: "'[^nothere]' names no footnote") {
            $0["mhlw"].set(nextYear, "D7", .text("取組方針[^nothere]"))
        },
        Damage(name: "an empty footnote reference", location: "mhlw.xlsx:指標!J2", message: "empty footnote reference") {
            $0["mhlw"].set(indicators, "J2", .text("25.9%[^]"))
        },
        Damage(name: "a control character pasted into an action", location: "mhlw.xlsx:取組!D2",
               message: "the cell holds U+0085 (a control character) as its character 3", keyPath: "goals[0].strategies[0].actions[0]") {
            $0["mhlw"].set(actions, "D2", .text("取組\u{85}の続き"))
        },
        Damage(name: "a noncharacter in a result", location: "mhlw.xlsx:指標!J2", message: "U+FFFE (a noncharacter) as its character 1") {
            $0["mhlw"].set(indicators, "J2", .text("\u{FFFE}25.9%"))
        },
        Damage(name: "two ministries answer a shared indicator differently", location: "mhlw.xlsx:指標!",
               message: "answered the shared row 2.5-I1 (今年度実績1（単位を含めて記入）) with 「2報」, but env.xlsx:指標!") {
            guard let row = $0["mhlw"].row(indicators, id: "2.5-I1") else { return }
            $0["mhlw"].set(indicators, "J\(row)", .text("2報"))
        },
        Damage(name: "two ministries write a shared action differently", location: "mhlw.xlsx:取組!D2",
               message: "answered the shared row 1.1-A1") {
            $0["mhlw"].set(actions, "D2", .text("厚生労働省だけの書き方"))
        },
    ]

    @Test(arguments: damages)
    func eachDamageIsLocatedAndNothingIsMerged(_ damage: Damage) throws {
        let sample = try Package.sample("amr-action-plan")
        let layout = InquiryLayout(report: stripped(sample), minimumSlots: 8)
        var files = try answerFiles(of: sample)
        damage.change(&files)
        let result = InquiryMerger(layout: layout).merge(files)
        let found = result.problems.first { $0.location.description.hasPrefix(damage.location) && $0.message.contains(damage.message) }
        #expect(found != nil, "\(damage.name): \(result.problems.map(\.description))")
        if let keyPath = damage.keyPath { #expect(found?.keyPath == keyPath, "\(damage.name)") }
        #expect(!result.problems.isEmpty)
        // The merged report is not loaded again by the merge: what --partial writes must
        // still pass the loader's every rule.
        let partial = InquiryMerger(layout: layout).merge(files, partial: true)
        #expect(throws: Never.self, "\(damage.name)") { try load(yaml: partial.yaml) }
    }

    @Test func everyProblemOfManyFilesIsReportedAtOnce() throws {
        let sample = try Package.sample("amr-action-plan")
        var files = try answerFiles(of: sample)
        files["mhlw"].set(Self.actions, "D2", .number("1"))
        files["maff"].set(Self.indicators, "E2", .text("別の指標"))
        files["cas"].sheets[2].name = "次年度以降"
        let result = InquiryMerger(layout: InquiryLayout(report: stripped(sample), minimumSlots: 8)).merge(files)
        let places = Set(result.problems.map { $0.location.file })
        #expect(places == ["mhlw.xlsx", "maff.xlsx", "cas.xlsx"])
        #expect(result.problems.first { $0.location.file == "mhlw.xlsx" }?.description
            == "mhlw.xlsx:取組!D2: error: goals[0].strategies[0].actions[0]: the number 1 where text belongs; expected text (write units with the number, e.g. 25.9%, 100件)")
    }

    // MARK: - Files that are no workbook

    @Test func aFileThatIsNotAWorkbook() {
        #expect(throws: XLSXReadError.notAWorkbook("the file is not a zip package")) {
            try AnswerFile.read(Data("識別番号,取組\n1.1-A1,取組\n".utf8), name: "mhlw.xlsx")
        }
    }

    @Test func aPasswordProtectedWorkbook() {
        // Excel's "Encrypt with password" stores the package inside an OLE compound file.
        let header: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        #expect(throws: XLSXReadError.encrypted) {
            try AnswerFile.read(Data(header + Array(repeating: 0, count: 1024)), name: "mhlw.xlsx")
        }
        #expect(XLSXReadError.encrypted.description.contains("password-protected"))
    }

    @Test func aTruncatedWorkbook() throws {
        let sample = try Package.sample("amr-action-plan")
        let data = try InquiryWorkbookMaker(layout: InquiryLayout(report: sample)).data(for: "mhlw")
        #expect(throws: XLSXReadError.self) { try AnswerFile.read(data.prefix(data.count / 2), name: "mhlw.xlsx") }
    }

    // MARK: - Zip bombs: refused by what they declare, or stopped while inflating

    struct Bomb: Sendable, CustomTestStringConvertible {
        var name: String
        var make: @Sendable () throws -> Data
        /// Words of the message, which names the entry where there is one.
        var message: String

        var testDescription: String { name }
    }

    static let sheet = "xl/worksheets/sheet1.xml"
    static let bombs: [Bomb] = [
        Bomb(name: "one entry of 1 GiB of zeros", make: { try ZipBomb.zeros([(sheet, 1 << 30)]) },
             message: "its entry \(sheet) declares 1 GiB uncompressed, more than the limit of 256 MiB for one entry"),
        Bomb(name: "three entries of 200 MiB", make: { try ZipBomb.zeros((1...3).map { ("xl/worksheets/sheet\($0).xml", 200 << 20) }) },
             message: "its entries declare 600 MiB uncompressed in all, more than the limit of 512 MiB"),
        Bomb(name: "10 MiB of zeros, a thousand times its compressed size", make: { try ZipBomb.zeros([(sheet, 10 << 20)]) },
             message: "its entry \(sheet) declares 1"),
        Bomb(name: "1,001 entries", make: { try ZipBomb.entries(1_001) }, message: "it holds more than 1000 entries"),
        Bomb(name: "an entry that inflates past its declared size", make: { try ZipBomb.lying(sheet, bytes: 4 << 20, declared: 1_000) },
             message: "its entry \(sheet) inflates to more than the 1000 bytes it declares (inflating was stopped there)"),
    ]

    @Test(arguments: bombs)
    func aZipBombIsRefusedNamingTheFileAndTheEntry(_ bomb: Bomb) throws {
        let data = try bomb.make()
        #expect(data.count < 4 << 20, "the bomb itself is small (\(data.count) bytes)")
        #expect {
            try AnswerFile.read(data, name: "mhlw.xlsx")
        } throws: { error in
            guard case .refused(let reason) = error as? XLSXReadError else { return false }
            return reason.contains(bomb.message) && String(describing: error).hasPrefix("the workbook is refused unread: ")
        }
        // The same limits guard every package read from outside.
        #expect(throws: PackageReadError.self) { try PackageReader.parts(of: data) }
    }

    @Test func theLimitsLeaveRoomForTheLargestInquiryWorkbook() throws {
        let report = try load(yaml: try SyntheticReport(goals: 50, strategiesPerGoal: 10, indicatorsPerStrategy: 20).yaml())
        let layout = InquiryLayout(report: report)
        let maker = InquiryWorkbookMaker(layout: layout)
        let books = try report.ministries.ministries.map(\.id).filter { layout.hasRows(for: $0) }.map { ($0, try maker.data(for: $0)) }
        let (ministry, data) = try #require(books.max { $0.1.count < $1.1.count })
        let limits = PackageLimits.standard
        let archive = try Archive(data: data, accessMode: .read)
        let entries = Array(archive)
        #expect(entries.count * 10 < limits.maximumEntries)
        for entry in entries {
            #expect(entry.uncompressedSize * 10 < limits.maximumEntryBytes, "\(entry.path)")
            #expect(entry.uncompressedSize / max(entry.compressedSize, 1) * 4 < limits.maximumRatio, "\(entry.path)")
        }
        #expect(try AnswerFile.read(data, name: "\(ministry).xlsx").sheets.count == InquirySheet.allCases.count)
    }

    @Test func aWorkbookWithADamagedSheet() throws {
        let sample = try Package.sample("amr-action-plan")
        let data = try InquiryWorkbookMaker(layout: InquiryLayout(report: sample)).data(for: "mhlw")
        var parts = try PackageReader.parts(of: data)
        parts["xl/worksheets/sheet2.xml"] = Data("<worksheet><sheetData><row r=\"1\"><c".utf8)
        let damaged = try PackageWriter.zip(parts.map { PackagePart($0.key, data: $0.value, contentType: nil) })
        #expect {
            try AnswerFile.read(damaged, name: "mhlw.xlsx")
        } throws: { error in
            String(describing: error).contains("the workbook is damaged: xl/worksheets/sheet2.xml")
        }
    }
}
