import Foundation
import ShiryoFollowUp

/// Every rule shipped, in the order the documentation lists them.
public enum LintRules {
    public static let all: [any LintRule] = [
        DigitWidthRule(), LatinWidthRule(), KaCounterRule(), HalfwidthKatakanaRule(), PunctuationStyleRule(),
        SentenceEndRule(), BracketBalanceRule(), HalfwidthBracketsRule(), JapaneseLatinSpaceRule(),
        PlaceholderRule(), OrganizationNameRule(), NumberingOrderRule(), SentenceLengthRule(),
    ]
}

/// The findings on one report file, with what is needed to fix it.
public struct LintResult {
    public let document: LintDocument
    public let findings: [LintFinding]
    public let sourceText: String

    public var hasErrors: Bool { findings.contains { $0.level == .error } }
}

/// Loads a report once (the loader's own parse, keeping each text's node) and runs the rules
/// on its texts.
public struct Linter: Sendable {
    public let rules: [any LintRule]
    /// The configuration file looked for beside the report.
    public static let configurationFileName = ".shiryo-lint.yaml"

    public init(rules: [any LintRule] = LintRules.all) {
        self.rules = rules
    }

    /// Lints the report at a path (a file or a folder holding one).
    public func lint(path: String) throws -> LintResult {
        let loader = ReportLoader()
        let url = try loader.resolve(path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReportLoader.Error.unreadable(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
        let displayPath = url.path == URL(fileURLWithPath: path).path ? path
            : (path.hasSuffix("/") ? path : path + "/") + url.lastPathComponent
        // A byte order mark stays in the text: SourceText leaves it out of the positions (as
        // libyaml does) and a fixed file keeps it.
        guard let text = String(validating: data, as: UTF8.self) else {
            // The loader words this error; let it.
            _ = try loader.load(data: data, file: displayPath, baseDirectory: url.deletingLastPathComponent())
            throw ReportLoader.Error.unreadable(path: path, reason: "is not UTF-8 text")
        }
        let configURL = url.deletingLastPathComponent().appendingPathComponent(Self.configurationFileName)
        let configText = try? String(contentsOf: configURL, encoding: .utf8)
        let configPath = (displayPath as NSString).deletingLastPathComponent
        let configDisplay = configPath.isEmpty ? Self.configurationFileName : configPath + "/" + Self.configurationFileName
        return try lint(text: text, file: displayPath, baseDirectory: url.deletingLastPathComponent(),
                        configuration: configText.map { (text: $0, file: configDisplay) })
    }

    /// Lints a report given as text. `configuration` is the text of a `.shiryo-lint.yaml`.
    public func lint(text: String, file: String, baseDirectory: URL?,
                     configuration: (text: String, file: String)? = nil) throws -> LintResult {
        let loaded = try ReportLoader().loadWithTexts(text: Self.withoutByteOrderMark(text), file: file,
                                                      baseDirectory: baseDirectory)
        let source = SourceText(text)
        var texts: [LintText] = []
        texts.reserveCapacity(loaded.texts.count)
        var declaredDigits: DigitStyle?
        for scalarText in loaded.texts {
            guard let scalar = scalarText.scalar, let mark = scalarText.node.mark else { continue }
            let value = Array(scalar.string.unicodeScalars)
            let start = source.offset(line: mark.line, column: mark.column)
            texts.append(LintText(keyPath: scalarText.keyPath, value: value, start: start, style: scalar.style,
                                  readsMarkup: LintText.readsMarkup(scalarText.keyPath)))
        }
        var lintNode: YAMLNode?
        if case .mapping(let top) = loaded.root {
            lintNode = top["lint"]
            if case .mapping(let notation)? = top["notation"], let digits = notation["digits"]?.string {
                declaredDigits = DigitStyle(rawValue: digits)
            }
        }
        let document = LintDocument(file: file, report: loaded.report, texts: texts,
                                    declaredDigits: declaredDigits, source: source)

        var configurationFindings: [LintFinding] = []
        var configurationSettings = LintConfiguration(rules: rules)
        if let configuration {
            do {
                if let node = try YAMLComposer.compose(configuration.text) {
                    let problems = configurationSettings.apply(node, keyPath: "", rules: rules)
                    configurationFindings += problems.map { problem($0, file: configuration.file, source: nil) }
                }
            } catch {
                configurationFindings.append(LintFinding(
                    ruleID: "configuration", level: .error, file: configuration.file, line: 1, column: 1, endLine: 1,
                    endColumn: 1, keyPath: "", message: "the configuration is not YAML: \(error)"))
            }
        }
        if let lintNode {
            let problems = configurationSettings.apply(lintNode, keyPath: "lint", rules: rules)
            configurationFindings += problems.map { problem($0, file: file, source: source) }
        }

        var findings = configurationFindings
        var maps: [Int: ScalarMap] = [:]
        for rule in rules {
            let setting = configurationSettings.setting(for: rule)
            guard setting.level != .off else { continue }
            for found in rule.check(document, options: setting.options) {
                let map = maps[found.text] ?? document.map(of: document.texts[found.text])
                maps[found.text] = map
                findings.append(locate(found, rule: rule, level: setting.level, in: document, map: map))
            }
        }
        findings.sort { ($0.file, $0.line, $0.column, $0.ruleID, $0.message) < ($1.file, $1.line, $1.column, $1.ruleID, $1.message) }
        return LintResult(document: document, findings: findings, sourceText: text)
    }

    /// The text the loader reads: a byte order mark left out, as the loader leaves it out of files.
    static func withoutByteOrderMark(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    private func problem(_ problem: LintConfiguration.Problem, file: String, source: SourceText?) -> LintFinding {
        let line = problem.node.mark?.line ?? 1
        let column = problem.node.mark?.column ?? 1
        return LintFinding(ruleID: "configuration", level: .error, file: file, line: line, column: column,
                           endLine: line, endColumn: column, keyPath: problem.keyPath, message: problem.message)
    }

    private func locate(_ found: RuleFinding, rule: any LintRule, level: LintLevel, in document: LintDocument,
                        map: ScalarMap) -> LintFinding {
        let text = document.texts[found.text]
        let valueRange = text.valueRange(of: found.range)
        let startOffset = map.offset(of: valueRange.lowerBound)
        let endOffset = valueRange.isEmpty ? startOffset : map.offset(of: valueRange.upperBound - 1) + 1
        let start = document.source.position(of: startOffset)
        let end = document.source.position(of: endOffset)
        var finding = LintFinding(ruleID: rule.id, level: level, file: document.file, line: start.line,
                                  column: start.column, endLine: end.line, endColumn: end.column,
                                  keyPath: text.keyPath, message: found.message)
        finding.textIndex = found.text
        if let replacement = found.replacement, let sourceRange = map.sourceRange(of: valueRange) {
            finding.fix = LintFix(range: sourceRange, replacement: replacement,
                                  original: Characters.string(document.source.scalars[sourceRange]))
            finding.valueEdit = LintFinding.ValueEdit(range: valueRange, replacement: Array(replacement.unicodeScalars))
        }
        return finding
    }
}
