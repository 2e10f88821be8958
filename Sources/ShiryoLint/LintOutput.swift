import Foundation

/// The findings as `--format text|json|sarif` writes them.
public enum LintOutput {
    public static func text(_ findings: [LintFinding]) -> String {
        findings.map { $0.description + "\n" }.joined()
    }

    private static func encode(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }

    /// `{"findings": [{"rule", "level", "file", "line", "column", "endLine", "endColumn", "keyPath", "message", "fix"}]}`.
    public static func json(_ findings: [LintFinding]) -> String {
        let list: [[String: Any]] = findings.map { finding in
            var entry: [String: Any] = [
                "rule": finding.ruleID, "level": finding.level.rawValue, "file": finding.file,
                "line": finding.line, "column": finding.column, "endLine": finding.endLine,
                "endColumn": finding.endColumn, "keyPath": finding.keyPath, "message": finding.message,
            ]
            if let fix = finding.fix { entry["fix"] = ["original": fix.original, "replacement": fix.replacement] }
            return entry
        }
        return encode(["findings": list])
    }

    /// A SARIF 2.1.0 log: one run, every rule described, each finding with its region and,
    /// when it has one, its fix as a replacement of that region.
    public static func sarif(_ findings: [LintFinding], rules: [any LintRule], version: String) -> String {
        let ids = rules.map(\.id)
        var ruleObjects: [[String: Any]] = rules.map { rule in
            [
                "id": rule.id,
                "shortDescription": ["text": rule.summary],
                "defaultConfiguration": ["level": sarifLevel(rule.defaultLevel == .off ? .note : rule.defaultLevel),
                                         "enabled": rule.defaultLevel != .off],
            ]
        }
        ruleObjects.append([
            "id": "configuration",
            "shortDescription": ["text": "The lint configuration (lint: or .shiryo-lint.yaml) is wrong."],
        ])
        let results: [[String: Any]] = findings.map { finding in
            let region: [String: Any] = [
                "startLine": finding.line, "startColumn": finding.column,
                "endLine": finding.endLine, "endColumn": max(finding.endColumn, 1),
            ]
            let artifact: [String: Any] = ["uri": uri(finding.file)]
            var result: [String: Any] = [
                "ruleId": finding.ruleID,
                "ruleIndex": ids.firstIndex(of: finding.ruleID) ?? ids.count,
                "level": sarifLevel(finding.level),
                "message": ["text": "\(finding.keyPath.isEmpty ? "(top level)" : finding.keyPath): \(finding.message)"],
                "locations": [[
                    "physicalLocation": ["artifactLocation": artifact, "region": region],
                    "logicalLocations": [["fullyQualifiedName": finding.keyPath.isEmpty ? "(top level)" : finding.keyPath,
                                          "kind": "member"]],
                ]],
            ]
            if let fix = finding.fix {
                result["fixes"] = [[
                    "description": ["text": "write '\(fix.replacement)'"],
                    "artifactChanges": [[
                        "artifactLocation": artifact,
                        "replacements": [["deletedRegion": region, "insertedContent": ["text": fix.replacement]]],
                    ]],
                ]]
            }
            return result
        }
        let log: [String: Any] = [
            "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": [
                    "name": "shiryo lint", "version": version,
                    "rules": ruleObjects,
                ]],
                "columnKind": "unicodeCodePoints",
                "results": results,
            ]],
        ]
        return encode(log)
    }

    private static func sarifLevel(_ level: LintLevel) -> String {
        switch level {
        case .off: "none"
        case .note: "note"
        case .warning: "warning"
        case .error: "error"
        }
    }

    private static func uri(_ path: String) -> String {
        let allowed = CharacterSet.urlPathAllowed
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
