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

    struct Needle {
        var entry: Int
        var scalars: [Unicode.Scalar]
        var isFullName: Bool
    }

    /// Every name and form, by its first scalar, so one pass over a text finds them all.
    static let needles: [Unicode.Scalar: [Needle]] = {
        var byFirst: [Unicode.Scalar: [Needle]] = [:]
        for (index, entry) in dictionary.enumerated() {
            for (text, full) in [(entry.name, true)] + entry.forms.map({ ($0, false) }) {
                let scalars = Array(text.unicodeScalars)
                if let first = scalars.first { byFirst[first, default: []].append(Needle(entry: index, scalars: scalars, isFullName: full)) }
            }
        }
        return byFirst
    }()

    /// Whether a BMP scalar starts some name or form: a test cheaper than the dictionary's.
    static let startsSomeName: [Bool] = {
        var table = [Bool](repeating: false, count: 0x10000)
        for first in needles.keys where first.value < 0x10000 { table[Int(first.value)] = true }
        return table
    }()

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        let registry = document.report.ministries.ministries.map(\.name)
        var written = Self.dictionary.map { entry in registry.contains { $0.contains(entry.name) } }
        // Short forms found, and the full names' places (a form inside a full name is no form).
        var forms: [(text: Int, range: Range<Int>, entry: Int)] = []
        for (index, text) in document.texts.enumerated() {
            let chars = text.chars
            var fullNameEnd = 0
            for position in chars.indices where chars[position].value < 0x10000 && Self.startsSomeName[Int(chars[position].value)] {
                guard let candidates = Self.needles[chars[position]] else { continue }
                for needle in candidates where position + needle.scalars.count <= chars.count
                    && chars[position..<(position + needle.scalars.count)].elementsEqual(needle.scalars) {
                    if needle.isFullName {
                        written[needle.entry] = true
                        fullNameEnd = max(fullNameEnd, position + needle.scalars.count)
                    } else if position >= fullNameEnd {
                        forms.append((index, position..<(position + needle.scalars.count), needle.entry))
                    }
                }
            }
        }
        return forms.filter { written[$0.entry] }.map { form in
            let name = Self.dictionary[form.entry].name
            let text = document.texts[form.text]
            return RuleFinding(text: form.text, range: form.range,
                               message: "'\(text.string(form.range))' is written '\(name)' elsewhere in the report; write one form",
                               replacement: name)
        }
    }
}
