import Foundation
import Testing
import ShiryoText

/// Both documents of both samples at widths 80 and 60 (and one slide deck with ASCII
/// frames and with Ambiguous = wide) against the files in Golden/. Run with
/// `RECORD_GOLDEN=1` to write the files anew, then review the diff by eye.
@Suite struct GoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var options: TextRenderOptions

        var fileName: String {
            var parts = [name, "w\(options.width)"]
            if options.frame == .ascii { parts.append("ascii") }
            if options.ambiguousWidth == .wide { parts.append("wide") }
            return parts.joined(separator: ".") + ".txt"
        }

        var testDescription: String { fileName }
    }

    static let cases: [Case] = Fixtures.names.flatMap { name in
        [80, 60].map { Case(name: name, options: TextRenderOptions(width: $0)) }
    } + [
        Case(name: "kansensho-kihon-senryaku.summary", options: TextRenderOptions(width: 80, frame: .ascii)),
        Case(name: "kansensho-kihon-senryaku.summary", options: TextRenderOptions(width: 80, ambiguousWidth: .wide)),
        Case(name: "amr-action-plan.detail", options: TextRenderOptions(width: 72, ambiguousWidth: .wide, frame: .ascii)),
    ]

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    @Test(arguments: cases)
    func matchesGoldenFile(_ golden: Case) throws {
        let rendered = try TextRenderer(options: golden.options).render(try Fixtures.document(golden.name))
        let url = Fixtures.goldenDirectory.appendingPathComponent(golden.fileName)
        if Self.recording {
            try FileManager.default.createDirectory(at: Fixtures.goldenDirectory, withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if rendered != expected {
            let renderedLines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(renderedLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("""
                \(golden.fileName) differs (RECORD_GOLDEN=1 rewrites it) at line \((first?.offset ?? min(renderedLines.count, expectedLines.count)) + 1):
                rendered: \(first.map { String($0.element.0) } ?? "(\(renderedLines.count) lines)")
                expected: \(first.map { String($0.element.1) } ?? "(\(expectedLines.count) lines)")
                """)
        }
    }

    /// Every line of every golden file is at most the width, under the Ambiguous width it
    /// was made for; and every line of a frame or table is exactly as wide as its first line,
    /// so frames close.
    @Test(arguments: cases)
    func everyGoldenLineFitsAndFramesClose(_ golden: Case) throws {
        let url = Fixtures.goldenDirectory.appendingPathComponent(golden.fileName)
        let text = try String(contentsOf: url, encoding: .utf8)
        let ambiguous = golden.options.ambiguousWidth
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for line in lines {
            #expect(DisplayWidth.of(line, ambiguous: ambiguous) <= golden.options.width, "\(golden.fileName): '\(line)'")
        }
        for frame in FrameScanner.frames(in: lines.map(String.init), style: golden.options.frame) {
            let widths = Set(frame.map { DisplayWidth.of($0, ambiguous: ambiguous) })
            #expect(widths.count == 1, "\(golden.fileName): frame of mixed widths \(widths): \(frame.first ?? "")")
            #expect(FrameScanner.isClosed(frame, style: golden.options.frame), "\(golden.fileName): open frame at \(frame.first ?? "")")
        }
    }
}

extension GoldenTests {
    /// No line of text in a golden file (each cell of a frame taken on its own) starts with a
    /// closing bracket, 、。 or another character that must not start a line, or ends with an
    /// opening bracket. A list marker ・ is the one allowed start.
    @Test(arguments: cases)
    func goldenTextKeepsTheProhibitions(_ golden: Case) throws {
        let url = Fixtures.goldenDirectory.appendingPathComponent(golden.fileName)
        let text = try String(contentsOf: url, encoding: .utf8)
        let frameCharacters = Set("│|┌┐└┘├┤┬┴┼─+")
        for line in text.split(separator: "\n") {
            if let first = line.first, "┌└├+".contains(first) { continue }  // rules
            for cell in line.split(whereSeparator: { $0 == "│" || $0 == "|" }) {
                let content = cell.drop { $0 == " " }
                guard let first = content.first, let last = content.last(where: { $0 != " " }) else { continue }
                guard !frameCharacters.contains(first) else { continue }
                #expect(first == "・" || !Kinsoku.lineStartProhibited.contains(first), "\(golden.fileName): '\(line)'")
                #expect(!Kinsoku.lineEndProhibited.contains(last), "\(golden.fileName): '\(line)'")
            }
        }
    }
}

/// Finds the framed blocks (slides, tables) of rendered text: the runs of consecutive lines
/// that begin with a frame character.
enum FrameScanner {
    static func frames(in lines: [String], style: FrameStyle) -> [[String]] {
        let starts: Set<Character> = style == .ascii ? ["+", "|"] : ["┌", "├", "│", "└"]
        var frames: [[String]] = []
        var current: [String] = []
        for line in lines {
            if let first = line.first, starts.contains(first) {
                current.append(line)
            } else if !current.isEmpty {
                frames.append(current)
                current = []
            }
        }
        if !current.isEmpty { frames.append(current) }
        return frames
    }

    /// Closed: a top border, a bottom border, and every line in between beginning and ending
    /// with a bar or a junction.
    static func isClosed(_ frame: [String], style: FrameStyle) -> Bool {
        guard let first = frame.first, let last = frame.last, frame.count >= 2 else { return false }
        let inner = frame.dropFirst().dropLast()
        switch style {
        case .boxDrawing:
            guard first.first == "┌", first.last == "┐", last.first == "└", last.last == "┘" else { return false }
            return inner.allSatisfy { ($0.first == "│" && $0.last == "│") || ($0.first == "├" && $0.last == "┤") }
        case .ascii:
            guard first.first == "+", first.last == "+", last.first == "+", last.last == "+" else { return false }
            return inner.allSatisfy { ($0.first == "|" && $0.last == "|") || ($0.first == "+" && $0.last == "+") }
        }
    }
}
