/// Escaping of data for GitHub-flavoured Markdown.
///
/// Text is escaped in two steps. ``text(_:)`` escapes what is markup anywhere on a line
/// (emphasis, code, links, raw HTML, entities, table cells, strikethrough, emoji
/// shortcodes, and the addresses GFM links by itself: `www.`, `scheme://`, `a@b.c`) and
/// turns control characters into spaces, so a string is always one line of literal text,
/// as in every other format. ``lineStart(_:)`` then escapes what is markup only at the start of a
/// line (list items, block quotes, setext underlines), and is applied to every line a
/// writer starts, after the line's leading spaces are removed (four of them would make an
/// indented code block).
enum MarkdownEscaping {
    /// Characters escaped wherever they are. `#` is included because a heading's closing
    /// sequence is any run of `#` at its end, `!` because `![` starts an image, `@`
    /// because GFM links e-mail addresses.
    ///
    /// Markdown parsers read code points, not grapheme clusters (`*` followed by a
    /// combining accent is still a `*`), so escaping works on Unicode scalars throughout.
    private static let alwaysEscaped: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", "&", "#", "|", "~", "!", "@",
    ]

    static func text(_ raw: String) -> String {
        let scalars = Array(raw.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar.properties.generalCategory == .control {
                result.append(" ")
                continue
            }
            let escaped = alwaysEscaped.contains(scalar)
                || (scalar == ":" && (startsEmojiShortcode(scalars, at: index + 1)
                    || scalars[(index + 1)...].starts(with: ["/", "/"])))
                || (scalar == "." && index >= 3
                    && String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased() == "www")
            if escaped { result.append("\\") }
            result.append(scalar)
        }
        return String(result)
    }

    /// A line of already escaped inline Markdown, made safe to start a line with: `- x`,
    /// `+ x`, `> x`, `1. x`, `1) x` and `===` would otherwise be block markup.
    static func lineStart(_ line: String) -> String {
        let scalars = line.unicodeScalars
        guard let first = scalars.first else { return line }
        switch first {
        case "-", "+", "=", ">":
            return "\\" + line
        case "0"..."9":
            let digits = scalars.prefix { ("0"..."9").contains($0) }
            let rest = scalars.dropFirst(digits.count)
            guard let next = rest.first, next == "." || next == ")" else { return line }
            return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
        default:
            return line
        }
    }

    /// A link or image destination: everything but RFC 3986's unreserved characters (and,
    /// for a path, `/`) percent-encoded, so it can never end the link, become a scheme or
    /// carry a title.
    static func destination(_ raw: String, keepingSlashes: Bool) -> String {
        var result = ""
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "/") where keepingSlashes:
                result.append("/")
            default:
                result += "%" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0xF)]
            }
        }
        return result
    }

    /// Removes the spaces and tabs Markdown would drop or misread at either end of a line.
    static func trimmed(_ line: String) -> String {
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    private static let hexDigits = (0..<16).map { String($0, radix: 16, uppercase: true) }

    /// Whether `:name:` (GitHub's and pandoc's emoji) starts at `index`, just after a colon.
    private static func startsEmojiShortcode(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var position = index
        while position < scalars.count, isShortcodeScalar(scalars[position]) {
            position += 1
        }
        return position > index && position < scalars.count && scalars[position] == ":"
    }

    private static func isShortcodeScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_+-".unicodeScalars.contains(scalar))
    }
}
