import Foundation
import ShiryoFollowUp

/// Applies the safe fixes as text edits in the file, so comments and layout stay as written,
/// and checks the result: the fixed file must load, and each text must read exactly as the
/// edits of its value say, or nothing is changed.
public struct LintFixer: Sendable {
    public init() {}

    public struct Outcome: Sendable {
        /// The fixed file.
        public var text: String
        /// The findings whose fixes were applied.
        public var applied: [LintFinding]
    }

    public enum Failure: Error, CustomStringConvertible {
        case notSafe(String)
        public var description: String {
            switch self {
            case .notSafe(let reason): "the fixes were not applied: \(reason)"
            }
        }
    }

    /// The file with every fix of `result` applied (overlapping fixes: the first wins).
    public func fix(_ result: LintResult) throws -> Outcome {
        let fixable = result.findings.filter { $0.fix != nil && $0.valueEdit != nil && $0.textIndex >= 0 }
            .sorted { ($0.fix?.range.lowerBound ?? 0, $0.ruleID) < ($1.fix?.range.lowerBound ?? 0, $1.ruleID) }
        var chosen: [LintFinding] = []
        // The same edit found twice (a text used again through a YAML alias): made once,
        // and expected in every text that reads it.
        var repeated: [LintFinding] = []
        var end = -1
        for finding in fixable {
            guard let fix = finding.fix else { continue }
            if let last = chosen.last, last.fix == fix {
                repeated.append(finding)
                continue
            }
            if fix.range.lowerBound < end || (fix.range.isEmpty && fix.range.lowerBound == end && !chosen.isEmpty) { continue }
            chosen.append(finding)
            end = max(end, fix.range.upperBound)
        }
        guard !chosen.isEmpty else { return Outcome(text: result.sourceText, applied: []) }

        var scalars = result.document.source.scalars
        for finding in chosen.reversed() {
            guard let fix = finding.fix else { continue }
            scalars.replaceSubrange(fix.range, with: Array(fix.replacement.unicodeScalars))
        }
        let fixed = (result.document.source.hasByteOrderMark ? "\u{FEFF}" : "") + Characters.string(scalars)
        try verify(fixed, original: result, applied: chosen + repeated)
        return Outcome(text: fixed, applied: chosen + repeated)
    }

    /// The fixed file loads and its texts are the original texts with exactly these edits.
    private func verify(_ fixed: String, original: LintResult, applied: [LintFinding]) throws {
        let loaded: LoadedReport
        do {
            loaded = try ReportLoader().loadWithTexts(text: Linter.withoutByteOrderMark(fixed), file: original.document.file, baseDirectory: nil)
        } catch {
            throw Failure.notSafe("the fixed file would not load (\(error))")
        }
        let texts = original.document.texts
        guard loaded.texts.count == texts.count else { throw Failure.notSafe("the fixed file reads a different number of texts") }
        var edits: [Int: [LintFinding.ValueEdit]] = [:]
        for finding in applied { if let edit = finding.valueEdit { edits[finding.textIndex, default: []].append(edit) } }
        for (index, text) in texts.enumerated() {
            var expected = text.value
            for edit in (edits[index] ?? []).sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                expected.replaceSubrange(edit.range, with: edit.replacement)
            }
            let actual = loaded.texts[index].scalar.map { Array($0.string.unicodeScalars) } ?? []
            guard actual == expected, loaded.texts[index].keyPath == text.keyPath else {
                throw Failure.notSafe("\(text.keyPath) would read '\(Characters.string(actual))', not the fixed text")
            }
        }
    }
}

/// A unified diff of two versions of a file, hunks of changed lines with one line of context.
public enum UnifiedDiff {
    public static func diff(_ old: String, _ new: String, path: String) -> String {
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Fixes edit within lines and never add or remove one, so lines correspond by number.
        guard oldLines.count == newLines.count else {
            return "--- a/\(path)\n+++ b/\(path)\n" + oldLines.map { "-" + $0 }.joined(separator: "\n") + "\n"
                + newLines.map { "+" + $0 }.joined(separator: "\n") + "\n"
        }
        let changed = oldLines.indices.filter { oldLines[$0] != newLines[$0] }
        guard !changed.isEmpty else { return "" }
        let shown = path.hasPrefix("/") ? String(path.dropFirst()) : path
        var output = "--- a/\(shown)\n+++ b/\(shown)\n"
        var index = 0
        while index < changed.count {
            var last = index
            while last + 1 < changed.count, changed[last + 1] - changed[last] <= 3 { last += 1 }
            let start = max(changed[index] - 1, 0)
            let stop = min(changed[last] + 1, oldLines.count - 1)
            output += "@@ -\(start + 1),\(stop - start + 1) +\(start + 1),\(stop - start + 1) @@\n"
            var removed: [String] = []
            var added: [String] = []
            func flush() {
                output += removed.map { "-\($0)\n" }.joined() + added.map { "+\($0)\n" }.joined()
                removed = []
                added = []
            }
            for line in start...stop {
                if oldLines[line] == newLines[line] {
                    flush()
                    output += " \(oldLines[line])\n"
                } else {
                    removed.append(oldLines[line])
                    added.append(newLines[line])
                }
            }
            flush()
            index = last + 1
        }
        return output
    }
}
