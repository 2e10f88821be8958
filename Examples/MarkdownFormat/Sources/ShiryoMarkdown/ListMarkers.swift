import ShiryoModel

/// What Markdown can say of the model's list styles.
///
/// Markdown has bullets and decimal numbers only, so every numbered style ((1), （１）, ①, ア)
/// becomes a decimal list, and `.none` (items that carry their own markers) is written as
/// the items' blocks one after another. Inside a table cell, where a list cannot go, the
/// items are written on one line with the markers the printed documents use.
enum ListMarkers {
    static func isOrdered(_ style: ListStyle) -> Bool {
        switch style {
        case .decimal, .parenthesized, .fullwidthParenthesized, .circled, .katakana: true
        case .bullet, .dot, .circle, .none: false
        }
    }

    /// The highest number a CommonMark list marker may have (nine digits).
    static let largestNumber = 999_999_999

    /// A list's first number as Markdown can write it.
    static func start(of list: ListBlock) -> Int {
        min(max(list.start, 0), largestNumber)
    }

    /// The printed marker of item `index` (0-based), or nil for `.none`.
    static func printed(_ list: ListBlock, index: Int) -> String? {
        let number = min(start(of: list) + index, largestNumber)
        switch list.style {
        case .bullet: return "•"
        case .dot: return "・"
        case .circle: return "○"
        case .decimal: return "\(number)."
        case .parenthesized: return "(\(number))"
        case .fullwidthParenthesized: return "（" + fullwidthDigits(number) + "）"
        case .circled: return circled(number) ?? "(\(number))"
        case .katakana: return katakana(number) ?? "(\(number))"
        case .none: return nil
        }
    }

    private static func fullwidthDigits(_ number: Int) -> String {
        String(String(number).unicodeScalars.map { scalar in
            Character(Unicode.Scalar(scalar.value - 0x30 + 0xFF10) ?? scalar)
        })
    }

    /// ① … ⑳, ㉑ … ㉟, ㊱ … ㊿.
    private static func circled(_ number: Int) -> String? {
        let value: Int
        switch number {
        case 1...20: value = 0x2460 + number - 1
        case 21...35: value = 0x3251 + number - 21
        case 36...50: value = 0x32B1 + number - 36
        default: return nil
        }
        return Unicode.Scalar(value).map { String(Character($0)) }
    }

    private static let katakanaOrder = Array("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン")

    private static func katakana(_ number: Int) -> String? {
        guard number >= 1, number <= katakanaOrder.count else { return nil }
        return String(katakanaOrder[number - 1])
    }
}
