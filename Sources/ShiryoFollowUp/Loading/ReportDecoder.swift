import Foundation

/// Turns the node tree of one report file into a `FollowUpReport`, checking types, keys and
/// references as it goes. Registries (ministries, footnotes, glossary) are read first so
/// that every reference can be checked where it is written.
final class ReportDecoder {
    let reader: NodeReader
    private let baseDirectory: URL?
    private var ministries = MinistryRegistry([])
    private var footnoteIDs: [String: Node] = [:]
    private var glossaryTerms: [String: Node] = [:]
    private var referencedNotes = Set<String>()
    private var singleMinistryLists: [String: [String]] = [:]
    var goalNumbers: [Int: SourceLocation] = [:]
    var strategyNumbers: [String: SourceLocation] = [:]

    init(reader: NodeReader, baseDirectory: URL?) {
        self.reader = reader
        self.baseDirectory = baseDirectory
    }

    static let topLevelKeys = [
        "title", "issuer", "plan", "fiscalYear", "asOf", "issued", "notation", "documents", "lead", "labels",
        "indicatorTables", "ministries", "footnotes", "glossary", "goals", "conclusion", "lint",
    ]

    /// The registries a report's texts and ministry lists refer to.
    struct Registries {
        var footnotes: [FootnoteEntry] = []
        var glossary: [GlossaryEntry] = []
    }

    /// The report of a root node. `decoded` holds what was read already, while the file was
    /// still being composed (`OverlappedDecoding`): the registries, then every goal, by this
    /// decoder and into its reader.
    func report(_ root: Node, decoded: OverlappedDecoding.Decoded? = nil) -> FollowUpReport? {
        let path = KeyPath.root
        guard let fields = reader.fields(
            root, path, allowed: Self.topLevelKeys,
            required: ["title", "plan", "fiscalYear", "asOf", "issued", "ministries", "goals"], what: "a report")
        else { return nil }

        let registries = decoded?.registries
            ?? readRegistries(ministries: fields["ministries"], footnotes: fields["footnotes"], glossary: fields["glossary"])
        let footnotes = registries.footnotes
        let glossary = registries.glossary

        let title = fields["title"].flatMap { reader.string($0, path.appending("title")) }
        let issuer = fields["issuer"].flatMap { reader.string($0, path.appending("issuer")) }
        let plan = fields["plan"].flatMap { readPlan($0, path.appending("plan")) }
        let fiscalYear = fields["fiscalYear"].flatMap {
            reader.integer($0, path.appending("fiscalYear"), what: "a fiscal year such as 2024", range: 1927...9998)
        }
        let asOf = fields["asOf"].flatMap { reader.date($0, path.appending("asOf")) }
        let issued = fields["issued"].flatMap { readIssueDate($0, path.appending("issued"), fiscalYear: fiscalYear) }
        let notation = fields["notation"].map { readNotation($0, path.appending("notation")) } ?? Notation()
        let documents = fields["documents"].map { readDocumentNumbers($0, path.appending("documents")) } ?? DocumentNumbers()
        let lead = fields["lead"].map { texts($0, path.appending("lead"), what: "lead bullets") } ?? []
        let labels = fields["labels"].flatMap { readLabels($0, path.appending("labels")) }
        let goals = decoded?.goals ?? fields["goals"].map { readGoals($0, path.appending("goals")) } ?? []
        let conclusion = fields["conclusion"].flatMap { readConclusion($0, path.appending("conclusion")) }
        let tables = fields["indicatorTables"].map { readIndicatorTables($0, path.appending("indicatorTables")) }

        checkDateOrder(plan: plan, asOf: asOf, issued: issued, fields: fields)

        for entry in footnotes where !referencedNotes.contains(entry.id) {
            reader.report(footnoteIDs[entry.id], path.appending("footnotes").appending(entry.id),
                          "footnote '\(entry.id)' is never referenced; expected '[^\(entry.id)]' in some text")
        }

        guard reader.diagnostics.isEmpty, let title, let plan, let fiscalYear, let asOf, let issued else { return nil }
        return FollowUpReport(
            title: title, issuer: issuer, plan: plan, fiscalYear: fiscalYear, asOf: asOf, issued: issued,
            notation: notation, documentNumbers: documents, lead: lead, labels: labels, ministries: ministries,
            footnotes: footnotes, glossary: glossary, goals: goals, conclusion: conclusion,
            indicatorTables: tables ?? IndicatorTableOptions())
    }

    private func readIndicatorTables(_ node: Node, _ path: KeyPath) -> IndicatorTableOptions {
        guard let fields = reader.fields(node, path, allowed: ["previous"], what: "the indicator table options")
        else { return IndicatorTableOptions() }
        return IndicatorTableOptions(previous: fields["previous"].flatMap {
            reader.boolean($0, path.appending("previous"))
        })
    }

    /// The order of the dates (docs/data-format.md): the plan is decided on or before the
    /// as-of date, and the documents are issued on or after it.
    private func checkDateOrder(plan: Plan?, asOf: CalendarDate?, issued: IssueDate?, fields: NodeReader.Fields) {
        guard let asOf else { return }
        if let plan, plan.decidedOn > asOf {
            reader.report(fields["asOf"], KeyPath.root.appending("asOf"),
                          "asOf (\(asOf)) is before the plan's decision (plan.decidedOn \(plan.decidedOn)); "
                              + "expected an as-of date on or after plan.decidedOn")
        }
        if case .date(let date)? = issued, date < asOf {
            reader.report(fields["issued"], KeyPath.root.appending("issued"),
                          "issued (\(date)) is before asOf (\(asOf)); expected an issue date on or after asOf")
        }
    }

    // MARK: Registries

    /// Reads the registries (the root mapping's values of these keys), before anything that
    /// refers to them.
    func readRegistries(ministries: Node?, footnotes: Node?, glossary: Node?) -> Registries {
        let path = KeyPath.root
        if let ministries { self.ministries = readMinistryRegistry(ministries, path.appending("ministries")) }
        return Registries(
            footnotes: footnotes.map { readFootnoteEntries($0, path.appending("footnotes")) } ?? [],
            glossary: glossary.map { readGlossaryEntries($0, path.appending("glossary")) } ?? [])
    }

    private func readMinistryRegistry(_ node: Node, _ path: KeyPath) -> MinistryRegistry {
        var list: [Ministry] = []
        for entry in reader.entries(node, path, what: "the ministry registry") {
            guard Self.isIdentifier(entry.key) else {
                reader.report(entry.keyNode, path.appending(entry.key),
                              "ministry id '\(entry.key)' is not an id; expected ASCII letters, digits, '-' or '_'")
                continue
            }
            if let name = reader.string(entry.value, path.appending(entry.key), what: "the ministry's official name") {
                list.append(Ministry(id: entry.key, name: name))
            }
        }
        if list.isEmpty, case .mapping = node {
            reader.report(node, path, "the ministry registry is empty; expected at least one 'id: official name'")
        }
        return MinistryRegistry(list)
    }

    private func readFootnoteEntries(_ node: Node, _ path: KeyPath) -> [FootnoteEntry] {
        let entries = reader.entries(node, path, what: "footnotes")
        for entry in entries { footnoteIDs[entry.key] = entry.keyNode }
        return entries.map { entry in
            let text = reader.isNull(entry.value) ? nil : text(entry.value, path.appending(entry.key))
            return FootnoteEntry(id: entry.key, text: text)
        }
    }

    private func readGlossaryEntries(_ node: Node, _ path: KeyPath) -> [GlossaryEntry] {
        let entries = reader.entries(node, path, what: "the glossary")
        for entry in entries {
            if footnoteIDs[entry.key] != nil {
                reader.report(entry.keyNode, path.appending(entry.key),
                              "'\(entry.key)' is both a footnote id and a glossary term; expected one of them")
            }
            glossaryTerms[entry.key] = entry.keyNode
        }
        return entries.compactMap { entry in
            text(entry.value, path.appending(entry.key)).map { GlossaryEntry(term: entry.key, definition: $0) }
        }
    }

    // MARK: Header

    private func readPlan(_ node: Node, _ path: KeyPath) -> Plan? {
        guard let fields = reader.fields(
            node, path, allowed: ["name", "englishName", "decidedOn", "decidedBy"],
            required: ["name", "decidedOn", "decidedBy"], what: "the plan")
        else { return nil }
        let name = fields["name"].flatMap { reader.string($0, path.appending("name")) }
        let englishName = fields["englishName"].flatMap { reader.string($0, path.appending("englishName")) }
        let decidedOn = fields["decidedOn"].flatMap { reader.date($0, path.appending("decidedOn")) }
        let decidedBy = fields["decidedBy"].flatMap { reader.string($0, path.appending("decidedBy")) }
        guard let name, let decidedOn, let decidedBy else { return nil }
        return Plan(name: name, englishName: englishName, decidedOn: decidedOn, decidedBy: decidedBy)
    }

    private func readIssueDate(_ node: Node, _ path: KeyPath, fiscalYear: Int?) -> IssueDate? {
        if case .mapping = node {
            guard let fields = reader.fields(node, path, allowed: ["draft"], required: ["draft"], what: "a draft date"),
                  let yearNode = fields["draft"],
                  let year = reader.integer(yearNode, path.appending("draft"), what: "a calendar year", range: 1927...9999)
            else { return nil }
            return .draft(year: year)
        }
        if case .scalar(let scalar) = node, scalar.string == "draft" {
            return fiscalYear.map { .draft(year: $0 + 2) }
        }
        guard let text = reader.word(node, path, what: "a date YYYY-MM-DD, 'draft' or {draft: YEAR}") else {
            return nil
        }
        if CalendarDate(iso: text) == nil, !CalendarDate.looksLikeISODate(text) {
            reader.report(node, path, "expected a date YYYY-MM-DD, 'draft' or {draft: YEAR}, found '\(text)'"
                + Suggestion.phrase(for: text, in: ["draft"]))
            return nil
        }
        return reader.date(node, path).map(IssueDate.date)
    }

    private func readNotation(_ node: Node, _ path: KeyPath) -> Notation {
        guard let fields = reader.fields(node, path, allowed: ["digits", "asOfCalendar"], what: "the notation")
        else { return Notation() }
        var notation = Notation()
        if let value = fields["digits"].flatMap({ reader.oneOf($0, path.appending("digits"), DigitStyle.self) }) {
            notation.digits = value
        }
        if let value = fields["asOfCalendar"].flatMap({
            reader.oneOf($0, path.appending("asOfCalendar"), Notation.AsOfCalendar.self)
        }) {
            notation.asOfCalendar = value
        }
        return notation
    }

    private func readDocumentNumbers(_ node: Node, _ path: KeyPath) -> DocumentNumbers {
        guard let fields = reader.fields(node, path, allowed: ["summary", "detail"], what: "the document numbers")
        else { return DocumentNumbers() }
        func document(_ key: String) -> (number: String?, stamps: [String]) {
            guard let node = fields[key] else { return (nil, []) }
            let keyPath = path.appending(key)
            guard let inner = reader.fields(node, keyPath, allowed: ["number", "stamps"], required: ["number"],
                                            what: "a document's number"),
                  let numberNode = inner["number"]
            else { return (nil, []) }
            let number = reader.string(numberNode, keyPath.appending("number"), what: "a document number such as 1-1")
            let stamps = inner["stamps"].map { readStamps($0, keyPath.appending("stamps")) } ?? []
            return (number, stamps)
        }
        let summary = document("summary")
        let detail = document("detail")
        let numbers = DocumentNumbers(summary: summary.number, detail: detail.number,
                                      summaryStamps: summary.stamps, detailStamps: detail.stamps)
        if let summary = numbers.summary, summary == numbers.detail, let node = fields["detail"] {
            reader.report(node, path.appending("detail"),
                          "the 詳細 has the same number as the 概要 (\(summary)); expected two different numbers")
        }
        return numbers
    }

    /// A document's handling stamps (取扱注意, 机上配布): a list of plain texts.
    private func readStamps(_ node: Node, _ path: KeyPath) -> [String] {
        reader.sequence(node, path, what: "a list of stamps such as 取扱注意").compactMapIntoExactArray { index, item in
            let itemPath = path.appending(index)
            guard let stamp = reader.string(item, itemPath, what: "a stamp such as 取扱注意") else { return nil }
            guard !stamp.trimmingCharacters(in: .whitespaces).isEmpty else {
                reader.report(item, itemPath, "a stamp is empty; expected a text such as 取扱注意")
                return nil
            }
            return stamp
        }
    }

    private func readLabels(_ node: Node, _ path: KeyPath) -> NumberingLabels? {
        guard let fields = reader.fields(node, path, allowed: ["goal", "strategy"], required: ["goal", "strategy"],
                                         what: "the numbering labels"),
              let goal = fields["goal"].flatMap({ reader.string($0, path.appending("goal")) }),
              let strategy = fields["strategy"].flatMap({ reader.string($0, path.appending("strategy")) })
        else { return nil }
        return NumberingLabels(goal: goal, strategy: strategy)
    }

    private func readConclusion(_ node: Node, _ path: KeyPath) -> Conclusion? {
        guard let fields = reader.fields(node, path, allowed: ["assessment"], required: ["assessment"],
                                         what: "the 総括")
        else { return nil }
        return Conclusion(assessment: fields["assessment"].map {
            texts($0, path.appending("assessment"), what: "assessment bullets")
        } ?? [])
    }

    // MARK: Values shared by the decoders

    func text(_ node: Node, _ path: KeyPath) -> RichText? {
        guard var source = reader.string(node, path) else { return nil }
        // The byte test first: most texts do not end with a line break.
        while source.utf8.last == 0x0A, source.hasSuffix("\n") { source.removeLast() }
        switch InlineMarkup.parse(source) {
        case .failure(let failure):
            var location = reader.location(of: node)
            if case .scalar(let scalar) = node, !source.contains("\n") {
                let quote = scalar.style == .singleQuoted || scalar.style == .doubleQuoted ? 1 : 0
                location.column += quote + failure.offset
            }
            reader.report(at: location, path, failure.message)
            return nil
        case .success(let text):
            for id in text.footnoteIDs {
                if footnoteIDs[id] != nil || glossaryTerms[id] != nil {
                    referencedNotes.insert(id)
                } else {
                    let known = Array(footnoteIDs.keys) + Array(glossaryTerms.keys)
                    reader.report(node, path, "undefined footnote '[^\(id)]'\(Suggestion.phrase(for: id, in: known)); "
                        + "expected an id under 'footnotes' or a term under 'glossary'")
                }
            }
            return text
        }
    }

    func texts(_ node: Node, _ path: KeyPath, what: String) -> [RichText] {
        reader.sequence(node, path, what: what).compactMapIntoExactArray { index, node in
            text(node, path.appending(index))
        }
    }

    func ministryIDs(_ node: Node, _ path: KeyPath) -> [String] {
        var seen = Set<String>()
        return reader.sequence(node, path, what: "ministry ids").compactMapIntoExactArray { index, node in
            ministryID(node, path.appending(index), seen: &seen)
        }
    }

    func ministryID(_ node: Node, _ path: KeyPath, seen: inout Set<String>) -> String? {
        guard let id = knownMinistryID(node, path) else { return nil }
        guard seen.insert(id).inserted else {
            reader.report(node, path, "ministry '\(id)' is listed twice; expected each ministry once")
            return nil
        }
        return id
    }

    /// A ministry id of the registry.
    func knownMinistryID(_ node: Node, _ path: KeyPath) -> String? {
        guard let id = reader.word(node, path, what: "a ministry id") else { return nil }
        guard ministries.contains(id) else {
            let ids = ministries.ministries.map(\.id)
            reader.report(node, path, "unknown ministry id '\(id)'\(Suggestion.phrase(for: id, in: ids)); "
                + "expected an id under 'ministries'")
            return nil
        }
        return id
    }

    /// The one-ministry list of an id, the same storage for every row that names it (a
    /// large report has one per indicator row, and few ministries).
    func singleMinistryList(_ id: String) -> [String] {
        if let list = singleMinistryLists[id] { return list }
        let list = [id]
        singleMinistryLists[id] = list
        return list
    }

    func readImagePath(_ node: Node, _ path: KeyPath) -> String? {
        guard let image = reader.word(node, path, what: "an image path relative to the report") else { return nil }
        let components = image.split(separator: "/", omittingEmptySubsequences: true)
        var depth = 0
        for component in components {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 { break }
        }
        guard !image.hasPrefix("/"), !image.contains("\\"), depth > 0 else {
            reader.report(node, path, "image path '\(image)' leaves the report's folder; "
                + "expected a path relative to the report, inside its folder")
            return nil
        }
        if let baseDirectory {
            let url = baseDirectory.appendingPathComponent(image)
            let resolved = url.resolvingSymlinksInPath().path
            let base = baseDirectory.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
                reader.report(node, path, "image path '\(image)' leaves the report's folder through a link; "
                    + "expected a file inside the report's folder")
                return nil
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else {
                reader.report(node, path, "image file '\(image)' does not exist; expected a file relative to the report")
                return nil
            }
            if let problem = ImageCheck.problem(at: url, name: image) {
                reader.report(node, path, problem)
                return nil
            }
        }
        return image
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
