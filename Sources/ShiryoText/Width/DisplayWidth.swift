/// Display width in terminal columns, after UAX #11 (East Asian Width).
///
/// - Wide (W) and Fullwidth (F): 2 columns.
/// - Ambiguous (A): 1 column, or 2 with `ambiguous: .wide` (CJK terminals).
/// - Nonspacing and enclosing marks, format characters and other zero-width characters: 0.
/// - Everything else (Narrow, Halfwidth, Neutral): 1.
///
/// A grapheme cluster (`Character`) is as wide as the sum of its scalars, but at most 2: a
/// cluster is drawn in one cell or one double cell (e + ◌́ is 1, an emoji ZWJ sequence is 2,
/// an emoji with the presentation selector U+FE0F is 2). The line breaker and the layout
/// measure by `Character`, so they agree with `of(_:ambiguous:)` for every string.
public enum DisplayWidth {
    /// The display width of a string: the sum of the widths of its grapheme clusters.
    public static func of(_ string: some StringProtocol, ambiguous: AmbiguousWidth) -> Int {
        // Printable ASCII is the common case in Latin runs: one column per byte.
        var asciiOnly = true
        var total = 0
        for byte in string.utf8 {
            if byte >= 0x80 {
                asciiOnly = false
                break
            }
            total += (byte >= 0x20 && byte != 0x7F) ? 1 : 0
        }
        if asciiOnly { return total }
        // Text without combining marks and joiners: one cluster per scalar.
        total = 0
        var singleScalars = true
        for scalar in string.unicodeScalars {
            guard SingleScalarClusters.contains(scalar.value) else {
                singleScalars = false
                break
            }
            total += of(scalarValue: scalar.value, ambiguous: ambiguous)
        }
        if singleScalars { return total }
        total = 0
        for character in string {
            total += of(character, ambiguous: ambiguous)
        }
        return total
    }

    /// The display width of one grapheme cluster (0, 1 or 2).
    public static func of(_ character: Character, ambiguous: AmbiguousWidth) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        guard let second = iterator.next() else { return of(first, ambiguous: ambiguous) }
        // Emoji presentation selector: drawn as a double cell.
        if second.value == 0xFE0F { return 2 }
        var sum = of(first, ambiguous: ambiguous) + of(second, ambiguous: ambiguous)
        while let scalar = iterator.next(), sum < 2 {
            if scalar.value == 0xFE0F { return 2 }
            sum += of(scalar, ambiguous: ambiguous)
        }
        return min(sum, 2)
    }

    /// The display width of one scalar (0, 1 or 2).
    public static func of(_ scalar: Unicode.Scalar, ambiguous: AmbiguousWidth) -> Int {
        of(scalarValue: scalar.value, ambiguous: ambiguous)
    }

    /// The display width of the scalar `value` (a valid scalar value).
    @inline(__always)
    static func of(scalarValue value: UInt32, ambiguous: AmbiguousWidth) -> Int {
        let code: UInt8
        if value < 0x1_0000 {
            code = basicPlaneCodes[Int(value)]
        } else {
            code = Unicode.Scalar(value).map { widthCode(EastAsianWidth.class(of: $0)) } ?? 1
        }
        // Codes 0, 1 and 2 are widths; 3 is Ambiguous.
        return code == 3 ? (ambiguous == .wide ? 2 : 1) : Int(code)
    }

    private static func widthCode(_ widthClass: EastAsianWidth) -> UInt8 {
        switch widthClass {
        case .zero: 0
        case .narrow: 1
        case .wide: 2
        case .ambiguous: 3
        }
    }

    /// The width class of every scalar of the Basic Multilingual Plane, as a width code, read
    /// from the generated table once (64 KiB): the line breaker measures every character of
    /// every cell, and the binary search was a tenth of its time. Surrogate code points,
    /// which are no scalars, get 1 and are never asked for.
    private static let basicPlaneCodes: [UInt8] = (0..<UInt32(0x1_0000)).map { value in
        Unicode.Scalar(value).map { widthCode(EastAsianWidth.class(of: $0)) } ?? 1
    }
}

/// The width class of a scalar, from the generated UAX #11 table.
public enum EastAsianWidth: Sendable, Equatable {
    case zero, narrow, wide, ambiguous

    /// The Unicode version the table was generated from.
    public static var unicodeVersion: String { eastAsianWidthUnicodeVersion }

    public static func `class`(of scalar: Unicode.Scalar) -> EastAsianWidth {
        let value = UInt64(scalar.value)
        // Controls are never printed (the layout replaces or drops them); printable ASCII
        // and Latin-1 letters are narrow without a search.
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return .zero }
        if value < 0xA1 { return .narrow }
        // Kana and the common ideographs and fullwidth forms, the bulk of Japanese text.
        if (0x3041...0x30FF).contains(value) && value != 0x3099 && value != 0x309A { return .wide }
        if (0x4E00...0x9FFF).contains(value) || (0xFF01...0xFF60).contains(value) { return .wide }
        let table = eastAsianWidthRanges
        var low = 0
        var high = table.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let entry = table[middle]
            let first = entry >> 32
            let last = (entry >> 8) & 0xFF_FFFF
            if value < first {
                high = middle - 1
            } else if value > last {
                low = middle + 1
            } else {
                switch entry & 0xFF {
                case 0: return .zero
                case 2: return .wide
                case 3: return .ambiguous
                default: return .narrow
                }
            }
        }
        return .narrow
    }
}
