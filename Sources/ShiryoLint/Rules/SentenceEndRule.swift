/// The genre's sentences end with 。: this year's actions, next year's goals, the policy and
/// the overview paragraph (the `fields` option names others). A closing parenthesis after
/// the full stop (…増大。（令和５年度末の修了者110人）) is the genre's aside and accepted.
public struct SentenceEndRule: LintRule {
    public let id = "sentence-end"
    public let summary = "Actions, next year's goals, the policy and the overview end with 。"
    public let optionNames = ["fields"]

    public init() {}

    static let defaultFields = ["actions", "nextYear", "policy", "overview"]
    static let closing: Set<Unicode.Scalar> = ["）", ")", "」", "』", "】", "〕"]

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        let fields = options.string("fields").map { $0.split { $0 == "," || $0 == " " }.map(String.init) } ?? Self.defaultFields
        var findings: [RuleFinding] = []
        for (index, text) in document.texts.enumerated() where fields.contains(text.field) {
            let chars = text.chars
            var end = chars.count
            while end > 0, ScalarMap.isBlank(chars[end - 1]) || chars[end - 1] == "　" { end -= 1 }
            guard end > 0, chars[end - 1] != "。" else { continue }
            if Self.closing.contains(chars[end - 1]), Self.endsWithAside(chars[..<end]) { continue }
            findings.append(RuleFinding(text: index, range: (end - 1)..<end,
                                        message: "the sentence does not end with '。'; \(text.field) are sentences"))
        }
        return findings
    }

    /// Whether the text ends 。（…）: a full stop before the last parenthesis group.
    static func endsWithAside(_ chars: ArraySlice<Unicode.Scalar>) -> Bool {
        var depth = 0
        var index = chars.endIndex
        while index > chars.startIndex {
            index -= 1
            let scalar = chars[index]
            if closing.contains(scalar) { depth += 1 }
            if ["（", "(", "「", "『", "【", "〔"].contains(scalar) {
                depth -= 1
                if depth == 0 { return index > chars.startIndex && chars[index - 1] == "。" }
            }
        }
        return false
    }
}
