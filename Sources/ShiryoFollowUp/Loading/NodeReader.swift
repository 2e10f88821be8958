
/// Reads values out of a YAML node tree and collects every problem instead of stopping at
/// the first, each with its file, line, column and key path.
///
/// Scalars are read from their source text, never through YAML's implicit typing, so
/// `1.10` stays the strategy number "1.10" and `no` stays text.
final class NodeReader {
    let file: String
    /// JSON numbers with a fraction or exponent are numbers; in YAML they are text as written.
    let isJSON: Bool
    private(set) var diagnostics: [Diagnostic] = []
    /// Every text scalar read, when a caller asked for them (`ReportLoader.loadWithTexts`).
    var textScalars: [TextScalar]?
    /// True once the nodes come from bytes that `InputCharacters.isClean` accepted: a scalar
    /// then holds a character no value may hold only through a double-quoted escape
    /// (`\a`, `\x85`, `\uFFFE`), as every other style takes the characters as written.
    var bytesAreChecked = false

    init(file: String, isJSON: Bool = false) {
        self.file = file
        self.isJSON = isJSON
    }

    // MARK: Reporting

    func location(of node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    func report(_ node: Node?, _ path: KeyPath, _ message: String) {
        diagnostics.append(Diagnostic(location: location(of: node), keyPath: path.description, message: message))
    }

    func report(at location: SourceLocation, _ path: KeyPath, _ message: String) {
        diagnostics.append(Diagnostic(location: location, keyPath: path.description, message: message))
    }

    // MARK: Shapes

    /// A mapping's values by key, after reporting unknown, duplicate and missing keys.
    ///
    /// A mapping of the data format has a dozen keys at most, so they are kept in order and
    /// searched (cheaper than hashing every key of every mapping of a large report).
    struct Fields {
        let node: Node
        let path: KeyPath
        /// The mapping's pairs, as written.
        fileprivate let pairs: [(key: Node, value: Node)]
        /// The accepted keys, each with the index of its pair: a search reads these small
        /// entries only, not a copy of every key's and value's node.
        fileprivate var accepted: [(name: String, pair: Int)]

        fileprivate func pairIndex(_ name: String) -> Int? {
            for entry in accepted where entry.name == name { return entry.pair }
            return nil
        }

        subscript(key: String) -> Node? { pairIndex(key).map { pairs[$0].value } }
        func keyNode(_ key: String) -> Node? { pairIndex(key).map { pairs[$0].key } }
        func has(_ key: String) -> Bool { pairIndex(key) != nil }
    }

    /// `alsoValidElsewhere` names keys of another shape that may stand at the same place (an
    /// indicator group beside a row): they are offered as "did you mean" too.
    func fields(
        _ node: Node, _ path: KeyPath, allowed: [String], required: [String] = [], what: String,
        alsoValidElsewhere: [String] = []
    ) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report(node, path, "expected \(what) (a mapping of key: value), found \(describe(node))")
            return nil
        }
        var fields = Fields(node: node, path: path, pairs: mapping.pairs, accepted: [])
        fields.accepted.reserveCapacity(mapping.pairs.count)
        // By index: a loop over the pairs would copy (retain) every value too.
        for index in mapping.pairs.indices {
            let keyNode = mapping.pairs[index].key
            guard let key = plainKey(keyNode, path) else { continue }
            if let first = fields.keyNode(key) {
                report(keyNode, path.appending(key), "duplicate key '\(key)'; expected each key once in a mapping "
                    + "(the first is at \(location(of: first).line):\(location(of: first).column))")
                continue
            }
            if alsoValidElsewhere.contains(key) {
                report(keyNode, path.appending(key),
                       "'\(key)' is not a key of \(what); it belongs to an entry with the keys "
                           + "\(alsoValidElsewhere.joined(separator: ", ")); expected one of: \(allowed.joined(separator: ", "))")
                continue
            }
            guard allowed.contains(key) else {
                let hint = Suggestion.phrase(for: key, in: allowed + alsoValidElsewhere)
                report(keyNode, path.appending(key),
                       "unknown key '\(key)'\(hint); expected one of: \(allowed.joined(separator: ", "))")
                continue
            }
            fields.accepted.append((key, index))
        }
        for key in required where !fields.has(key) {
            report(node, path, "missing required key '\(key)' in \(what)")
        }
        return fields
    }

    /// The entries of a mapping whose keys are ids chosen by the author (the ministry
    /// registry, footnotes), in the order written, duplicates reported.
    func entries(_ node: Node, _ path: KeyPath, what: String) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else {
            report(node, path, "expected \(what) (a mapping of id: value), found \(describe(node))")
            return []
        }
        var seen: [String: Node] = [:]
        var result: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, valueNode) in mapping {
            guard let key = plainKey(keyNode, path) else { continue }
            if let first = seen[key] {
                report(keyNode, path.appending(key), "duplicate id '\(key)' in \(what); expected each id once "
                    + "(the first is at \(location(of: first).line):\(location(of: first).column))")
                continue
            }
            seen[key] = keyNode
            result.append((key, keyNode, valueNode))
        }
        return result
    }

    func sequence(_ node: Node, _ path: KeyPath, what: String) -> [Node] {
        guard case .sequence(let sequence) = node else {
            report(node, path, "expected a list of \(what), found \(describe(node))")
            return []
        }
        return sequence.nodes
    }

    // MARK: Scalars

    /// What a scalar is by the typing rule of docs/data-format.md: only an unquoted scalar
    /// can be null, an integer, a number or a boolean; anything quoted is text.
    enum ScalarKind: Equatable {
        case null, integer, number, boolean, text

        var name: String {
            switch self {
            case .null: "nothing (null)"
            case .integer: "a number"
            case .number: "a number"
            case .boolean: "true or false"
            case .text: "text"
            }
        }
    }

    func kind(_ scalar: Node.Scalar) -> ScalarKind {
        guard scalar.style == .plain || scalar.style == .any else { return .text }
        let text = scalar.string
        // Most scalars are Japanese text: decided by their first byte, without comparisons.
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "f"),
             UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            break
        default:
            return .text
        }
        if text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
        if text == "true" || text == "false" { return .boolean }
        if Self.isDecimalInteger(text) { return .integer }
        if isJSON, Self.isJSONNumber(text) { return .number }
        return .text
    }

    static func isDecimalInteger(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.utf8.dropFirst() : text.utf8[...]
        return !digits.isEmpty && digits.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    static func isJSONNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { (0x30...0x39).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard digits() > 0 else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return kind(scalar) == .null
    }

    /// Any non-null scalar, as written (a number or `true` is text too), holding only
    /// characters a document may carry.
    func string(_ node: Node, _ path: KeyPath, what: String = "text") -> String? {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            report(node, path, "expected \(what), found \(describe(node))")
            return nil
        }
        guard checkCharacters(scalar, node, path) else { return nil }
        if what == "text" { textScalars?.append(TextScalar(node: node, keyPath: path.description)) }
        return scalar.string
    }

    /// A scalar that must be text (a date, an id, a word, a path): a number or boolean
    /// written unquoted is refused, as the JSON Schema refuses it.
    func word(_ node: Node, _ path: KeyPath, what: String) -> String? {
        if case .scalar(let scalar) = node {
            let found = kind(scalar)
            if found == .integer || found == .number || found == .boolean {
                report(node, path, "expected \(what), found \(found.name) '\(scalar.string)'"
                    + (found == .boolean ? "" : "; quote it (\"\(scalar.string)\") if it is meant as text"))
                return nil
            }
        }
        return string(node, path, what: what)
    }

    /// Reports the first character of a scalar that no output format may carry. The path is
    /// made only for a problem: a key's own path would otherwise cost an allocation per key.
    func checkCharacters(_ scalar: Node.Scalar, _ node: Node, _ path: @autoclosure () -> KeyPath) -> Bool {
        if bytesAreChecked, Self.takesCharactersAsWritten(scalar.style) { return true }
        guard let bad = InputCharacters.firstDisallowed(in: scalar.string) else { return true }
        let path = path()
        var location = location(of: node)
        let exact = (scalar.style == .plain || scalar.style == .singleQuoted)
            && !scalar.string.unicodeScalars.prefix(bad.offset).contains("\n")
        if exact, scalar.style == .plain || !scalar.string.contains("'") {
            location.column += bad.offset + (scalar.style == .singleQuoted ? 1 : 0)
        }
        report(at: location, path, "the value holds \(InputCharacters.describe(bad.scalar)) as its "
            + "character \(bad.offset + 1); expected text without control characters or noncharacters "
            + "(no output format can carry it)")
        return false
    }

    /// The styles without escapes: their scalars hold characters of the file only (line
    /// breaks as line feeds), so checked bytes make them checked values.
    static func takesCharactersAsWritten(_ style: Node.Scalar.Style) -> Bool {
        style == .plain || style == .singleQuoted || style == .literal || style == .folded
    }

    func integer(_ node: Node, _ path: KeyPath, what: String, range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, path, what: what) else { return nil }
        guard case .scalar(let scalar) = node, kind(scalar) == .integer, let value = Int(text) else {
            let quoted = node.scalar.map { kind($0) == .text && Self.isDecimalInteger(text) } ?? false
            report(node, path, quoted
                ? "expected \(what), found the text \"\(text)\"; write the number without quotes"
                : "expected \(what), found '\(text)'")
            return nil
        }
        guard range.contains(value) else {
            report(node, path, "expected \(what) from \(range.lowerBound) to \(range.upperBound), found \(value)")
            return nil
        }
        return value
    }

    func boolean(_ node: Node, _ path: KeyPath) -> Bool? {
        guard let text = string(node, path, what: "true or false") else { return nil }
        guard case .scalar(let scalar) = node, kind(scalar) == .boolean else {
            report(node, path, text == "true" || text == "false"
                ? "expected true or false, found the text \"\(text)\"; write it without quotes"
                : "expected true or false, found '\(text)'")
            return nil
        }
        return text == "true"
    }

    func date(_ node: Node, _ path: KeyPath) -> CalendarDate? {
        guard let text = word(node, path, what: "a date YYYY-MM-DD") else { return nil }
        guard let date = CalendarDate(iso: text) else {
            let looksLikeDate = CalendarDate.looksLikeISODate(text)
            report(node, path, looksLikeDate
                ? "'\(text)' is not a day of the calendar; expected an existing date YYYY-MM-DD"
                : "expected a date YYYY-MM-DD, found '\(text)'")
            return nil
        }
        guard date >= JapaneseEra.earliestSupported else {
            report(node, path, "\(text) is before 昭和 (1926-12-25); expected a date from 1926-12-25 on")
            return nil
        }
        return date
    }

    func oneOf<Value: RawRepresentable & CaseIterable>(_ node: Node, _ path: KeyPath, _: Value.Type) -> Value?
    where Value.RawValue == String {
        // The usual case, a text that names a value: what `word` would accept (text, every
        // character allowed), without spelling out the names for a message never given.
        if case .scalar(let scalar) = node, let value = Value(rawValue: scalar.string), kind(scalar) == .text,
           InputCharacters.firstDisallowed(in: scalar.string) == nil {
            return value
        }
        let names = Value.allCases.map(\.rawValue)
        guard let text = word(node, path, what: "one of \(names.joined(separator: ", "))") else { return nil }
        guard let value = Value(rawValue: text) else {
            report(node, path, "expected one of \(names.joined(separator: ", ")), found '\(text)'"
                + Suggestion.phrase(for: text, in: names))
            return nil
        }
        return value
    }

    // MARK: Helpers

    private func plainKey(_ node: Node, _ path: KeyPath) -> String? {
        guard case .scalar(let scalar) = node else {
            report(node, path, "expected a key, found \(describe(node))")
            return nil
        }
        guard checkCharacters(scalar, node, path.appending(scalar.string)) else { return nil }
        return scalar.string
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if isNull(node) { return "nothing (null)" }
            let text = scalar.string
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "'\(shown)'"
        }
    }
}

extension CalendarDate {
    static func looksLikeISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }
}
