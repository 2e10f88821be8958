/// One name for each ministry or organisation across the report: a short form (厚労省) is
/// reported where the report also writes the full one (厚生労働省), in a text or in the
/// ministry registry. The forms come from a small dictionary shipped here; the registry's
/// names are the full forms.
public struct OrganizationNameRule: LintRule {
    public let id = "organization-name"
    public let summary = "One name for each ministry or organisation across the report (厚生労働省, not also 厚労省)."

    public init() {}

    /// Full name and the other forms it is written in.
    static let dictionary: [(name: String, forms: [String])] = [
        ("厚生労働省", ["厚労省"]),
        ("文部科学省", ["文科省"]),
        ("農林水産省", ["農水省"]),
        ("国土交通省", ["国交省"]),
        ("経済産業省", ["経産省"]),
        ("総務省", ["総務庁"]),
        ("国立感染症研究所", ["感染研"]),
        ("国立国際医療研究センター", ["国際医療センター"]),
        ("医薬品医療機器総合機構", ["医薬品機構"]),
        ("日本医療研究開発機構", ["医療研究開発機構"]),
        ("食品安全委員会", ["食安委"]),
        ("内閣感染症危機管理統括庁", ["感染症危機管理庁", "感染症統括庁"]),
    ]

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        let registry = document.report.ministries.ministries.map(\.name)
        var findings: [RuleFinding] = []
        for entry in Self.dictionary {
            let name = Array(entry.name.unicodeScalars)
            let written = registry.contains { $0.contains(entry.name) }
                || document.texts.contains { !JapaneseLatinSpaceRule.occurrences(of: [entry.name], in: $0.chars).isEmpty }
            guard written else { continue }
            for form in entry.forms {
                for (index, text) in document.texts.enumerated() {
                    let full = JapaneseLatinSpaceRule.occurrences(of: [entry.name], in: text.chars)
                    for place in JapaneseLatinSpaceRule.occurrences(of: [form], in: text.chars)
                    where !full.contains(where: { $0.overlaps(place) }) {
                        findings.append(RuleFinding(
                            text: index, range: place.lowerBound..<(place.upperBound + 1),
                            message: "'\(form)' is written '\(Characters.string(name))' elsewhere in the report; write one form",
                            replacement: entry.name))
                    }
                }
            }
        }
        return findings
    }
}
