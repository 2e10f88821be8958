/// Measures text the way PowerPoint and LibreOffice set it in Noto Sans CJK JP, so that a
/// slide's font size can be chosen before it is written (neither client re-flows text on
/// opening, and PowerPoint computes autofit only when it saves).
///
/// Widths are in ems. East Asian characters are one em; ASCII takes the font's own
/// advance widths (the larger of regular and bold); other characters an estimate. Lines
/// break as Japanese text does: between any two ideographs or kana, never inside a Latin
/// word or number, never before a closing bracket, small kana or 、。 and never after an
/// opening bracket (JLREQ's line-start and line-end prohibitions).
enum TextMeasure {
    /// Advance widths of U+0020…U+007E in thousandths of an em: the larger of Noto Sans
    /// CJK JP Regular and Bold (read from the fonts' hmtx tables).
    private static let asciiWidths: [UInt16] = [
        227, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 392,
        590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 325, 325, 590, 590, 590, 514,
        1007, 641, 681, 656, 714, 615, 585, 717, 757, 330, 568, 686, 578, 853, 749, 770,
        667, 770, 682, 624, 625, 748, 619, 915, 627, 580, 613, 378, 392, 378, 590, 567,
        626, 591, 644, 527, 644, 581, 372, 597, 640, 304, 306, 604, 315, 964, 641, 626,
        644, 644, 436, 495, 421, 637, 576, 863, 562, 574, 511, 378, 296, 378, 590,
    ]

    static func width(of scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if value >= 0x20, value < 0x7F { return Double(asciiWidths[Int(value - 0x20)]) / 1000 }
        switch value {
        case 0xFF61...0xFF9F: return 0.5            // half-width katakana
        case 0x2018, 0x2019: return 0.33
        case 0x201C, 0x201D: return 0.58
        case 0x2013: return 0.55
        case 0x2014: return 0.91
        case 0x00B0: return 0.41
        case 0x00A0...0x024F, 0x0370...0x04FF: return 0.65   // Latin, Greek, Cyrillic letters
        default: return 1
        }
    }

    /// Lines that `text` takes in a line `lineEms` wide; `\n` starts a new line.
    ///
    /// One pass over the scalars: each unit between break opportunities is placed as soon as
    /// it ends (the planner measures every paragraph of a slide at every size it tries).
    static func lineCount(_ text: String, lineEms: Double) -> Int {
        var filling = Filling(lineEms: max(lineEms, 2))
        var total = 0
        var current = 0.0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if current > 0 { filling.place(current) }
                total += filling.lines
                filling = Filling(lineEms: filling.lineEms)
                current = 0
                previous = nil
                continue
            }
            let isSpace = scalar == " " || scalar == "\u{3000}"
            if let previous, current > 0, isSpace || canBreak(between: previous, and: scalar) {
                filling.place(current)
                current = 0
            }
            if isSpace {
                filling.used += width(of: scalar)  // a space at the end of a line hangs: it never wraps
                previous = nil
                continue
            }
            current += width(of: scalar)
            previous = scalar
        }
        if current > 0 { filling.place(current) }
        return total + filling.lines
    }

    /// Greedy filling of unbreakable units, as a line breaker that may break wherever the
    /// rules allow does.
    private struct Filling {
        let lineEms: Double
        var lines = 1
        var used = 0.0

        init(lineEms: Double) { self.lineEms = lineEms }

        mutating func place(_ width: Double) {
            if used + width <= lineEms {
                used += width
            } else if width <= lineEms {
                lines += 1
                used = width
            } else {
                // A word longer than a line is broken where it must be, from the current line on.
                let total = used + width
                let extra = Int((total / lineEms).rounded(.up)) - 1
                lines += extra
                used = total - Double(extra) * lineEms
            }
        }
    }

    private static func canBreak(between before: Unicode.Scalar, and after: Unicode.Scalar) -> Bool {
        let afterClass = characterClass(after)
        let beforeClass = characterClass(before)
        if afterClass & noLineStartFlag != 0 || beforeClass & noLineEndFlag != 0 { return false }
        // Latin words, numbers and their punctuation stay together.
        return beforeClass & wordFlag == 0 || afterClass & wordFlag == 0
    }

    private static let noLineStartFlag: UInt8 = 1
    private static let noLineEndFlag: UInt8 = 2
    private static let wordFlag: UInt8 = 4

    /// The flags of a scalar: looked up in a table of the Basic Multilingual Plane, made once
    /// (every pair of neighbouring characters of every paragraph is asked about).
    private static func characterClass(_ scalar: Unicode.Scalar) -> UInt8 {
        scalar.value < 0x10000 ? classes[Int(scalar.value)] : 0
    }

    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for scalar in noLineStart { table[Int(scalar.value)] |= noLineStartFlag }
        for scalar in noLineEnd { table[Int(scalar.value)] |= noLineEndFlag }
        for value in 0..<0x10000 where table[value] == 0 {
            if value < 0x2E80 || (0xFF10...0xFF19).contains(value) || (0xFF21...0xFF3A).contains(value)
                || (0xFF41...0xFF5A).contains(value) {
                table[value] |= wordFlag
            }
        }
        return table
    }()

    private static let noLineStart = Set("）」』】〕〉》］｝〙〗、。，．・：；？！ー‐゠–〜ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ)]},.:;!?%".unicodeScalars)
    private static let noLineEnd = Set("（「『【〔〈《［｛〘〖([{".unicodeScalars)
}
