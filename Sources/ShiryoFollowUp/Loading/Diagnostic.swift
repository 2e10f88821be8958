/// A place in an input file. Lines and columns count from 1; columns count Unicode scalars.
public struct SourceLocation: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found in an input file: where, at which key, what was wrong and what was
/// expected instead.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    /// Where in the data, e.g. `goals[0].strategies[1].ministries[2]` (indices count from 0).
    public var keyPath: String
    public var message: String

    public init(location: SourceLocation, keyPath: String, message: String) {
        self.location = location
        self.keyPath = keyPath
        self.message = message
    }

    /// `file:line:column: error: key.path: message`: the form editors and CI logs link.
    public var description: String {
        "\(location): error: \(keyPath.isEmpty ? "(top level)" : keyPath): \(message)"
    }
}

/// Everything wrong with an input, found in one pass.
public struct ValidationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        let count = diagnostics.count
        let summary = "\(count) error\(count == 1 ? "" : "s") in \(diagnostics.first?.location.file ?? "input")"
        return (diagnostics.map(\.description) + [summary]).joined(separator: "\n")
    }
}
