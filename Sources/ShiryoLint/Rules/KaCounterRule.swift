/// The counter か after a number: 3か所, 6か月, 5か国 (公用文作成の考え方: not ヶ, ヵ, カ, ケ or 箇).
/// 箇所 as a noun (該当箇所) has no number before it and is left alone.
public struct KaCounterRule: LintRule {
    public let id = "ka-counter"
    public let summary = "か所, か月, か国, か年, か条 after a number, not ヶ所, ヵ所, カ所, 箇所, ヶ月 …"

    public init() {}

    /// ヶ ヵ カ ケ 箇 个 ｶ ｹ
    static func isCounter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30F6, 0x30F5, 0x30AB, 0x30B1, 0x7B87, 0x4E2A, 0xFF76, 0xFF79: true
        default: false
        }
    }
    static let units: Set<Unicode.Scalar> = ["所", "月", "国", "年", "条"]
    static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "何", "数", "幾", "〇", "両"]

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        for (index, text) in document.texts.enumerated() where text.has(.counters) {
            let chars = text.chars
            guard chars.count >= 3 else { continue }
            for position in 1..<(chars.count - 1) where Self.isCounter(chars[position]) {
                let before = chars[position - 1]
                guard Characters.isDigit(before) || Self.numerals.contains(before), Self.units.contains(chars[position + 1])
                else { continue }
                let written = text.string(position..<(position + 2))
                findings.append(RuleFinding(text: index, range: position..<(position + 1),
                                            message: "'\(written)' after a number is written 'か\(Characters.string([chars[position + 1]]))'",
                                            replacement: "か"))
            }
        }
        return findings
    }
}
