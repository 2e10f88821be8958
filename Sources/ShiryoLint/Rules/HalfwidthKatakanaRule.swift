import Foundation

/// No half-width katakana (ｶﾀｶﾅ, ｰ, ｢｣, ､｡): the fix writes them in full width, voiced
/// marks joined (ｶﾞ → ガ).
public struct HalfwidthKatakanaRule: LintRule {
    public let id = "halfwidth-katakana"
    public let summary = "No half-width katakana or half-width Japanese punctuation (ｶﾀｶﾅ, ｢｣, ､｡)."

    public init() {}

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        for (index, text) in document.texts.enumerated() where text.has(.halfwidthKatakana) {
            for run in text.runs(where: Characters.isHalfwidthKatakana) {
                let written = text.string(run)
                // NFKC maps the half-width forms to full width and joins ﾞ and ﾟ.
                let fixed = written.precomposedStringWithCompatibilityMapping
                findings.append(RuleFinding(text: index, range: run,
                                            message: "half-width katakana '\(written)'; write '\(fixed)'", replacement: fixed))
            }
        }
        return findings
    }
}
