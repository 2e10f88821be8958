import Foundation
import Testing
@testable import ShiryoFollowUp

/// Loading a file decodes its goals while it is still being composed (`OverlappedDecoding`);
/// loading a text decodes the whole tree once it is composed. Both must give the same report,
/// or the same diagnostics, whatever the file: the overlap when it applies, and when it does
/// not (a registry after the goals, two lists of goals) the fallback.
@Suite struct OverlappedDecodingTests {
    /// What loading gives: the report, or every diagnostic in order.
    enum Outcome: Equatable {
        case report(FollowUpReport)
        case diagnostics([Diagnostic])
        case other(String)
    }

    static func outcome(_ load: () throws -> FollowUpReport) -> Outcome {
        do {
            return .report(try load())
        } catch let error as ValidationError {
            return .diagnostics(error.diagnostics)
        } catch {
            return .other("\(error)")
        }
    }

    /// Overlapped (bytes) and whole-tree (text) loading of one file.
    static func bothWays(_ text: String, file: String = "test.yaml") -> (overlapped: Outcome, whole: Outcome) {
        let loader = ReportLoader()
        return (outcome { try loader.load(data: Data(text.utf8), file: file, baseDirectory: nil) },
                outcome { try loader.load(text: text, file: file, baseDirectory: nil) })
    }

    /// Whether the overlap was used for the text (false: it fell back to the whole tree).
    static func overlaps(_ text: String) throws -> Bool {
        let overlapped = OverlappedDecoding(decoder: ReportDecoder(reader: NodeReader(file: "t.yaml"), baseDirectory: nil))
        let bytes = Array(text.utf8)
        let (_, decoded) = try overlapped.run { take in
            try bytes.withUnsafeBufferPointer { buffer in
                guard let root = try YAMLComposer.compose(bytes: buffer, finished: take) else { throw CancellationError() }
                return root
            }
        }
        return decoded != nil
    }

    static let footnotes = """
    footnotes:
      n1: 注の文。
    glossary:
      用語: 用語の説明。

    """

    /// A goal that refers to a footnote and has a second strategy with an unknown ministry.
    static let goalsWithReferences = """
    goals:
      - title: 目標の題[^n1]
        strategies:
          - title: 戦略の題
            ministries: [mhlw]
            actions:
              - 取組を実施した。
          - title: 二つ目の戦略
            ministries: [unknown]
            actions:
              - 取組[^missing]を実施した。
      - title: 二つ目の目標
        number: 1
        strategies:
          - title: 戦略
            ministries: [maff]
            actions: [取組。]

    """

    /// The minimal report up to its goals.
    static let header = minimalReport.components(separatedBy: "goals:\n")[0]

    @Test func theSamplesLoadTheSameBothWays() throws {
        for name in Package.sampleNames {
            let url = Package.samples.appendingPathComponent(name).appendingPathComponent("report.yaml")
            let text = try String(contentsOf: url, encoding: .utf8)
            let (overlapped, whole) = Self.bothWays(text, file: "report.yaml")
            guard case .report = overlapped else {
                Issue.record("\(name): \(overlapped)")
                continue
            }
            #expect(overlapped == whole, "\(name)")
            #expect(try Self.overlaps(text), "\(name)")
        }
    }

    @Test func loadingOnOneThreadGivesTheSame() throws {
        for text in [minimalReport, Self.header + Self.footnotes + Self.goalsWithReferences] {
            let data = Data(text.utf8)
            let alone = Self.outcome {
                try ReportLoader(decodesWhileComposing: false).load(data: data, file: "test.yaml", baseDirectory: nil)
            }
            #expect(alone == Self.bothWays(text).overlapped)
        }
    }

    @Test func aValidReportWithRegistriesFirstOverlaps() throws {
        #expect(try Self.overlaps(minimalReport))
        let (overlapped, whole) = Self.bothWays(minimalReport)
        #expect(overlapped == whole)
        if case .report(let report) = overlapped { #expect(report.goals.count == 1) } else { Issue.record("\(overlapped)") }
    }

    @Test func errorsInGoalsAndRegistriesAreTheSameBothWays() throws {
        let text = Self.header + Self.footnotes + Self.goalsWithReferences
        #expect(try Self.overlaps(text))
        let (overlapped, whole) = Self.bothWays(text)
        guard case .diagnostics(let list) = overlapped else {
            Issue.record("\(overlapped)")
            return
        }
        // The unknown ministry, the unknown note, the goal number used twice.
        #expect(list.count >= 3)
        #expect(overlapped == whole)
    }

    @Test(arguments: [
        // A registry after the goals: the goals must be read against the whole registry.
        header + goalsWithReferences + footnotes,
        header.replacingOccurrences(of: "ministries:\n  mhlw: 厚生労働省\n  maff: 農林水産省\n", with: "")
            + goalsWithReferences + "ministries:\n  mhlw: 厚生労働省\n  maff: 農林水産省\n",
        // Two lists of goals, and a registry written twice.
        minimalReport + goalsWithReferences,
        header + footnotes + footnotes + goalsWithReferences,
    ])
    func whereTheOverlapCannotHoldTheFileIsDecodedWhole(_ text: String) throws {
        #expect(try !Self.overlaps(text))
        let (overlapped, whole) = Self.bothWays(text)
        #expect(overlapped == whole)
        if case .diagnostics = overlapped {} else if case .report = overlapped {} else { Issue.record("\(overlapped)") }
    }

    @Test(arguments: [
        header + "goals: []\n",
        header + "goals:\n  title: not a list\n",
        header + "goals:\n  - title: 目標\n    strategies: [\n",  // a syntax error after a goal began
        header + "goals:\n  - &g\n    title: 目標\n    strategies:\n      - title: 戦略\n        ministries: [mhlw]\n"
            + "        actions: [取組。]\n  - *g\n",  // an alias of a goal
        "- not a mapping\n",
        "{\"title\": \"t\", \"ministries\": {\"mhlw\": \"厚生労働省\"}, \"goals\": [{\"title\": \"目標\"}]}",
    ])
    func unusualFilesLoadTheSameBothWays(_ text: String) {
        let (overlapped, whole) = Self.bothWays(text)
        #expect(overlapped == whole)
        let json = Self.bothWays(text, file: "test.json")
        #expect(json.overlapped == json.whole)
    }

    @Test func theBadCorpusIsRefusedTheSameBothWays() throws {
        let folder = BadCorpusTests.folder
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
        #expect(files.count >= 150)
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let loader = ReportLoader()
            let overlapped = Self.outcome { try loader.load(data: data, file: file, baseDirectory: folder) }
            // Bytes that are not text are refused before either way composes them.
            guard let text = String(data: data, encoding: .utf8) else { continue }
            let whole = Self.outcome { try loader.load(text: text, file: file, baseDirectory: folder) }
            #expect(overlapped == whole, "\(file)")
        }
    }
}
