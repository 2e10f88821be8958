import Foundation

/// No half-width katakana (ｶﾀｶﾅ, ｰ, ｢｣, ､｡): the fix writes them in full width, voiced
/// marks joined (ｶﾞ → ガ).
public struct HalfwidthKatakanaRule: LintRule {
    public let id = "halfwidth-katakana"
    public let summary = "No half-width katakana or half-width Japanese punctuation (ｶﾀｶﾅ, ｢｣, ､｡)."

    public init() {}

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        for (index, text) in document.texts.enumerated() {
            let chars = text.chars
            var position = 0
            while position < chars.count {
                guard Characters.isHalfwidthKatakana(chars[position]) else { position += 1; continue }
                let start = position
                while position < chars.count, Characters.isHalfwidthKatakana(chars[position]) { position += 1 }
                let written = text.string(start..<position)
                // NFKC maps the half-width forms to full width and joins ﾞ and ﾟ.
                let fixed = written.precomposedStringWithCompatibilityMapping
                findings.append(RuleFinding(text: index, range: start..<position,
                                            message: "half-width katakana '\(written)'; write '\(fixed)'", replacement: fixed))
            }
        }
        return findings
    }
}
