/// The character classes the rules speak of.
enum Characters {
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3005, 0x3006, 0x3007: true
        default: false
        }
    }

    static func isKana(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3041...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF, 0xFF66...0xFF9F: true
        default: false
        }
    }

    /// Kanji, hiragana or katakana: the letters of Japanese text (not its punctuation).
    static func isJapanese(_ s: Unicode.Scalar) -> Bool { isHan(s) || isKana(s) }

    static func isHalfwidthDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    static func isFullwidthDigit(_ s: Unicode.Scalar) -> Bool { (0xFF10...0xFF19).contains(s.value) }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { isHalfwidthDigit(s) || isFullwidthDigit(s) }

    static func isHalfwidthLetter(_ s: Unicode.Scalar) -> Bool { ("A"..."Z").contains(s) || ("a"..."z").contains(s) }
    static func isFullwidthLetter(_ s: Unicode.Scalar) -> Bool {
        (0xFF21...0xFF3A).contains(s.value) || (0xFF41...0xFF5A).contains(s.value)
    }
    static func isLetter(_ s: Unicode.Scalar) -> Bool { isHalfwidthLetter(s) || isFullwidthLetter(s) }

    static func isHalfwidthAlphanumeric(_ s: Unicode.Scalar) -> Bool { isHalfwidthLetter(s) || isHalfwidthDigit(s) }

    static func isHalfwidthKatakana(_ s: Unicode.Scalar) -> Bool { (0xFF61...0xFF9F).contains(s.value) }

    /// The other width of a digit or Latin letter (full-width forms are ASCII + 0xFEE0).
    static func halfwidth(_ s: Unicode.Scalar) -> Unicode.Scalar {
        guard isFullwidthDigit(s) || isFullwidthLetter(s), let half = Unicode.Scalar(s.value - 0xFEE0) else { return s }
        return half
    }

    static func fullwidth(_ s: Unicode.Scalar) -> Unicode.Scalar {
        guard isHalfwidthDigit(s) || isHalfwidthLetter(s), let full = Unicode.Scalar(s.value + 0xFEE0) else { return s }
        return full
    }

    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}
