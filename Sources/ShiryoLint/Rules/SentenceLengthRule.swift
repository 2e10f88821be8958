/// Very long sentences (off unless the report turns it on): a sentence, up to 。 or a line
/// break, of more than `max` characters (120 unless given).
public struct SentenceLengthRule: LintRule {
    public let id = "sentence-length"
    public let summary = "No sentence longer than max characters (120); off unless turned on."
    public let defaultLevel = LintLevel.off
    public let optionNames = ["max"]

    public init() {}

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        let limit = max(options.integer("max", default: 120), 1)
        var findings: [RuleFinding] = []
        for (index, text) in document.texts.enumerated() {
            var start = 0
            let chars = text.chars
            for position in 0...chars.count {
                let scalar: Unicode.Scalar = position < chars.count ? chars[position] : "\n"
                guard scalar == "。" || scalar == "\n" else { continue }
                let end = scalar == "。" ? position + 1 : position
                if end - start > limit {
                    findings.append(RuleFinding(text: index, range: start..<end,
                                                message: "a sentence of \(end - start) characters; split it below \(limit + 1)"))
                }
                start = end + (scalar == "\n" ? 1 : 0)
            }
        }
        return findings
    }
}
