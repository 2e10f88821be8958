/// Latin letters of one width: full-width words (Ｇ７, ＡＭＲ) beside half-width ones (G7,
/// AMR), and no word that mixes the widths (G７). The width fewer words use is reported; the
/// fix writes the word, its digits with it, in the other width.
public struct LatinWidthRule: LintRule {
    public let id = "latin-width"
    public let summary = "Latin letters of one width: no full-width words (Ｇ７, ＡＭＲ) beside half-width ones, no G７."

    public init() {}

    struct Word {
        var text: Int
        var range: Range<Int>
        /// true: all full width, false: all half width, nil: both.
        var fullwidth: Bool?
    }

    /// Runs of Latin letters and digits (either width) that hold at least one letter.
    static func words(in document: LintDocument) -> [Word] {
        var words: [Word] = []
        for (index, text) in document.texts.enumerated() where text.has([.halfwidthAlphanumerics, .fullwidthAlphanumerics]) {
            for run in text.runs(where: { Characters.isLetter($0) || Characters.isDigit($0) }) {
                let word = text.chars[run]
                guard word.contains(where: Characters.isLetter) else { continue }
                let full = word.contains { !$0.isASCII }
                let half = word.contains { $0.isASCII }
                words.append(Word(text: index, range: run, fullwidth: full && half ? nil : full))
            }
        }
        return words
    }

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        let words = Self.words(in: document)
        let full = words.filter { $0.fullwidth == true }.count
        let half = words.filter { $0.fullwidth == false }.count
        let toFull = full > half
        var findings: [RuleFinding] = []
        for word in words {
            let text = document.texts[word.text]
            let written = text.string(word.range)
            let fixed = Characters.string(text.chars[word.range].map(toFull ? Characters.fullwidth : Characters.halfwidth))
            switch word.fullwidth {
            case nil:
                findings.append(RuleFinding(text: word.text, range: word.range,
                                            message: "'\(written)' mixes full-width and half-width characters; write '\(fixed)'",
                                            replacement: fixed))
            case true? where half > 0 && !toFull:
                findings.append(RuleFinding(text: word.text, range: word.range,
                                            message: "full-width Latin '\(written)' among \(half) half-width Latin words; write '\(fixed)'",
                                            replacement: fixed))
            case false? where full > 0 && toFull:
                findings.append(RuleFinding(text: word.text, range: word.range,
                                            message: "half-width Latin '\(written)' among \(full) full-width Latin words; write '\(fixed)'",
                                            replacement: fixed))
            default:
                break
            }
        }
        return findings
    }
}
