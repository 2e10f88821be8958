import Foundation
import Testing
@testable import ShiryoFollowUp

/// The bad-input corpus (Tests/corpus/bad, made by make-bad-corpus.py): every damaged report
/// is refused, with an error at the line, column and key path where the damage is.
/// scripts/bad-corpus.sh checks the same files through the command line (exit code, nothing
/// written).
@Suite struct BadCorpusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var column: Int
        var keyPath: String
        var fragment: String
        var testDescription: String { file }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus/bad")

    static func cases() -> [Case] {
        let manifest = (try? String(contentsOf: folder.appendingPathComponent("EXPECTED"), encoding: .utf8)) ?? ""
        return manifest.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let row = Int(fields[1]), let column = Int(fields[2]) else { return nil }
            return Case(file: fields[0], line: row, column: column, keyPath: fields[3], fragment: fields[4])
        }
    }

    @Test func theCorpusHasAtLeast150Inputs() {
        #expect(Self.cases().count >= 150)
    }

    @Test(arguments: cases())
    func eachBadInputIsLocated(_ item: Case) {
        let path = Self.folder.appendingPathComponent(item.file).path
        do {
            _ = try ReportLoader().load(path: path)
            Issue.record("\(item.file) was accepted")
        } catch let error as ValidationError {
            let wanted = error.diagnostics.contains {
                $0.location.line == item.line && $0.location.column == item.column
                    && ($0.keyPath.isEmpty ? "(top level)" : $0.keyPath) == item.keyPath
                    && $0.message.contains(item.fragment)
            }
            #expect(wanted, "\(item.file): expected \(item.line):\(item.column) \(item.keyPath) '\(item.fragment)', got\n\(error)")
        } catch {
            Issue.record("\(item.file): not a ValidationError: \(error)")
        }
    }
}
