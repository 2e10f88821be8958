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

    /// An option named `name`, listed by `shiryo formats` as
    /// `--option NAME=VALUE-NAME` followed by `help`.
    public init(name: String, valueName: String, help: String) {
        self.name = name
        self.valueName = valueName
        self.help = help
    }
}

/// The option values the user set, by name, read by renderers with typed accessors that
/// turn a bad value into a ``RenderError`` naming the option and what was expected.
///
/// The values are shared by every format chosen in a run: `--format xhtml pdf --option
/// stylesheet=print.css` gives both formats the same `stylesheet`. The accessors ignore
/// spaces around a value; each takes the `format` to name in its error (pass your
/// ``DocumentRenderer/formatName``).
public struct RenderOptions: Sendable, Equatable {
    /// Every value set, by option name. An option given without a value (`--option ascii`)
    /// has the empty string.
    public private(set) var values: [String: String]

    /// Options with the given values, e.g. `RenderOptions(["width": "60"])` in a test.
    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// The value of the option `name` as the user wrote it, or `nil` when unset: for
    /// options of free text, such as a file path (`context.options["stylesheet"]`).
    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// The names set, sorted.
    public var names: [String] { values.keys.sorted() }

    /// A whole number within `range`, or `defaultValue` when unset.
    ///
    /// - Throws: A ``RenderError`` of `format` when the value is not a whole number or is
    ///   outside `range`, e.g. `option width=abc: expected a whole number`.
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
    ///
    /// - Throws: A ``RenderError`` of `format` when the value is not one of `choices`
    ///   (compared exactly, case included), listing them.
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

    /// `true`/`yes`/`1` or `false`/`no`/`0` (in any case), or `defaultValue` when unset; an
    /// option given without a value (`--option ascii`, stored as the empty string) reads as
    /// `true`.
    ///
    /// - Throws: A ``RenderError`` of `format` for any other value.
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
