/// Full-width （ ） and ： around Japanese text: a half-width pair ( ) that holds Japanese or
/// stands beside it (薬剤耐性 (AMR) 対策, 9.96DID(2021年)), or a half-width colon beside a
/// Japanese letter, is written in full width; spaces between the bracket and the Japanese
/// text outside go with it. ( ) among Latin text and digits only ((WHO) in English, (1/2/3))
/// is left alone.
public struct HalfwidthBracketsRule: LintRule {
    public let id = "halfwidth-brackets"
    public let summary = "Full-width （ ） and ： around Japanese text, not half-width ( ) and :."

    public init() {}

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        for (index, text) in document.texts.enumerated() where text.has(.asciiParenthesesOrColon) {
            let chars = text.chars
            var stack: [Int] = []
            for (position, scalar) in chars.enumerated() {
                switch scalar {
                case "(":
                    stack.append(position)
                case ")":
                    guard let open = stack.popLast() else { continue }
                    var before = open
                    while before > 0, chars[before - 1] == " " { before -= 1 }
                    var after = position + 1
                    while after < chars.count, chars[after] == " " { after += 1 }
                    let japaneseBefore = before > 0 && Characters.isJapanese(chars[before - 1])
                    let japaneseAfter = after < chars.count && Characters.isJapanese(chars[after])
                    let japaneseInside = chars[(open + 1)..<position].contains(where: Characters.isJapanese)
                    guard japaneseInside || japaneseBefore || japaneseAfter else { continue }
                    let inside = text.string((open + 1)..<position)
                    let openRange = (japaneseBefore ? before : open)..<(open + 1)
                    let closeRange = position..<(japaneseAfter ? after : position + 1)
                    for (range, wanted) in [(openRange, "（"), (closeRange, "）")] {
                        let written = text.string(range)
                        findings.append(RuleFinding(
                            text: index, range: range,
                            message: "half-width '\(written)' \(japaneseInside ? "around" : "beside") Japanese text ('\(inside)'); write '\(wanted)'",
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
