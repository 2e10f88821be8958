/// No placeholder left in a report that is issued: once `issued` is a date, 〇月〇日, ●●,
/// 〇〇, ××, 【要修正】, 【要確認】 and the like are errors. A draft may hold them.
public struct PlaceholderRule: LintRule {
    public let id = "placeholder"
    public let summary = "No placeholder (〇月〇日, ●●, 【要修正】) in a report whose issued is a date."
    public let defaultLevel = LintLevel.error

    public init() {}

    static let patterns: [String] = [
        "〇月", "〇日", "〇年", "〇〇", "○○", "●●", "◯◯", "××", "ＸＸ", "【要修正】", "【要確認】", "【要検討】", "【調整中】",
        "【TBD】",
    ]

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        guard case .date = document.report.issued else { return [] }
        let needles = Self.patterns.map { Array($0.unicodeScalars) }
        var findings: [RuleFinding] = []
        for (index, text) in document.texts.enumerated() {
            let chars = text.chars
            var position = 0
            while position < chars.count {
                guard let needle = needles.first(where: { needle in
                    position + needle.count <= chars.count && chars[position..<(position + needle.count)].elementsEqual(needle)
                }) else {
                    position += 1
                    continue
                }
                var end = position + needle.count
                // One finding for 〇月〇日 and for ●●●●.
                while let more = needles.first(where: { end + $0.count <= chars.count && chars[end..<(end + $0.count)].elementsEqual($0) }) {
                    end += more.count
                }
                while end < chars.count, chars[end] == chars[end - 1], !Characters.isJapanese(chars[end]) { end += 1 }
                findings.append(RuleFinding(text: index, range: position..<end,
                                            message: "placeholder '\(text.string(position..<end))' in a report issued on a date; write the real text"))
                position = end
            }
        }
        return findings
    }
}
