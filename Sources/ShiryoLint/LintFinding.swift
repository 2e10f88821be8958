/// How much a finding matters. `error` makes `shiryo lint` exit 1.
public enum LintLevel: String, Sendable, Equatable, Comparable, CaseIterable {
    case off, note, warning, error

    private var rank: Int { LintLevel.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: LintLevel, rhs: LintLevel) -> Bool { lhs.rank < rhs.rank }
}

/// A text edit in the report file: replace the file's Unicode scalars `range` by `replacement`.
public struct LintFix: Sendable, Equatable {
    public var range: Range<Int>
    public var replacement: String
    /// The file's text that `range` covers now.
    public var original: String
}

/// One thing a rule found, located in the file.
public struct LintFinding: Sendable, Equatable {
    public var ruleID: String
    public var level: LintLevel
    public var file: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var keyPath: String
    public var message: String
    /// The safe edit that resolves it, if there is one.
    public var fix: LintFix?
    /// The same edit on the text's value, to check the fixed file against.
    var valueEdit: ValueEdit?
    /// Which of the document's texts it is about.
    var textIndex: Int = -1

    struct ValueEdit: Sendable, Equatable {
        var range: Range<Int>
        var replacement: [Unicode.Scalar]
    }

    init(ruleID: String, level: LintLevel, file: String, line: Int, column: Int, endLine: Int, endColumn: Int,
         keyPath: String, message: String, fix: LintFix? = nil) {
        self.ruleID = ruleID
        self.level = level
        self.file = file
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.keyPath = keyPath
        self.message = message
        self.fix = fix
    }

    /// `file:line:column: warning: key.path: message [rule-id]`.
    public var description: String {
        "\(file):\(line):\(column): \(level.rawValue): \(keyPath.isEmpty ? "(top level)" : keyPath): \(message) [\(ruleID)]"
    }
}

/// What a rule reports about one text: the shown characters `range` and, when the edit is
/// safe, what they should become.
public struct RuleFinding {
    public var text: Int
    public var range: Range<Int>
    public var message: String
    public var replacement: String?

    public init(text: Int, range: Range<Int>, message: String, replacement: String? = nil) {
        self.text = text
        self.range = range
        self.message = message
        self.replacement = replacement
    }
}

/// The options a report gives a rule (`max: 120`), as written.
public struct RuleOptions: Sendable, Equatable {
    public var values: [String: String] = [:]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public func integer(_ name: String, default value: Int) -> Int { values[name].flatMap { Int($0) } ?? value }
    public func string(_ name: String) -> String? { values[name] }
}

/// One check. Each rule lives in a file of its own under `Rules/`.
public protocol LintRule: Sendable {
    /// `digit-width`: how the report's configuration and the output name it.
    var id: String { get }
    /// One line for `--format sarif` and the documentation.
    var summary: String { get }
    var defaultLevel: LintLevel { get }
    /// Options the rule reads, for checking the configuration.
    var optionNames: [String] { get }
    func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding]
}

extension LintRule {
    public var defaultLevel: LintLevel { .warning }
    public var optionNames: [String] { [] }
}
