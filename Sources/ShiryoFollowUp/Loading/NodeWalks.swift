
/// The limits that bound the work one report can cause (see docs/data-format.md, "Limits").
public enum Limits {
    /// The largest report file read, in bytes (256 MiB; a 100,000-goal report is far smaller).
    public static let maximumFileBytes = 256 * 1_048_576
    /// The most nodes that aliases (`*name`) may add to a report in total, counted after
    /// expansion. A handful of aliases of small lists add a few hundred; a "billion laughs"
    /// file adds millions in a few lines.
    public static let maximumAliasNodes = 1_000_000
}

private func isBefore(_ lhs: Mark?, _ rhs: Mark?) -> Bool {
    guard let lhs, let rhs else { return false }
    return (lhs.line, lhs.column) < (rhs.line, rhs.column)
}

/// Finds the key path of a place in a file: the path of the last node written at or before it.
enum NodeLocator {
    static func keyPath(at location: SourceLocation, in root: Node) -> String {
        var best = KeyPath.root
        var lastMark: Mark?
        func visit(_ node: Node, _ path: KeyPath) -> Bool {
            guard let mark = node.mark else { return true }
            if isBefore(mark, lastMark) { return true }  // an alias's copy
            if (mark.line, mark.column) > (location.line, location.column) { return false }
            lastMark = mark
            best = path
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    let inner = path.appending(key.scalar?.string ?? "?")
                    guard visit(key, inner), visit(value, inner) else { return false }
                }
            case .sequence(let sequence):
                for (index, element) in sequence.enumerated() {
                    guard visit(element, path.appending(index)) else { return false }
                }
            case .scalar:
                break
            }
            return true
        }
        _ = visit(root, .root)
        return best.description
    }

    /// The index of the scalar at a line and column, if the text has that place.
    static func scalarIndex(line: Int, column: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var current = (line: 1, column: 1)
        var index = 0
        while index < scalars.count, (current.line, current.column) < (line, column) {
            let value = scalars[index].value
            if value == 0xA || value == 0xD || value == 0x2028 || value == 0x2029 {
                if value == 0xD, index + 1 < scalars.count, scalars[index + 1].value == 0xA { index += 1 }
                current = (current.line + 1, 1)
            } else {
                current.column += 1
            }
            index += 1
        }
        return (current.line, current.column) == (line, column) ? index : nil
    }

    /// The key path of a syntax error: that of the last value written before it, found by
    /// parsing the text up to the error (empty if that does not parse either).
    static func keyPath(beforeSyntaxErrorAt location: SourceLocation, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard location.line > 1 || location.column > 1,
              let end = scalarIndex(line: location.line, column: location.column, in: scalars),
              let root = try? YAMLComposer.compose(String(String.UnicodeScalarView(scalars[..<end])))
        else { return "" }
        return keyPath(at: location, in: root)
    }

    /// The line and column of the YAML reader's error offset, which Yams gives in Characters
    /// from the start of the text (columns count Unicode scalars, as everywhere else).
    static func lineAndColumn(atCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        let end = text.index(text.startIndex, offsetBy: max(0, offset), limitedBy: text.endIndex) ?? text.endIndex
        var line = 1
        var column = 1
        var previousWasCR = false
        for scalar in text.unicodeScalars[..<end] {
            switch scalar.value {
            case 0xA:
                if !previousWasCR { line += 1 }
                column = 1
            case 0xD, 0x2028, 0x2029:
                line += 1; column = 1
            default:
                column += 1
            }
            previousWasCR = scalar.value == 0xD
        }
        return (line, column)
    }
}
