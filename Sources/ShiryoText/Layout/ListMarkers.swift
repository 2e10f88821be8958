import ShiryoModel

/// The markers of the list styles of Japanese official documents.
///
/// A marker ending in a Wide character (・, （１）) is followed by the text directly, as in
/// print; any other marker (•, ○, 1., ①, ア) by one space. Numbers past what a style can
/// write (㊿, ン) fall back to a parenthesised number so no item loses its marker.
enum ListMarkers {
    static func marker(_ style: ListStyle, number: Int) -> String {
        switch style {
        case .bullet: "• "
        case .dot: "・"
        case .circle: "○ "
        case .decimal: "\(number). "
        case .parenthesized: "(\(number)) "
        case .fullwidthParenthesized: "（" + fullwidthDigits(number) + "）"
        case .circled: (circled(number) ?? "(\(number))") + " "
        case .katakana: (katakana(number) ?? "(\(number))") + " "
        case .none: ""
        }
    }

    static func fullwidthDigits(_ number: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in String(number).unicodeScalars {
            if ("0"..."9").contains(scalar), let wide = Unicode.Scalar(scalar.value - 0x30 + 0xFF10) {
                scalars.append(wide)
            } else {
                scalars.append(scalar == "-" ? "－" : scalar)
            }
        }
        return String(scalars)
    }

    /// ① … ⑳, ㉑ … ㉟, ㊱ … ㊿.
    static func circled(_ number: Int) -> String? {
        let value: UInt32
        switch number {
        case 1...20: value = 0x2460 + UInt32(number - 1)
        case 21...35: value = 0x3251 + UInt32(number - 21)
        case 36...50: value = 0x32B1 + UInt32(number - 36)
        default: return nil
        }
        return Unicode.Scalar(value).map { String(Character($0)) }
    }

    /// ア イ ウ … in the order of the 50-sound table (公用文 numbering).
    static func katakana(_ number: Int) -> String? {
        guard number >= 1, number <= gojuon.count else { return nil }
        return String(gojuon[number - 1])
    }

    private static let gojuon = Array("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン")
}
