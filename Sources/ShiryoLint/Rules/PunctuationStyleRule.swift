/// One punctuation style per document: 、 or ， for the comma, 。 or ． for the full stop.
/// The form fewer places use is reported and written in the other. A ， or ． right after a
/// digit is a number's separator (１，０００, １．５), not punctuation.
public struct PunctuationStyleRule: LintRule {
    public let id = "punctuation-style"
    public let summary = "One punctuation style per document: 、。 or ，．, not both."

    public init() {}

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        for (japanese, western) in [("、", "，"), ("。", "．")] as [(Unicode.Scalar, Unicode.Scalar)] {
            var places: [Unicode.Scalar: [(text: Int, position: Int)]] = [japanese: [], western: []]
            for (index, text) in document.texts.enumerated() where text.has(.punctuation) {
                for (position, scalar) in text.chars.enumerated() where scalar == japanese || scalar == western {
                    if position > 0, Characters.isDigit(text.chars[position - 1]) { continue }
                    places[scalar, default: []].append((index, position))
                }
            }
            let japaneseCount = places[japanese]?.count ?? 0
            let westernCount = places[western]?.count ?? 0
            guard japaneseCount > 0, westernCount > 0 else { continue }
            let wrong = westernCount <= japaneseCount ? western : japanese
            let right = wrong == western ? japanese : western
            for place in places[wrong] ?? [] {
                findings.append(RuleFinding(
                    text: place.text, range: place.position..<(place.position + 1),
                    message: "'\(wrong)' where the document writes '\(right)' (\(max(japaneseCount, westernCount)) times against \(min(japaneseCount, westernCount)))",
                    replacement: String(right)))
            }
        }
        return findings
    }
}
