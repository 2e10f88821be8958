/// Numbering typed by hand follows 1 → （1） → ア → （ア）: in the lines of one text and in the
/// items of one list, a level is entered only from the level above it, and each level
/// counts on from 1 (or ア) without gaps. A block may start at any level, since the
/// headings above it are the document's.
public struct NumberingOrderRule: LintRule {
    public let id = "numbering-order"
    public let summary = "Numbering typed by hand in the order 1 → （1） → ア → （ア）, counting without gaps."

    public init() {}

    static let iroha: [Unicode.Scalar] = Array("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン".unicodeScalars)
    static let levelNames = ["1", "（1）", "ア", "（ア）"]

    /// The numbering glyph a line starts with: its level (0 for 1, 1 for （1）, 2 for ア, 3 for
    /// （ア）), its number and its length.
    static func glyph(_ chars: ArraySlice<Unicode.Scalar>) -> (level: Int, number: Int, length: Int)? {
        var index = chars.startIndex
        while index < chars.endIndex, chars[index] == " " || chars[index] == "　" { index += 1 }
        guard index < chars.endIndex else { return nil }
        let open = chars[index] == "（" || chars[index] == "("
        var position = open ? index + 1 : index
        var number = 0
        var digits = 0
        while position < chars.endIndex, Characters.isDigit(chars[position]) {
            number = number * 10 + Int(Characters.halfwidth(chars[position]).value - 48)
            digits += 1
            position += 1
        }
        var kana = false
        if digits == 0, position < chars.endIndex, let place = iroha.firstIndex(of: chars[position]) {
            number = place + 1
            kana = true
            position += 1
        }
        guard digits > 0 || kana, position < chars.endIndex else { return nil }
        let next = chars[position]
        if open {
            guard next == "）" || next == ")" else { return nil }
            return (kana ? 3 : 1, number, position + 1 - chars.startIndex)
        }
        // 1． 1. 1 ア． ア　: a separator must follow, so ア in アクション is no numbering.
        guard ["．", ".", " ", "　", "、"].contains(next) else { return nil }
        if next == "、", !kana { return nil }
        return (kana ? 2 : 0, number, position + 1 - chars.startIndex)
    }

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        // Blocks: the lines of each text, and the first lines of the items of each list.
        var blocks: [[(text: Int, start: Int)]] = []
        var listKey: String?
        var listBlock: [(text: Int, start: Int)] = []
        for (index, text) in document.texts.enumerated() {
            if text.chars.contains("\n") {
                var lines: [(text: Int, start: Int)] = [(index, 0)]
                for (position, scalar) in text.chars.enumerated() where scalar == "\n" { lines.append((index, position + 1)) }
                blocks.append(lines)
            }
            let key = Self.listKey(text.keyPath)
            if key != listKey {
                if listBlock.count > 1 { blocks.append(listBlock) }
                listBlock = []
                listKey = key
            }
            if key != nil { listBlock.append((index, 0)) }
        }
        if listBlock.count > 1 { blocks.append(listBlock) }

        var findings: [RuleFinding] = []
        for block in blocks {
            var counters: [Int] = []
            for line in block {
                let chars = document.texts[line.text].chars
                let end = chars[line.start...].firstIndex(of: "\n") ?? chars.count
                guard let glyph = Self.glyph(chars[line.start..<end]) else { continue }
                let range = line.start..<(line.start + glyph.length)
                let written = document.texts[line.text].string(range)
                // The first glyph of a block may start below level 1: the headings above it
                // (a goal's １．, a strategy's （１）) are the document's.
                if counters.isEmpty { counters = Array(repeating: 0, count: glyph.level) }
                if glyph.level > counters.count {
                    let expected = counters.count < Self.levelNames.count ? Self.levelNames[counters.count] : "1"
                    findings.append(RuleFinding(text: line.text, range: range,
                                                message: "numbering '\(written)' at level \(Self.levelNames[glyph.level]) where level \(expected) is expected; the order is 1 → （1） → ア → （ア）"))
                    continue
                }
                if counters.count > glyph.level + 1 { counters.removeSubrange((glyph.level + 1)...) }
                let previous = glyph.level < counters.count ? counters[glyph.level] : 0
                if glyph.number != previous + 1 {
                    findings.append(RuleFinding(text: line.text, range: range,
                                                message: "numbering '\(written)' follows number \(previous) at its level; expected number \(previous + 1)"))
                }
                if glyph.level < counters.count { counters[glyph.level] = glyph.number } else { counters.append(glyph.number) }
            }
        }
        return findings
    }

    /// `goals[0].nextYear` for `goals[0].nextYear[2]`; nil for a text that is no list item.
    static func listKey(_ keyPath: String) -> String? {
        let utf8 = keyPath.utf8
        guard utf8.last == UInt8(ascii: "]"), let open = utf8.lastIndex(of: UInt8(ascii: "[")) else { return nil }
        let digits = utf8[utf8.index(after: open)..<utf8.index(before: utf8.endIndex)]
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return String(keyPath[..<open])
    }
}
