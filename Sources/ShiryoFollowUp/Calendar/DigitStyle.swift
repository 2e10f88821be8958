/// How digits in derived text are written.
public enum DigitStyle: String, Sendable, Equatable, CaseIterable {
    /// 令和6年度
    case halfwidth
    /// 令和６年度
    case fullwidth
    /// One-digit numbers in full width, longer ones in half width (令和５年度, 2024年３月31日):
    /// a common habit of official documents typed in Japanese word processors.
    case mixed

    /// Writes a non-negative integer in this style.
    public func format(_ number: Int) -> String {
        let ascii = String(number)
        switch self {
        case .halfwidth:
            return ascii
        case .fullwidth:
            return DigitStyle.widen(ascii)
        case .mixed:
            return ascii.count == 1 ? DigitStyle.widen(ascii) : ascii
        }
    }

    /// Writes a code such as 1-2 in this style: each run of digits as a number, and the
    /// hyphen in full width where digits may be (資料１－２).
    public func formatCode(_ code: String) -> String {
        guard self != .halfwidth else { return code }
        var result = ""
        var run = ""
        func flush() {
            if !run.isEmpty { result += Int(run).map(format) ?? run }
            run = ""
        }
        for character in code {
            if character.isASCIIDigit {
                run.append(character)
            } else {
                flush()
                result.append(character == "-" ? "－" : character)
            }
        }
        flush()
        return result
    }

    static func widen(_ ascii: String) -> String {
        String(String.UnicodeScalarView(ascii.unicodeScalars.map { scalar in
            guard ("0"..."9").contains(scalar), let wide = Unicode.Scalar(scalar.value - 0x30 + 0xFF10) else {
                return scalar
            }
            return wide
        }))
    }
}
