/// Which characters a report may hold, and where the first bad byte of a file is.
///
/// Every output format is XML or plain text shown to people, so a value may hold only what
/// XML 1.0 can carry and a reader can see: no C0 control but tab and line feed, no DEL or C1
/// control, no noncharacter (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF). The file itself may hold, raw,
/// those characters plus carriage return (a line break), and must be valid UTF-8.
enum InputCharacters {
    /// True if a value (text, key, id, path) may hold the scalar.
    static func isAllowedInValue(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x9, 0xA: return true
        case 0..<0x20, 0x7F...0x9F: return false
        case 0xFDD0...0xFDEF: return false
        default: return value & 0xFFFE != 0xFFFE
        }
    }

    /// The first scalar of `text` a value may not hold, with its offset in scalars.
    static func firstDisallowed(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        // Nearly every value is decided by its bytes alone, without decoding a scalar.
        if text.utf8.withContiguousStorageIfAvailable({ mayHoldDisallowed($0) }) == false { return nil }
        return firstDisallowedScalar(in: text)
    }

    /// False when no byte of well-formed UTF-8 can begin a scalar a value may not hold: no C0
    /// control but tab and line feed, no DEL, no C2 80–9F (C1 controls), no EF B7 or EF BF (the
    /// three-byte noncharacters lie there) and no four-byte sequence (U+xFFFE, U+xFFFF). True
    /// means "look closer" (`firstDisallowedScalar`): the check errs only towards it.
    static func mayHoldDisallowed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F || byte == 0x9 || byte == 0xA || byte >= 0xC3 && byte < 0xEF {
                index += 1
                continue
            }
            if byte >= 0x80 && byte < 0xC2 {  // a continuation byte: its lead byte decided
                index += 1
                continue
            }
            let next = index + 1 < count ? bytes[index + 1] : 0
            if byte == 0xC2 && !(next >= 0x80 && next <= 0x9F) || byte == 0xEF && next != 0xB7 && next != 0xBF {
                index += 1
                continue
            }
            return true
        }
        return false
    }

    /// `firstDisallowed` scalar by scalar: the general path.
    static func firstDisallowedScalar(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        var offset = 0
        for scalar in text.unicodeScalars {
            if !isAllowedInValue(scalar) { return (offset, scalar) }
            offset += 1
        }
        return nil
    }

    /// How a disallowed scalar is named in messages: `U+0001 (a control character)`.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar.value {
        case 0: return "\(code) (NUL)"
        case 0x7: return "\(code) (BEL)"
        case 0x1B: return "\(code) (ESC)"
        case 0xD: return "\(code) (carriage return)"
        case 0..<0x20, 0x7F: return "\(code) (a control character)"
        case 0x80...0x9F: return "\(code) (a C1 control character)"
        default: return "\(code) (a noncharacter)"
        }
    }

    /// A problem found in the raw bytes of a file.
    struct ByteProblem: Equatable {
        var line: Int
        var column: Int
        /// The byte offset of the problem in the file.
        var offset: Int
        var message: String
    }

    /// Every bad byte sequence of a file (at most `limit`), each with its line and column
    /// (columns count Unicode scalars from 1, as the YAML parser's do), in file order.
    ///
    /// `sanitized`, when given, receives the file with each bad sequence replaced by one `?`,
    /// so that it can still be parsed to find the key path of each problem (the lines and
    /// columns of everything else stay the same).
    static func byteProblems(
        _ bytes: UnsafeBufferPointer<UInt8>, limit: Int = 20, sanitized: inout [UInt8]?
    ) -> [ByteProblem] {
        var problems: [ByteProblem] = []
        var line = 1
        var column = 1
        var index = 0
        let count = bytes.count
        let keepsCopy = sanitized != nil
        func add(_ message: String) {
            if problems.count < limit {
                problems.append(ByteProblem(line: line, column: column, offset: index, message: message))
            }
        }
        func copy(_ range: Range<Int>) {
            if keepsCopy { sanitized?.append(contentsOf: bytes[range]) }
        }
        func replace() {
            if keepsCopy { sanitized?.append(UInt8(ascii: "?")) }
        }
        while index < count {
            if problems.count >= limit, !keepsCopy { break }
            let byte = bytes[index]
            if byte < 0x80 {
                switch byte {
                case 0xA:
                    copy(index..<index + 1)
                    line += 1; column = 1; index += 1
                    continue
                case 0xD:
                    let end = index + 1 < count && bytes[index + 1] == 0xA ? index + 2 : index + 1
                    copy(index..<end)
                    line += 1; column = 1; index = end
                    continue
                case 0x9, 0x20...0x7E:
                    copy(index..<index + 1)
                default:
                    add("the file holds \(describe(Unicode.Scalar(byte))); expected text without control characters")
                    replace()
                }
                column += 1; index += 1
                continue
            }
            guard let (scalar, length) = decode(bytes, at: index) else {
                let hex = String(byte, radix: 16, uppercase: true)
                add(isTruncatedSequence(bytes, at: index)
                    ? "the file ends inside a UTF-8 sequence (byte 0x\(hex)); expected UTF-8 text"
                    : "byte 0x\(hex) is not valid UTF-8 here; expected a UTF-8 encoded YAML or JSON file")
                replace()
                // Resynchronise on the next byte that can start a character.
                index += 1
                while index < count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                column += 1
                continue
            }
            if isAllowedInValue(scalar) {
                copy(index..<index + length)
            } else {
                add("the file holds \(describe(scalar)); expected text without control characters or noncharacters")
                replace()
            }
            index += length
            // The YAML parser counts LINE SEPARATOR and PARAGRAPH SEPARATOR as line breaks.
            if scalar.value == 0x2028 || scalar.value == 0x2029 {
                line += 1; column = 1
            } else {
                column += 1
            }
        }
        return problems
    }

    /// True if `byteProblems` finds nothing in the bytes: the same rule in one pass that
    /// counts neither lines nor columns (those matter only once a problem is found).
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte >= 0x20 && byte != 0x7F || byte == 0x9 || byte == 0xA || byte == 0xD else { return false }
                index += 1
                continue
            }
            // Kana and kanji (U+1000–CFFF) and private use (U+E000–EFFF): three well-formed
            // bytes are always allowed (E0 may be overlong, ED a surrogate, EF a noncharacter).
            if byte >= 0xE1 && byte <= 0xEE && byte != 0xED, index + 2 < count,
               bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                index += 3
                continue
            }
            guard let (scalar, length) = decode(bytes, at: index), isAllowedInValue(scalar) else { return false }
            index += length
        }
        return true
    }

    /// The scalar of a well-formed (shortest form, no surrogate, at most U+10FFFF) UTF-8
    /// sequence starting at `index`, and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value),
              let scalar = Unicode.Scalar(value)
        else { return nil }
        return (scalar, length)
    }

    /// True if the bytes from `index` are the valid start of a sequence cut off by the end.
    private static func isTruncatedSequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        let length = switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
        guard length > 0, index + length > bytes.count else { return false }
        return bytes[(index + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }
}
