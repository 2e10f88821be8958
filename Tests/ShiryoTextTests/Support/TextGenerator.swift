/// Japanese, Latin and mixed text of the genre, with the characters the line breaker must
/// handle with care: closing and opening brackets, 、。, small kana, ー, 々, ・, 〜, Latin
/// words and numbers that must stay whole (G7, 2023-2027, 12.96DID, 379,288), fullwidth
/// digits, Ambiguous characters (①※○→×), and now and then a Latin word or a run of
/// prohibited characters longer than any line, which can only be split.
struct TextGenerator {
    enum Kind: CaseIterable {
        case japanese, latin, mixed
    }

    static let kanji = Array("薬剤耐性対策推進国際連携感染症厚生労働省農林水産研究機関取組実施強化報告調査目標戦略評価指標医療動物環境食品年度月日")
    static let kana = Array("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげござじずぜぞだでどばびぶべぼ")
    static let katakana = Array("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロワンガギグゲゴザジズゼゾダデドバビブベボパピプペポ")
    static let smallKana = Array("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
    static let brackets: [(String, String)] = [("「", "」"), ("（", "）"), ("『", "』"), ("【", "】"), ("〔", "〕"), ("(", ")"), ("［", "］"), ("〈", "〉"), ("《", "》")]
    static let latinWords = ["G7", "WHO", "AMR", "PPR", "UHC", "J-SIPHE", "GNR/VRE", "JANIS", "Prevention", "Preparedness",
                             "and", "Response", "One", "Health", "Antimicrobial", "Resistance", "the", "of", "a", "MDTF"]
    static let numbers = ["2023-2027", "12.96DID", "379,288", "25.9%", "2022/2023", "1.0%", "110", "3,943", "2024", "9.96DID"]
    static let fullwidth = ["Ｇ７", "２０２４", "１＋１", "３１", "１２"]
    static let ambiguous = ["①", "②", "※", "○", "→", "×", "°", "■"]
    static let punctuation = ["、", "。", "・", "：", "？", "！", "ー", "々", "〜", "，", "．"]

    var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    mutating func text(_ kind: Kind, length: Int) -> String {
        var output = ""
        var count = 0
        while count < length {
            let piece = self.piece(kind)
            output += piece
            count += piece.count
        }
        return output
    }

    private mutating func piece(_ kind: Kind) -> String {
        switch kind {
        case .japanese: return japanesePiece()
        case .latin: return latinPiece()
        case .mixed: return random.chance(0.6) ? japanesePiece() : latinPiece()
        }
    }

    private mutating func japanesePiece() -> String {
        switch random.int(0...19) {
        case 0...5: return String((0..<random.int(1...6)).map { _ in random.pick(Self.kanji) })
        case 6...9: return String((0..<random.int(1...6)).map { _ in random.pick(Self.kana) })
        case 10...11:
            return String((0..<random.int(1...4)).map { _ in random.pick(Self.katakana) }) + (random.chance(0.4) ? "ー" : "")
        case 12: return String(random.pick(Self.kana)) + String(random.pick(Self.smallKana))
        case 13...14: return random.pick(Self.punctuation)
        case 15:
            let (open, close) = random.pick(Self.brackets)
            return open + String((0..<random.int(1...8)).map { _ in random.pick(Self.kanji) }) + close
        case 16: return random.pick(Self.fullwidth)
        case 17: return random.pick(Self.ambiguous)
        case 18: return random.pick(Self.numbers) + String(random.pick(Self.kanji))
        default:
            // Rarely: a run of prohibited characters, or a closing bracket run with 。.
            return random.chance(0.2) ? String(repeating: random.pick(["。", "ー", "」", "っ", "、"]), count: random.int(2...40)) : "。"
        }
    }

    private mutating func latinPiece() -> String {
        switch random.int(0...9) {
        case 0...4: return " " + random.pick(Self.latinWords)
        case 5...6: return " " + random.pick(Self.numbers)
        case 7: return random.pick([",", ".", " (" + random.pick(Self.latinWords) + ")"])
        case 8: return random.chance(0.1) ? " " + longWord() : " " + random.pick(Self.latinWords)
        default: return random.chance(0.3) ? "  " : " e\u{301}"  // two spaces; e with a combining accent
        }
    }

    /// A Latin "word" longer than some lines: a URL-like run.
    private mutating func longWord() -> String {
        let parts = (0..<random.int(4...20)).map { _ in random.pick(Self.latinWords) }
        return "https://example.org/" + parts.joined(separator: "/")
    }
}

extension String {
    /// Trimmed of spaces at both ends (U+0020 only).
    var trimmingSpaces: String {
        var view = Substring(self)
        while view.first == " " { view.removeFirst() }
        while view.last == " " { view.removeLast() }
        return String(view)
    }
}
