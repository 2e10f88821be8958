import ShiryoFollowUp

/// What kinds of characters a text holds, found in one pass, so that each rule skips the
/// texts it has nothing to look at.
public struct TextFeatures: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let digits = TextFeatures(rawValue: 1 << 0)
    public static let halfwidthAlphanumerics = TextFeatures(rawValue: 1 << 1)
    public static let fullwidthAlphanumerics = TextFeatures(rawValue: 1 << 2)
    public static let halfwidthKatakana = TextFeatures(rawValue: 1 << 3)
    public static let brackets = TextFeatures(rawValue: 1 << 4)
    public static let asciiParenthesesOrColon = TextFeatures(rawValue: 1 << 5)
    public static let counters = TextFeatures(rawValue: 1 << 6)
    public static let punctuation = TextFeatures(rawValue: 1 << 7)
    public static let lineBreaks = TextFeatures(rawValue: 1 << 8)
    public static let spaces = TextFeatures(rawValue: 1 << 9)

    init(_ chars: [Unicode.Scalar]) {
        var features: TextFeatures = []
        for scalar in chars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39: features.formUnion([.digits, .halfwidthAlphanumerics])
                case 0x41...0x5A, 0x61...0x7A: features.insert(.halfwidthAlphanumerics)
                case 0x28, 0x29: features.formUnion([.asciiParenthesesOrColon, .brackets])
                case 0x3A: features.insert(.asciiParenthesesOrColon)
                case 0x0A: features.insert(.lineBreaks)
                case 0x20: features.insert(.spaces)
                default: break
                }
            } else if value < 0x3000 {
                continue
            } else if value <= 0x303F {
                switch value {
                case 0x3001, 0x3002: features.insert(.punctuation)
                case 0x3008...0x3015: features.insert(.brackets)
                default: break
                }
            } else if value >= 0xFF00 {
                switch value {
                case 0xFF10...0xFF19: features.formUnion([.digits, .fullwidthAlphanumerics])
                case 0xFF21...0xFF3A, 0xFF41...0xFF5A: features.insert(.fullwidthAlphanumerics)
                case 0xFF08, 0xFF09: features.insert(.brackets)
                case 0xFF0C, 0xFF0E: features.insert(.punctuation)
                case 0xFF61...0xFF9F: features.insert(.halfwidthKatakana)
                default: break
                }
                if value == 0xFF76 || value == 0xFF79 { features.insert(.counters) }
            } else if KaCounterRule.isCounter(scalar) {
                features.insert(.counters)
            }
        }
        self = features
    }
}

/// One text of the report as the rules see it: the characters shown (inline markup such as
/// `**`, `[^id]` and escapes taken out), each with its place in the scalar's value, and the
/// map from the value to the file.
public struct LintText {
    public let keyPath: String
    /// The key the text is written under, list indices left out: `actions`, `title`, `nextYear`;
    /// `text` and `summary` of an action mapping count as `actions`.
    public let field: String
    /// The characters shown, markup left out.
    public let chars: [Unicode.Scalar]
    public let features: TextFeatures
    /// The value offset of each of `chars`; nil when they are the value itself.
    let valueOffsets: [Int]?
    /// The scalar's value as the loader read it.
    let value: [Unicode.Scalar]
    /// Where the scalar starts in the file, and how it is written: enough to map its value
    /// to the file when a finding needs it (`ScalarMap`).
    let start: Int
    let style: YAMLNode.Scalar.Style

    init(keyPath: String, value: [Unicode.Scalar], start: Int, style: YAMLNode.Scalar.Style, readsMarkup: Bool) {
        self.keyPath = keyPath
        self.field = LintText.field(of: keyPath)
        self.value = value
        self.start = start
        self.style = style
        if !value.contains(where: { $0 == "\\" || $0 == "*" || $0 == "[" || $0 == "\n" }) || !readsMarkup && value.last != "\n" {
            chars = value
            valueOffsets = nil
            features = TextFeatures(value)
            return
        }
        var chars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        chars.reserveCapacity(value.count)
        offsets.reserveCapacity(value.count)
        var index = 0
        while index < value.count {
            let scalar = value[index]
            if readsMarkup {
                if scalar == "\\", index + 1 < value.count, ["*", "[", "\\"].contains(value[index + 1]) {
                    chars.append(value[index + 1])
                    offsets.append(index + 1)
                    index += 2
                    continue
                }
                if scalar == "*", index + 1 < value.count, value[index + 1] == "*" {
                    index += 2
                    continue
                }
                if scalar == "[", index + 1 < value.count, value[index + 1] == "^",
                   let close = value[(index + 2)...].firstIndex(of: "]"), close > index + 2 {
                    index = close + 1
                    continue
                }
            }
            chars.append(scalar)
            offsets.append(index)
            index += 1
        }
        while let last = chars.last, last == "\n" {
            chars.removeLast()
            offsets.removeLast()
        }
        self.chars = chars
        self.valueOffsets = offsets
        self.features = TextFeatures(chars)
    }

    /// The value range of the shown characters `range` (an empty range: an insertion point).
    func valueRange(of range: Range<Int>) -> Range<Int> {
        guard let valueOffsets else { return range }
        func start(_ index: Int) -> Int { index < valueOffsets.count ? valueOffsets[index] : (valueOffsets.last.map { $0 + 1 } ?? 0) }
        if range.isEmpty { return start(range.lowerBound)..<start(range.lowerBound) }
        return valueOffsets[range.lowerBound]..<(valueOffsets[range.upperBound - 1] + 1)
    }

    func string(_ range: Range<Int>) -> String { Characters.string(chars[range]) }

    func has(_ wanted: TextFeatures) -> Bool { !features.isDisjoint(with: wanted) }

    /// The maximal runs of shown characters that satisfy `belongs`.
    func runs(where belongs: (Unicode.Scalar) -> Bool) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var position = 0
        while position < chars.count {
            guard belongs(chars[position]) else { position += 1; continue }
            let start = position
            while position < chars.count, belongs(chars[position]) { position += 1 }
            runs.append(start..<position)
        }
        return runs
    }

    static func field(of keyPath: String) -> String {
        // The common case, `…strategies[1].actions[0]` or `….name`: the last plain key.
        let utf8 = keyPath.utf8
        if let dot = utf8.lastIndex(of: UInt8(ascii: ".")) {
            var tail = keyPath[keyPath.index(after: dot)...]
            if let bracket = tail.firstIndex(of: "[") { tail = tail[..<bracket] }
            if !tail.isEmpty, tail != "text", tail != "summary", !tail.contains("\"") { return String(tail) }
        }
        var names: [Substring] = []
        var current = Substring(keyPath)
        while !current.isEmpty {
            if current.first == "[" {
                guard let close = current.firstIndex(of: "]") else { break }
                if current.dropFirst().first == "\"" { names.append(current[current.index(current.startIndex, offsetBy: 2)..<current.index(before: close)]) }
                current = current[current.index(after: close)...]
            } else {
                if current.first == "." { current = current.dropFirst() }
                let end = current.firstIndex { $0 == "." || $0 == "[" } ?? current.endIndex
                names.append(current[..<end])
                current = current[end...]
            }
        }
        guard let last = names.last else { return "" }
        if (last == "text" || last == "summary"), names.count >= 2, names[names.count - 2] == "actions" { return "actions" }
        return String(last)
    }

    /// Texts the loader reads without inline markup.
    static func readsMarkup(_ keyPath: String) -> Bool {
        !(keyPath == "title" || keyPath == "issuer" || keyPath.hasPrefix("plan.") || keyPath.hasPrefix("labels."))
    }
}

/// Everything a rule looks at: the loaded report and its texts.
public struct LintDocument {
    public let file: String
    public let report: FollowUpReport
    public let texts: [LintText]
    /// `notation.digits` when the report writes it (the model holds the default otherwise).
    public let declaredDigits: DigitStyle?
    let source: SourceText

    func map(of text: LintText) -> ScalarMap {
        ScalarMap(value: text.value, source: source, start: text.start, style: text.style)
    }
}
