/// Latin letters of one width: full-width words (Ｇ７, ＡＭＲ) beside half-width ones (G7,
/// AMR), or the other way round. The width fewer words use is reported; the fix writes the
/// word in the other width (its digits with it).
public struct LatinWidthRule: LintRule {
    public let id = "latin-width"
    public let summary = "Latin letters of one width: no full-width words (Ｇ７, ＡＭＲ) beside half-width ones."

    public init() {}

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        var full: [(text: Int, range: Range<Int>)] = []
        var half = 0
        for (index, text) in document.texts.enumerated() {
            let chars = text.chars
            var position = 0
            while position < chars.count {
                let scalar = chars[position]
                if Characters.isFullwidthLetter(scalar) || Characters.isFullwidthDigit(scalar) {
                    let start = position
                    var letters = false
                    while position < chars.count, Characters.isFullwidthLetter(chars[position]) || Characters.isFullwidthDigit(chars[position]) {
                        letters = letters || Characters.isFullwidthLetter(chars[position])
                        position += 1
                    }
                    if letters { full.append((index, start..<position)) }
                } else if Characters.isHalfwidthLetter(scalar) {
                    while position < chars.count, Characters.isHalfwidthAlphanumeric(chars[position]) { position += 1 }
                    half += 1
                } else {
                    position += 1
                }
            }
        }
        guard !full.isEmpty, half > 0 else { return [] }
        if full.count <= half {
            return full.map { word in
                let text = document.texts[word.text]
                let written = text.string(word.range)
                let fixed = Characters.string(text.chars[word.range].map(Characters.halfwidth))
                return RuleFinding(text: word.text, range: word.range,
                                   message: "full-width Latin '\(written)' among half-width Latin words; write '\(fixed)'",
                                   replacement: fixed)
            }
        }
        // Most words are full width: report the half-width ones.
        var findings: [RuleFinding] = []
        for (index, text) in document.texts.enumerated() {
            let chars = text.chars
            var position = 0
            while position < chars.count {
                guard Characters.isHalfwidthLetter(chars[position]) else { position += 1; continue }
                let start = position
                while position < chars.count, Characters.isHalfwidthAlphanumeric(chars[position]) { position += 1 }
                let written = text.string(start..<position)
                let fixed = Characters.string(chars[start..<position].map(Characters.fullwidth))
                findings.append(RuleFinding(text: index, range: start..<position,
                                            message: "half-width Latin '\(written)' among full-width Latin words; write '\(fixed)'",
                                            replacement: fixed))
            }
        }
        return findings
    }
}
