/// A line of output text and its display width, measured once.
///
/// A line is kept as a `String`, or as the UTF-8 a table's grid put together: a table row
/// goes straight to the output, and making it a `String` first (which checks every byte
/// again) was a tenth of the text format's time.
struct TextLine: Equatable {
    private enum Storage {
        case string(String)
        /// Whole UTF-8 sequences, made from strings and spaces.
        case utf8([UInt8])
    }

    private var storage: Storage
    var width: Int

    init(text: String, width: Int) {
        storage = .string(text)
        self.width = width
    }

    /// A line of `utf8`, which must be whole UTF-8 sequences (as `LineBytes` holds).
    init(utf8: [UInt8], width: Int) {
        storage = .utf8(utf8)
        self.width = width
    }

    static let empty = TextLine(text: "", width: 0)

    var text: String {
        switch storage {
        case .string(let text): text
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Calls `body` with the line's UTF-8.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .utf8(let bytes):
            return bytes.withUnsafeBufferPointer(body)
        case .string(let text):
            if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
            return Array(text.utf8).withUnsafeBufferPointer(body)
        }
    }

    /// The line followed by spaces up to `width` columns (never shortened).
    func padded(to width: Int) -> String {
        self.width >= width ? text : text + spaces(width - self.width)
    }

    /// `self` followed by `other`, kept as UTF-8 if either is.
    func followed(by other: TextLine) -> TextLine {
        if case .string(let first) = storage, case .string(let second) = other.storage {
            return TextLine(text: first + second, width: width + other.width)
        }
        var bytes = LineBytes()
        bytes.append(self)
        bytes.append(other)
        return TextLine(utf8: bytes.finished, width: width + other.width)
    }

    static func == (lhs: TextLine, rhs: TextLine) -> Bool {
        lhs.width == rhs.width && lhs.withUTF8 { left in rhs.withUTF8 { left.elementsEqual($0) } }
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
            return prefix.followed(by: line)
        }
    }
}
