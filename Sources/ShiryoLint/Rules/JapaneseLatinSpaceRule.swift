/// Spaces between Japanese and half-width digits or Latin used one way within a document:
/// 「令和6年度」 and 「令和 6 年度」 not both. Where most places write no space, the spaced ones
/// are reported (fix: the space removed), and the other way round. The plan's name is a
/// proper name and is taken as written (薬剤耐性（AMR）対策アクションプラン 2023-2027). Table
/// cells (an indicator's `value`, `values` and `list`) are left out: there a space stands
/// between items the table shows apart (「成果物数 46件 学会発表等の報告数 38件」); option
/// `cells: true` checks them too.
public struct JapaneseLatinSpaceRule: LintRule {
    public let id = "jp-latin-space"
    public let summary = "Spaces between Japanese and digits or Latin used one way within a document."

    public let optionNames = ["cells"]

    public init() {}

    static let cellFields: Set<String> = ["value", "values", "list"]

    struct Place {
        var text: Int
        /// The spaces (empty where none is written, at the boundary).
        var range: Range<Int>
    }

    public func check(_ document: LintDocument, options: RuleOptions) -> [RuleFinding] {
        let properNames = [document.report.plan.name] + (document.report.plan.englishName.map { [$0] } ?? [])
        let checksCells = options.string("cells") == "true"
        var spaced: [Place] = []
        var joined: [Place] = []
        for (index, text) in document.texts.enumerated()
        where text.has(.halfwidthAlphanumerics) && (checksCells || !Self.cellFields.contains(text.field)) {
            let chars = text.chars
            let exempt = Self.occurrences(of: properNames, in: chars)
            var position = 0
            while position < chars.count {
                let left = chars[position]
                var next = position + 1
                while next < chars.count, chars[next] == " " { next += 1 }
                guard next < chars.count else { break }
                let right = chars[next]
                let pair = (Characters.isJapanese(left) && Characters.isHalfwidthAlphanumeric(right))
                    || (Characters.isHalfwidthAlphanumeric(left) && Characters.isJapanese(right))
                if pair, !exempt.contains(where: { $0.contains(position) && $0.contains(next) }) {
                    let spaces = (position + 1)..<next
                    if spaces.isEmpty { joined.append(Place(text: index, range: spaces)) } else {
                        spaced.append(Place(text: index, range: spaces))
                    }
                }
                position = next
            }
        }
        guard !spaced.isEmpty, !joined.isEmpty else { return [] }
        let removeSpaces = spaced.count <= joined.count
        let wrong = removeSpaces ? spaced : joined
        let habit = removeSpaces ? "writes none (\(joined.count) places against \(spaced.count))"
            : "writes one (\(spaced.count) places against \(joined.count))"
        return wrong.map { place in
            let text = document.texts[place.text]
            let context = text.string(max(place.range.lowerBound - 2, 0)..<min(place.range.upperBound + 2, text.chars.count))
            return RuleFinding(text: place.text, range: place.range,
                               message: "\(removeSpaces ? "a space" : "no space") between Japanese and Latin or digits ('\(context)') where the document \(habit)",
                               replacement: removeSpaces ? "" : " ")
        }
    }

    static func occurrences(of names: [String], in chars: [Unicode.Scalar]) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        for name in names {
            let needle = Array(name.unicodeScalars)
            guard !needle.isEmpty, needle.count <= chars.count else { continue }
            var start = 0
            while start + needle.count <= chars.count {
                if chars[start] == needle[0], Array(chars[start..<(start + needle.count)]) == needle {
                    ranges.append(start...(start + needle.count - 1))
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return ranges
    }
}
