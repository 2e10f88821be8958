import Yams

/// Reads values out of a YAML node tree and collects every problem instead of stopping at
/// the first, each with its file, line, column and key path.
///
/// Scalars are read from their source text, never through YAML's implicit typing, so
/// `1.10` stays the strategy number "1.10" and `no` stays text.
final class NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Every text scalar read, when a caller asked for them (`ReportLoader.loadWithTexts`).
    var textScalars: [TextScalar]?

    init(file: String) {
        self.file = file
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
    struct Fields {
        let node: Node
        let path: KeyPath
        fileprivate var values: [String: (key: Node, value: Node)]

        subscript(key: String) -> Node? { values[key]?.value }
        func keyNode(_ key: String) -> Node? { values[key]?.key }
        func has(_ key: String) -> Bool { values[key] != nil }
    }

    func fields(_ node: Node, _ path: KeyPath, allowed: [String], required: [String] = [], what: String) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report(node, path, "expected \(what) (a mapping of key: value), found \(describe(node))")
            return nil
        }
        var values: [String: (key: Node, value: Node)] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = plainKey(keyNode, path) else { continue }
            if values[key] != nil {
                report(keyNode, path.appending(key), "duplicate key '\(key)'")
                continue
            }
            guard allowed.contains(key) else {
                let hint = Suggestion.phrase(for: key, in: allowed)
                report(keyNode, path.appending(key),
                       "unknown key '\(key)'\(hint); expected one of: \(allowed.joined(separator: ", "))")
                continue
            }
            values[key] = (keyNode, valueNode)
        }
        for key in required where values[key] == nil {
            report(node, path, "missing required key '\(key)' in \(what)")
        }
        return Fields(node: node, path: path, values: values)
    }

    /// The entries of a mapping whose keys are ids chosen by the author (the ministry
    /// registry, footnotes), in the order written, duplicates reported.
    func entries(_ node: Node, _ path: KeyPath, what: String) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else {
            report(node, path, "expected \(what) (a mapping of id: value), found \(describe(node))")
            return []
        }
        var seen = Set<String>()
        var result: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, valueNode) in mapping {
            guard let key = plainKey(keyNode, path) else { continue }
            guard seen.insert(key).inserted else {
                report(keyNode, path.appending(key), "duplicate id '\(key)' in \(what)")
                continue
            }
            result.append((key, keyNode, valueNode))
        }
        return result
    }

    func sequence(_ node: Node, _ path: KeyPath, what: String) -> [Node] {
        guard case .sequence(let sequence) = node else {
            report(node, path, "expected a list of \(what), found \(describe(node))")
            return []
        }
        return Array(sequence)
    }

    // MARK: Scalars

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Any non-null scalar, as written.
    func string(_ node: Node, _ path: KeyPath, what: String = "text") -> String? {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            report(node, path, "expected \(what), found \(describe(node))")
            return nil
        }
        if what == "text" { textScalars?.append(TextScalar(node: node, keyPath: path.description)) }
        return scalar.string
    }

    func integer(_ node: Node, _ path: KeyPath, what: String, range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, path, what: what) else { return nil }
        guard let value = Int(text), text.allSatisfy({ $0.isASCIIDigit || $0 == "-" }) else {
            report(node, path, "expected \(what), found '\(text)'")
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
        switch text {
        case "true": return true
        case "false": return false
        default:
            report(node, path, "expected true or false, found '\(text)'")
            return nil
        }
    }

    func date(_ node: Node, _ path: KeyPath) -> CalendarDate? {
        guard let text = string(node, path, what: "a date YYYY-MM-DD") else { return nil }
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
        let names = Value.allCases.map(\.rawValue)
        guard let text = string(node, path, what: "one of \(names.joined(separator: ", "))") else { return nil }
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
        return scalar.string
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
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
