/// Brackets paired and balanced within each text: 「」『』（）【】〔〕, and ( ) with them. A
/// full-width opening parenthesis closed by a half-width one (（FMC)) is fixed to match.
public struct BracketBalanceRule: LintRule {
    public let id = "bracket-balance"
    public let summary = "Brackets 「」『』（）【】〔〕 paired and balanced within each text."

    public init() {}

    static let pairs: [Unicode.Scalar: Unicode.Scalar] = ["「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〔": "〕"]
    static let openers: [Unicode.Scalar: Unicode.Scalar] = ["」": "「", "』": "『", "）": "（", ")": "(", "】": "【", "〕": "〔"]

    /// A quick test before the dictionaries: brackets are ( ) or in U+3000–303F, U+FF08–FF09.
    static func mayBeBracket(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "(" || scalar == ")" || (0x3008...0x3015).contains(scalar.value) || scalar == "（" || scalar == "）"
    }

    static func isParenthesis(_ scalar: Unicode.Scalar) -> Bool { ["(", ")", "（", "）"].contains(scalar) }

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        for (index, text) in document.texts.enumerated() where text.has(.brackets) {
            let chars = text.chars
            var stack: [Int] = []
            for (position, scalar) in chars.enumerated() where Self.mayBeBracket(scalar) {
                if Self.pairs[scalar] != nil {
                    stack.append(position)
                    continue
                }
                guard let opener = Self.openers[scalar] else { continue }
                if let top = stack.last, chars[top] == opener {
                    stack.removeLast()
                } else if let top = stack.last, Self.isParenthesis(chars[top]), Self.isParenthesis(scalar) {
                    // （…) or (…）: one pair in two widths; write the closing one like the opening one.
                    stack.removeLast()
                    let wanted = Self.pairs[chars[top]] ?? scalar
                    findings.append(RuleFinding(
                        text: index, range: position..<(position + 1),
                        message: "'\(Characters.string([chars[top]]))' is closed by '\(Characters.string([scalar]))' of the other width; write '\(Characters.string([wanted]))'",
                        replacement: String(wanted)))
                } else if let match = stack.lastIndex(where: { chars[$0] == opener }) {
                    // Brackets opened inside this pair and never closed.
                    for unclosed in stack[(match + 1)...] {
                        findings.append(unclosedFinding(text: index, chars: chars, at: unclosed))
                    }
                    stack.removeSubrange(match...)
                } else {
                    findings.append(RuleFinding(
                        text: index, range: position..<(position + 1),
                        message: "'\(Characters.string([scalar]))' closes nothing; expected '\(Characters.string([opener]))' before it"))
                }
            }
            for unclosed in stack { findings.append(unclosedFinding(text: index, chars: chars, at: unclosed)) }
        }
        return findings
    }

    private func unclosedFinding(text: Int, chars: [Unicode.Scalar], at position: Int) -> RuleFinding {
        let opener = chars[position]
        let closer = Self.pairs[opener] ?? opener
        return RuleFinding(text: text, range: position..<(position + 1),
                           message: "'\(Characters.string([opener]))' is never closed; expected '\(Characters.string([closer]))' in the same text")
    }
}
