import ShiryoFollowUp

/// Digits of one width in the whole document: the `notation.digits` the report declares
/// (`mixed`: one-digit numbers full width, longer ones half width), or else the style most
/// of its numbers already follow. Digits that belong to a Latin word (G7, 12.96DID) are the
/// Latin rule's.
public struct DigitWidthRule: LintRule {
    public let id = "digit-width"
    public let summary = "Digits of one width in the whole document (notation.digits, or the style most numbers follow)."

    public init() {}

    struct Number {
        var text: Int
        var range: Range<Int>
        var digits: [Unicode.Scalar]
        var hasSeparator: Bool
    }

    static func numbers(in document: LintDocument) -> [Number] {
        var result: [Number] = []
        for (index, text) in document.texts.enumerated() where text.has(.digits) {
            let chars = text.chars
            var position = 0
            while position < chars.count {
                guard Characters.isDigit(chars[position]) else { position += 1; continue }
                let start = position
                var digits: [Unicode.Scalar] = []
                var separator = false
                while position < chars.count {
                    let scalar = chars[position]
                    if Characters.isDigit(scalar) {
                        digits.append(scalar)
                        position += 1
                    } else if [".", ",", "．", "，"].contains(scalar), position + 1 < chars.count,
                              Characters.isDigit(chars[position + 1]) {
                        separator = true
                        position += 1
                    } else {
                        break
                    }
                }
                let before = start > 0 ? chars[start - 1] : " "
                let after = position < chars.count ? chars[position] : " "
                if !Characters.isLetter(before), !Characters.isLetter(after) {
                    result.append(Number(text: index, range: start..<position, digits: digits, hasSeparator: separator))
                }
            }
        }
        return result
    }

    /// The width a number should have in a style: true for full width.
    static func wantsFullwidth(_ number: Number, _ style: DigitStyle) -> Bool {
        switch style {
        case .halfwidth: false
        case .fullwidth: true
        case .mixed: number.digits.count == 1 && !number.hasSeparator
        }
    }

    static func isFullwidth(_ number: Number) -> Bool? {
        if number.digits.allSatisfy(Characters.isFullwidthDigit) { return true }
        if number.digits.allSatisfy(Characters.isHalfwidthDigit) { return false }
        return nil
    }

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        let numbers = Self.numbers(in: document)
        let style: DigitStyle
        let reason: String
        if let declared = document.declaredDigits {
            style = declared
            reason = "notation.digits is \(declared.rawValue)"
        } else {
            // The style that most numbers already follow; half width on a tie.
            let candidates: [DigitStyle] = [.halfwidth, .mixed, .fullwidth]
            let counts = candidates.map { candidate in
                numbers.filter { Self.isFullwidth($0) != Self.wantsFullwidth($0, candidate) }.count
            }
            let best = counts.indices.min { counts[$0] < counts[$1] } ?? 0
            style = candidates[best]
            reason = "most numbers of the document are written \(style.rawValue)"
        }
        var findings: [RuleFinding] = []
        for number in numbers {
            let full = Self.wantsFullwidth(number, style)
            guard Self.isFullwidth(number) != full else { continue }
            let text = document.texts[number.text]
            let written = text.string(number.range)
            let fixed = Characters.string(text.chars[number.range].map { full ? Characters.fullwidth($0) : Characters.halfwidth($0) })
                .replacingSeparators(fullwidth: full)
            let wanted = full ? "full-width" : "half-width"
            findings.append(RuleFinding(text: number.text, range: number.range,
                                        message: "'\(written)' should be written in \(wanted) digits ('\(fixed)'): \(reason)",
                                        replacement: fixed))
        }
        return findings
    }
}

extension String {
    fileprivate func replacingSeparators(fullwidth: Bool) -> String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch (scalar, fullwidth) {
            case (".", true): result.append("．")
            case (",", true): result.append("，")
            case ("．", false): result.append(".")
            case ("，", false): result.append(",")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
