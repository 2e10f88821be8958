import Foundation
import Testing
@testable import ShiryoLint

/// A small valid report whose goal holds `actions` (written as YAML double-quoted strings)
/// and whatever `extra` adds at the top level.
func report(actions: [String], nextYear: [String] = [], issued: String = "draft", extra: String = "") -> String {
    func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
    var yaml = """
    title: 「テスト計画」に基づく施策のフォローアップ
    plan:
      name: テスト計画 2023-2027
      decidedOn: 2023-04-07
      decidedBy: 関係閣僚会議
    fiscalYear: 2024
    asOf: 2025-03-31
    issued: \(issued)
    ministries:
      mhlw: 厚生労働省
      maff: 農林水産省
    goals:
      - title: 目標
        strategies:
          - title: 戦略
            ministries: [mhlw]
            actions:

    """
    for action in actions { yaml += "          - \(quoted(action))\n" }
    if !nextYear.isEmpty {
        yaml += "    nextYear:\n"
        for item in nextYear { yaml += "      - \(quoted(item))\n" }
    }
    return yaml + extra
}

func lint(_ yaml: String, file: String = "test.yaml", configuration: String? = nil) throws -> LintResult {
    try Linter().lint(text: yaml, file: file, baseDirectory: nil,
                      configuration: configuration.map { (text: $0, file: ".shiryo-lint.yaml") })
}

/// The findings of one rule.
func findings(_ rule: String, in yaml: String) throws -> [LintFinding] {
    try lint(yaml).findings.filter { $0.ruleID == rule }
}

/// Paths of the package, found from this file.
enum Package {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func sample(_ name: String) -> String { root.appendingPathComponent("samples/\(name)").path }
}
