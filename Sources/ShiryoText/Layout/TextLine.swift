/// A line of output text and its display width, measured once.
struct TextLine: Equatable {
    var text: String
    var width: Int

    static let empty = TextLine(text: "", width: 0)

    /// The line followed by spaces up to `width` columns (never shortened).
    func padded(to width: Int) -> String {
        self.width >= width ? text : text + spaces(width - self.width)
    }
}

/// `count` ASCII spaces (none for a count below one).
func spaces(_ count: Int) -> String {
    if count <= 0 { return "" }
    return count < spaceStrings.count ? spaceStrings[count] : String(repeating: " ", count: count)
}

/// Padding is asked for on every line of every cell: the usual lengths are made once.
private let spaceStrings: [String] = (0...160).map { String(repeating: " ", count: $0) }

extension Array where Element == TextLine {
    /// Each line with `first` before the first line and `rest` before the others.
    func prefixed(first: TextLine, rest: TextLine) -> [TextLine] {
        enumerated().map { index, line in
            let prefix = index == 0 ? first : rest
            return TextLine(text: prefix.text + line.text, width: prefix.width + line.width)
        }
    }
}
