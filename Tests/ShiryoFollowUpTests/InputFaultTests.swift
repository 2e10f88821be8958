import Foundation
import Testing
@testable import ShiryoFollowUp

/// Faults the bad-input corpus cannot hold as files (a FIFO, line endings, sizes) and the
/// details of where faults are reported.
@Suite struct InputFaultTests {
    func load(_ bytes: [UInt8], file: String = "test.yaml", baseDirectory: URL? = nil) -> [Diagnostic] {
        do {
            _ = try ReportLoader().load(data: Data(bytes), file: file, baseDirectory: baseDirectory)
            return []
        } catch let error as ValidationError {
            return error.diagnostics
        } catch {
            return [Diagnostic(location: SourceLocation(file: file, line: 0, column: 0), keyPath: "", message: "\(error)")]
        }
    }

    @Test func anImageThatIsAFIFOIsRefusedWithoutBeingOpened() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("pipe.png").path, 0o644) == 0)
        let yaml = minimalReport + "        figures:\n          - {caption: 写真, image: pipe.png}\n"
        let found = diagnostics(of: yaml, baseDirectory: folder)
        #expect(found.count == 1)
        #expect(found.first?.keyPath == "goals[0].strategies[0].figures[0].image")
        #expect(found.first?.message.contains("not a regular file") == true)
        #expect(found.first?.message.contains("permission") == false)
    }

    @Test func aBadByteAfterCRLFLinesIsAtItsLineAndColumn() {
        let text = Array(minimalReport.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        // Line 3 is "  name: テスト計画": put an ESC after "テ".
        var bytes = text
        let marker = Array("テスト計画\r\n  decidedOn".utf8)
        guard let start = bytes.indices.first(where: { bytes[$0...].starts(with: marker) }) else {
            Issue.record("marker not found")
            return
        }
        bytes.insert(0x1B, at: start + 3)
        let found = load(bytes)
        #expect(found.count == 1)
        #expect(found.first?.location.line == 3)
        #expect(found.first?.location.column == 10)
        #expect(found.first?.keyPath == "plan.name")
    }

    @Test func aByteOrderMarkIsNotAProblemAndDoesNotShiftColumns() {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(minimalReport.utf8)
        #expect(load(bytes).isEmpty)
        bytes.insert(0x07, at: 3 + 7)  // after "title: "
        let found = load(bytes)
        #expect(found.first.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (1, 8))
    }

    @Test func aDuplicateKeyInAFlowMappingOnOneLineIsAtTheSecondKey() {
        let yaml = minimalReport.replacingOccurrences(
            of: "ministries: [mhlw]", with: "ministries: [mhlw]\n        figures: [{caption: 図, caption: 二}]")
        let found = diagnostics(of: yaml)
        #expect(found.count == 1)
        #expect(found.first?.keyPath == "goals[0].strategies[0].figures[0].caption")
        #expect(found.first.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (17, 32))
    }

    @Test func aKeyRepeatedThreeTimesIsReportedTwice() {
        let yaml = minimalReport.replacingOccurrences(of: "fiscalYear: 2024\n", with: "fiscalYear: 2024\nfiscalYear: 2024\nfiscalYear: 2024\n")
        let found = diagnostics(of: yaml)
        #expect(found.map(\.location.line) == [7, 8])
        #expect(found.allSatisfy { $0.message.hasSuffix("(the first is at 6:1)") })
    }

    @Test func aliasesWithinTheLimitAreAccepted() {
        let yaml = minimalReport
            .replacingOccurrences(of: "ministries: [mhlw]", with: "ministries: &both [mhlw, maff]")
            .replacingOccurrences(of: "          - 取組を実施した。\n", with: """
                      - 取組を実施した。
                  - title: 二つ目
                    ministries: *both

            """)
        #expect(diagnostics(of: yaml).isEmpty)
    }

    @Test func anAliasBombIsRefusedQuickly() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let found = diagnostics(of: lines.joined(separator: "\n") + "\n" + minimalReport)
        #expect(clock.now - start < .seconds(10))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("aliases expand the report by more than 1000000 nodes") == true)
        #expect(found.first?.keyPath == "a5[7]")
    }

    /// The quick look for anchors and aliases must not miss those written against a flow
    /// indicator or a JSON-like key's colon, whatever the text around them holds.
    @Test func anAliasBombInTightFlowStyleIsRefusedToo() {
        var lines = [#"{"a0":&a0 [x,x,x,x,x,x,x,x,x,x],"#]
        for level in 1...9 {
            lines.append(#""a\#(level)":&a\#(level) ["# + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "],")
        }
        lines.append(#""title":"R&D*1"}"#)
        let found = diagnostics(of: lines.joined(separator: "\n"))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("aliases expand the report by more than 1000000 nodes") == true)
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
        // A sparse file: large to the file system, no space on the disk.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-big-\(UUID().uuidString).yaml")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(Limits.maximumFileBytes + 1))
        try handle.close()
        #expect(throws: ReportLoader.Error.unreadable(path: file.path, reason: "has \(Limits.maximumFileBytes + 1) bytes, "
            + "more than the limit of 256 MiB; expected a smaller report (split it)")) {
            _ = try ReportLoader().load(path: file.path)
        }
    }

    @Test func rawCharactersInTextGivenAsAStringAreLocatedToo() {
        // load(text:) scans the text as load(data:) scans the bytes.
        let yaml = minimalReport.replacingOccurrences(of: "title: 目標の題", with: "title: '目標\u{FFFE}の題'")
        let found = diagnostics(of: yaml)
        #expect(found.first?.keyPath == "goals[0].title")
        #expect(found.first.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (13, 15))
        #expect(found.first?.message.contains("U+FFFE") == true)
    }
}
