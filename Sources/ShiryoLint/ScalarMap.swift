import ShiryoFollowUp

/// Where each Unicode scalar of a YAML/JSON scalar's value was written in the file.
///
/// The value is walked beside its source text from the scalar's start: characters written
/// as they are match one to one; indentation, line folding and chomping consume source
/// without value; quotes doubled in single-quoted scalars and escapes of double-quoted ones
/// (JSON strings included) consume several source scalars for one
/// value scalar. A value scalar is `literal` when it is exactly one source scalar that
/// directly follows the previous one, so replacing it is a plain text edit.
struct ScalarMap {
    /// Source offset of each value scalar.
    private(set) var offsets: [Int]
    /// Whether each value scalar is written as itself, right after the previous one.
    private(set) var literal: [Bool]
    /// Source offset just after the value's last scalar.
    private(set) var end: Int

    init(value: [Unicode.Scalar], source: SourceText, start: Int, style: YAMLNode.Scalar.Style) {
        let src = source.scalars
        var position = start
        // The node's mark may be at its anchor or tag (&name, !!str) before the scalar.
        while position < src.count, src[position] == "&" || src[position] == "!" {
            while position < src.count, !ScalarMap.isBlank(src[position]) { position += 1 }
            while position < src.count, src[position] == " " || src[position] == "\t" { position += 1 }
        }
        switch style {
        case .literal, .folded:
            while position < src.count, !SourceText.isLineBreak(src[position]) { position += 1 }
            if position < src.count {
                if src[position] == "\r", position + 1 < src.count, src[position + 1] == "\n" { position += 1 }
                position += 1
            }
        case .singleQuoted, .doubleQuoted:
            position += 1
        default:
            break
        }
        offsets = []
        literal = []
        offsets.reserveCapacity(value.count)
        literal.reserveCapacity(value.count)
        var skipped = false
        var lost = false
        for scalar in value {
            let blank = ScalarMap.isBlank(scalar)
            var matched = false
            while !lost, position < src.count {
                let written = src[position]
                if style == .doubleQuoted, written == "\\" {
                    let escape = ScalarMap.escape(in: src, at: position)
                    if escape.lineBreak {
                        position += escape.length
                        skipped = true
                        continue
                    }
                    if escape.value == scalar {
                        offsets.append(position)
                        literal.append(false)
                        position += escape.length
                        matched = true
                        break
                    }
                    if blank { break }
                    lost = true
                    break
                }
                if style == .singleQuoted, written == "'", scalar == "'",
                   position + 1 < src.count, src[position + 1] == "'" {
                    offsets.append(position)
                    literal.append(false)
                    position += 2
                    matched = true
                    break
                }
                if written == scalar {
                    offsets.append(position)
                    literal.append(!(blank && skipped))
                    position += 1
                    matched = true
                    break
                }
                if ScalarMap.isBlank(written) {
                    position += 1
                    skipped = true
                    continue
                }
                if !blank { lost = true }
                break
            }
            if !matched {
                // A space or line break the folding made, or a value the walk lost: point at
                // where the walk stands, never edit it.
                offsets.append(min(position, max(src.count - 1, 0)))
                literal.append(false)
                skipped = true
            } else {
                skipped = false
            }
        }
        end = position
    }

    /// The source range of value scalars `range`, when they are written one to one and
    /// contiguously (so replacing that source text replaces exactly them).
    func sourceRange(of range: Range<Int>) -> Range<Int>? {
        if range.isEmpty {
            // An insertion before value scalar `range.lowerBound` (or at the end).
            if range.lowerBound < offsets.count {
                return literal[range.lowerBound] ? offsets[range.lowerBound]..<offsets[range.lowerBound] : nil
            }
            guard let last = offsets.last, literal[offsets.count - 1] else { return nil }
            return (last + 1)..<(last + 1)
        }
        guard range.upperBound <= offsets.count else { return nil }
        for index in range {
            guard literal[index] else { return nil }
            if index > range.lowerBound, offsets[index] != offsets[index - 1] + 1 { return nil }
        }
        return offsets[range.lowerBound]..<(offsets[range.upperBound - 1] + 1)
    }

    func offset(of index: Int) -> Int {
        if index < offsets.count { return offsets[index] }
        return offsets.last.map { $0 + 1 } ?? end
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || SourceText.isLineBreak(scalar)
    }

    /// A double-quoted escape at `position` (a backslash): the scalar it stands for and how
    /// many source scalars it takes; `lineBreak` for an escaped line break.
    static func escape(in src: [Unicode.Scalar], at position: Int) -> (value: Unicode.Scalar?, length: Int, lineBreak: Bool) {
        guard position + 1 < src.count else { return (nil, 1, false) }
        let letter = src[position + 1]
        if let value = simpleEscapes[letter] { return (value, 2, false) }
        if SourceText.isLineBreak(letter) {
            var length = 2
            if letter == "\r", position + 2 < src.count, src[position + 2] == "\n" { length = 3 }
            return (nil, length, true)
        }
        let digits: Int
        switch letter {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default: return (nil, 2, false)
        }
        guard let code = hex(src, from: position + 2, count: digits) else { return (nil, 2, false) }
        return (Unicode.Scalar(UInt32(code)), 2 + digits, false)
    }

    private static let simpleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "\u{0}", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{B}",
        "f": "\u{C}", "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\",
        "N": "\u{85}", "_": "\u{A0}", "L": "\u{2028}", "P": "\u{2029}",
    ]

    private static func hex(_ src: [Unicode.Scalar], from start: Int, count: Int) -> Int? {
        guard start + count <= src.count else { return nil }
        var code = 0
        for scalar in src[start..<(start + count)] {
            guard let digit = Int(String(scalar), radix: 16) else { return nil }
            code = code * 16 + digit
        }
        return code
    }
}
