/// A report file's text as Unicode scalars, with its line starts, so that an offset in the
/// file becomes the `line:column` the loader prints (columns count Unicode scalars, as
/// libyaml's marks do; `\n`, `\r\n`, `\r`, NEL, LS and PS end lines, as in YAML).
struct SourceText {
    let scalars: [Unicode.Scalar]
    /// Whether the text began with U+FEFF (left out of `scalars`, as the loader leaves it out).
    let hasByteOrderMark: Bool
    private let lineStarts: [Int]

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        hasByteOrderMark = scalars.first == "\u{FEFF}"
        if hasByteOrderMark { scalars.removeFirst() }
        var starts = [0]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\r":
                if index < scalars.count, scalars[index] == "\n" { index += 1 }
                starts.append(index)
            case "\n", "\u{85}", "\u{2028}", "\u{2029}":
                starts.append(index)
            default:
                break
            }
        }
        self.scalars = scalars
        self.lineStarts = starts
    }

    /// The offset of a 1-based line and column, clamped to the text.
    func offset(line: Int, column: Int) -> Int {
        let lineIndex = min(max(line - 1, 0), lineStarts.count - 1)
        return min(lineStarts[lineIndex] + max(column - 1, 0), scalars.count)
    }

    /// The 1-based line and column of an offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
