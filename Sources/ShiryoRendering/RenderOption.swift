/// An option a format reads, as listed by `shiryo formats` and set with
/// `shiryo render --option NAME=VALUE` (the built-in ones also have their own flags, e.g.
/// `--width 60` sets `width`).
public struct RenderOption: Sendable, Equatable {
    /// The option's name: lowercase ASCII letters, digits and hyphens.
    public var name: String
    /// What the value looks like, for help text: `N`, `narrow|wide`, `FILE`.
    public var valueName: String
    /// One line: what the option does and its default.
    public var help: String

    public init(name: String, valueName: String, help: String) {
        self.name = name
        self.valueName = valueName
        self.help = help
    }
}

/// The option values the user set, by name, read by renderers with typed accessors that
/// turn a bad value into a ``RenderError`` naming the option and what was expected.
public struct RenderOptions: Sendable, Equatable {
    public private(set) var values: [String: String]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// The names set, sorted.
    public var names: [String] { values.keys.sorted() }

    /// A whole number within `range`, or `defaultValue` when unset.
    public func integer(
        _ name: String, default defaultValue: Int, in range: ClosedRange<Int>, format: String
    ) throws(RenderError) -> Int {
        guard let text = values[name] else { return defaultValue }
        guard let value = Int(text.trimmingSpaces) else {
            throw RenderError(format: format, message: "option \(name)=\(text): expected a whole number")
        }
        guard range.contains(value) else {
            throw RenderError(
                format: format,
                message: "option \(name)=\(value): expected a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// One of `choices`, or `defaultValue` when unset.
    public func choice(
        _ name: String, default defaultValue: String, among choices: [String], format: String
    ) throws(RenderError) -> String {
        guard let text = values[name] else { return defaultValue }
        let value = text.trimmingSpaces
        guard choices.contains(value) else {
            throw RenderError(
                format: format, message: "option \(name)=\(text): expected one of \(choices.joined(separator: ", "))")
        }
        return value
    }

    /// `true`/`yes`/`1` or `false`/`no`/`0`; an option given without a value (`--option
    /// ascii`) is set to `true`.
    public func flag(_ name: String, default defaultValue: Bool = false, format: String) throws(RenderError) -> Bool {
        guard let text = values[name] else { return defaultValue }
        switch text.trimmingSpaces.lowercased() {
        case "true", "yes", "1", "": return true
        case "false", "no", "0": return false
        default:
            throw RenderError(format: format, message: "option \(name)=\(text): expected true or false")
        }
    }
}

extension String {
    var trimmingSpaces: String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
