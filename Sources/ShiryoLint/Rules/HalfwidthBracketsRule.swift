/// Full-width （ ） and ： around Japanese text: a half-width pair ( ) holding Japanese, or a
/// half-width colon beside a Japanese letter, is written in full width. ( ) around Latin
/// text and digits only ((2021), (WHO)) is left alone.
public struct HalfwidthBracketsRule: LintRule {
    public let id = "halfwidth-brackets"
    public let summary = "Full-width （ ） and ： around Japanese text, not half-width ( ) and :."

    public init() {}

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        for (index, text) in document.texts.enumerated() {
            let chars = text.chars
            var stack: [Int] = []
            for (position, scalar) in chars.enumerated() {
                switch scalar {
                case "(":
                    stack.append(position)
                case ")":
                    guard let open = stack.popLast() else { continue }
                    guard chars[(open + 1)..<position].contains(where: Characters.isJapanese) else { continue }
                    let inside = text.string((open + 1)..<position)
                    for (place, wanted) in [(open, "（"), (position, "）")] {
                        findings.append(RuleFinding(
                            text: index, range: place..<(place + 1),
                            message: "half-width '\(Characters.string([chars[place]]))' around Japanese text '\(inside)'; write '\(wanted)'",
                            replacement: wanted))
                    }
                case ":":
                    let before = position > 0 ? chars[position - 1] : " "
                    let after = position + 1 < chars.count ? chars[position + 1] : " "
                    guard Characters.isJapanese(before) || Characters.isJapanese(after) else { continue }
                    findings.append(RuleFinding(text: index, range: position..<(position + 1),
                                                message: "half-width ':' beside Japanese text; write '：'", replacement: "："))
                default:
                    continue
                }
            }
        }
        return findings
    }
}
