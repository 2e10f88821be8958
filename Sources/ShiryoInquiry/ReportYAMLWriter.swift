import Dispatch
import ShiryoFollowUp

/// Writes a `FollowUpReport` as the data format itself: keys in the order of
/// docs/data-format.md, block style throughout, no anchors or aliases, scalars plain where
/// YAML reads them back as the same string and double-quoted otherwise. Reading the result
/// with `ReportLoader` gives an equal report.
package struct ReportYAMLWriter {
    private var lines: [String] = []

    package static func yaml(_ report: FollowUpReport, comment: String? = nil) -> String {
        var writer = ReportYAMLWriter()
        if let comment {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) { writer.lines.append("# " + line) }
        }
        writer.report(report)
        return writer.lines.joined(separator: "\n") + "\n"
    }

    private mutating func report(_ report: FollowUpReport) {
        scalar("title", report.title, 0)
        if let issuer = report.issuer { scalar("issuer", issuer, 0) }
        key("plan", 0)
        scalar("name", report.plan.name, 1)
        if let english = report.plan.englishName { scalar("englishName", english, 1) }
        scalar("decidedOn", report.plan.decidedOn.description, 1)
        scalar("decidedBy", report.plan.decidedBy, 1)
        scalar("fiscalYear", String(report.fiscalYear), 0, plain: true)
        scalar("asOf", report.asOf.description, 0)
        switch report.issued {
        case .date(let date):
            scalar("issued", date.description, 0)
        case .draft(let year) where year == report.fiscalYear + 2:
            scalar("issued", "draft", 0, plain: true)
        case .draft(let year):
            key("issued", 0)
            scalar("draft", String(year), 1, plain: true)
        }
        if report.notation != Notation() {
            key("notation", 0)
            if report.notation.digits != .halfwidth { scalar("digits", report.notation.digits.rawValue, 1) }
            if report.notation.asOfCalendar != .japanese { scalar("asOfCalendar", report.notation.asOfCalendar.rawValue, 1) }
        }
        if report.documentNumbers.summary != nil || report.documentNumbers.detail != nil {
            key("documents", 0)
            for (name, number) in [("summary", report.documentNumbers.summary), ("detail", report.documentNumbers.detail)] {
                guard let number else { continue }
                key(name, 1)
                scalar("number", number, 2)
            }
        }
        texts("lead", report.lead, 0)
        if let labels = report.labels {
            key("labels", 0)
            scalar("goal", labels.goal, 1)
            scalar("strategy", labels.strategy, 1)
        }
        if let previous = report.indicatorTables.previous {
            key("indicatorTables", 0)
            scalar("previous", previous ? "true" : "false", 1, plain: true)
        }
        key("ministries", 0)
        for ministry in report.ministries.ministries { scalar(ministry.id, ministry.name, 1) }
        if !report.footnotes.isEmpty {
            key("footnotes", 0)
            for footnote in report.footnotes {
                if let text = footnote.text { rich(footnote.id, text, 1) } else { scalar(footnote.id, "null", 1, plain: true) }
            }
        }
        if !report.glossary.isEmpty {
            key("glossary", 0)
            for entry in report.glossary { rich(entry.term, entry.definition, 1) }
        }
        key("goals", 0)
        // Each goal on its own, on every core (the bulk of a large report), in order.
        let goals = ConcurrentResults<[String]>(count: report.goals.count)
        DispatchQueue.concurrentPerform(iterations: report.goals.count) { index in
            var writer = ReportYAMLWriter()
            writer.goal(report.goals[index])
            goals.set(index, writer.lines)
        }
        for goal in goals.values { lines += goal }
        if let conclusion = report.conclusion {
            key("conclusion", 0)
            texts("assessment", conclusion.assessment, 1)
        }
    }

    private mutating func goal(_ goal: Goal) {
        let level = 2
        item(1)
        scalar("number", String(goal.number), level, plain: true, continuing: true)
        rich("title", goal.title, level)
        if let summaryTitle = goal.summaryTitle { rich("summaryTitle", summaryTitle, level) }
        if let overview = goal.overview { rich("overview", overview, level) }
        ids("ministries", goal.ministries, level)
        actions(goal.actions, level)
        if !goal.strategies.isEmpty {
            key("strategies", level)
            for strategy in goal.strategies { self.strategy(strategy, level + 1) }
        }
        texts("nextYear", goal.nextYear, level)
        if let policy = goal.policy { rich("policy", policy, level) }
        figures(goal.figures, level)
        texts("notes", goal.notes, level)
        texts("seeAlso", goal.seeAlso, level)
    }

    private mutating func strategy(_ strategy: Strategy, _ itemLevel: Int) {
        let level = itemLevel + 1
        item(itemLevel)
        scalar("number", strategy.number, level, continuing: true)
        rich("title", strategy.title, level)
        ids("ministries", strategy.ministries, level)
        actions(strategy.actions, level)
        figures(strategy.figures, level)
        texts("notes", strategy.notes, level)
        if !strategy.indicators.isEmpty {
            key("indicators", level)
            for entry in strategy.indicators {
                switch entry {
                case .row(let row):
                    indicatorRow(row, level + 1)
                case .group(let group):
                    item(level + 1)
                    rich("group", group.title, level + 2, continuing: true)
                    if !group.rows.isEmpty {
                        key("rows", level + 2)
                        for row in group.rows { indicatorRow(row, level + 3) }
                    }
                }
            }
        }
    }

    private mutating func indicatorRow(_ row: IndicatorRow, _ itemLevel: Int) {
        let level = itemLevel + 1
        item(itemLevel)
        cell("name", row.name, level, continuing: true)
        cells(row.values, single: "value", several: "values", level)
        cells(row.previous, single: "previous", several: "previous", level)
        if row.ministries.count == 1 {
            scalar("ministry", row.ministries[0], level)
        } else {
            ids("ministries", row.ministries, level)
        }
    }

    private mutating func cells(_ cells: [CellContent], single: String, several: String, _ level: Int) {
        guard !cells.isEmpty else { return }
        if cells.count == 1 {
            cell(single, cells[0], level)
            return
        }
        key(several, level)
        for content in cells {
            item(level + 1)
            switch content {
            case .text(let text):
                lines[lines.count - 1] += " " + Self.scalarText(InlineMarkupWriter.markup(text), indent: level + 2, emptyAsNull: true)
            case .list:
                listCell(content, level + 2, continuing: true)
            }
        }
    }

    private mutating func cell(_ name: String, _ content: CellContent, _ level: Int, continuing: Bool = false) {
        switch content {
        case .text(let text):
            scalar(name, InlineMarkupWriter.markup(text), level, continuing: continuing, emptyAsNull: true)
        case .list:
            key(name, level, continuing: continuing)
            listCell(content, level + 1, continuing: false)
        }
    }

    private mutating func listCell(_ content: CellContent, _ level: Int, continuing: Bool) {
        guard case .list(let items, let style) = content else { return }
        if items.isEmpty {
            scalar("list", "[]", level, plain: true, continuing: continuing)
        } else {
            key("list", level, continuing: continuing)
            for text in items { listItem(InlineMarkupWriter.markup(text), level + 1) }
        }
        if style != .bullet { scalar("style", style.rawValue, level) }
    }

    private mutating func actions(_ actions: [Action], _ level: Int) {
        guard !actions.isEmpty else { return }
        key("actions", level)
        for action in actions {
            if !action.highlight, action.summary == nil {
                listItem(InlineMarkupWriter.markup(action.text), level + 1)
            } else {
                item(level + 1)
                rich("text", action.text, level + 2, continuing: true)
                if action.highlight { scalar("highlight", "true", level + 2, plain: true) }
                if let summary = action.summary { rich("summary", summary, level + 2) }
            }
        }
    }

    private mutating func figures(_ figures: [Figure], _ level: Int) {
        guard !figures.isEmpty else { return }
        key("figures", level)
        for figure in figures {
            item(level + 1)
            rich("caption", figure.caption, level + 2, continuing: true)
            if let description = figure.description { rich("description", description, level + 2) }
            if let credit = figure.credit { rich("credit", credit, level + 2) }
            if let image = figure.image { scalar("image", image, level + 2) }
        }
    }

    private mutating func texts(_ name: String, _ texts: [RichText], _ level: Int) {
        guard !texts.isEmpty else { return }
        key(name, level)
        for text in texts { listItem(InlineMarkupWriter.markup(text), level + 1) }
    }

    private mutating func ids(_ name: String, _ ids: [String], _ level: Int) {
        guard !ids.isEmpty else { return }
        key(name, level)
        for id in ids { listItem(id, level + 1) }
    }

    // MARK: - Lines

    /// `- ` opening a mapping item whose first key follows on the same line (`continuing`).
    private mutating func item(_ level: Int) {
        lines.append(Self.indent(level) + "-")
    }

    private mutating func listItem(_ text: String, _ level: Int) {
        lines.append(Self.indent(level) + "- " + Self.scalarText(text, indent: level + 1))
    }

    private mutating func key(_ name: String, _ level: Int, continuing: Bool = false) {
        append(Self.keyText(name) + ":", level, continuing: continuing)
    }

    private mutating func rich(_ name: String, _ text: RichText, _ level: Int, continuing: Bool = false) {
        scalar(name, InlineMarkupWriter.markup(text), level, continuing: continuing)
    }

    private mutating func scalar(
        _ name: String, _ value: String, _ level: Int, plain: Bool = false, continuing: Bool = false,
        emptyAsNull: Bool = false
    ) {
        let text = plain ? value : Self.scalarText(value, indent: level + 1, emptyAsNull: emptyAsNull)
        append(Self.keyText(name) + ": " + text, level, continuing: continuing)
    }

    private mutating func append(_ text: String, _ level: Int, continuing: Bool) {
        if continuing, let last = lines.last, last.hasSuffix("-") {
            lines[lines.count - 1] = last + " " + text
        } else {
            lines.append(Self.indent(level) + text)
        }
    }

    private static func indent(_ level: Int) -> String { String(repeating: "  ", count: level) }

    private static func keyText(_ key: String) -> String {
        isPlainSafe(key) ? key : doubleQuoted(key)
    }

    /// A value as YAML: plain when safe, a literal block (`|-`) for several lines, else
    /// double-quoted.
    static func scalarText(_ value: String, indent level: Int, emptyAsNull: Bool = false) -> String {
        if value.isEmpty { return emptyAsNull ? "null" : "\"\"" }
        if isPlainSafe(value) { return value }
        if value.contains("\n"), isLiteralSafe(value) {
            let pad = indent(level)
            return "|-\n" + value.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
        }
        return doubleQuoted(value)
    }

    private static let reservedWords: Set<String> = [
        "null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No",
        "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N", "=", "<<",
    ]

    /// Whether YAML reads `value` unquoted back as the same string, and no reader would take
    /// it for a number, date, boolean or null.
    static func isPlainSafe(_ value: String) -> Bool {
        let utf8 = value.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        if reservedWords.contains(value) { return false }
        // One pass over the bytes: what YAML would read as an indicator, a comment, a
        // mapping or a control character; anything non-ASCII is checked as a scalar below.
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "):
            return false
        default:
            break
        }
        if last == UInt8(ascii: " ") || last == UInt8(ascii: ":") { return false }
        var previous: UInt8 = 0
        var hasNonASCII = false
        for byte in utf8 {
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == UInt8(ascii: " ") && previous == UInt8(ascii: ":") { return false }
            if byte == UInt8(ascii: "#") && previous == UInt8(ascii: " ") { return false }
            if byte >= 0x80 { hasNonASCII = true }
            previous = byte
        }
        if hasNonASCII {
            guard let firstScalar = value.unicodeScalars.first, let lastScalar = value.unicodeScalars.last,
                  !firstScalar.properties.isWhitespace, !lastScalar.properties.isWhitespace
            else { return false }
            for scalar in value.unicodeScalars where scalar.value >= 0x80 {
                if (0x80...0x9F).contains(scalar.value) || scalar == "\u{FEFF}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    return false
                }
            }
        }
        // Anything that starts like a number (1.1, 2024, .5, +3, 0x1F) or a date.
        if let digitLike = utf8.first(where: { $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ".") }),
           (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digitLike) {
            return false
        }
        let special = [".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN"]
        if special.contains(value) || (first == UInt8(ascii: "+") && special.contains(String(value.dropFirst()))) { return false }
        return true
    }

    private static func isLiteralSafe(_ value: String) -> Bool {
        let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, let firstScalar = first.unicodeScalars.first, firstScalar != " ", firstScalar != "\t",
              let lastLine = lines.last, !lastLine.isEmpty
        else { return false }
        for line in lines {
            // Trailing spaces survive a literal block, but are invisible to the reader.
            if line.hasSuffix(" ") || line.hasSuffix("\t") { return false }
            for scalar in line.unicodeScalars where scalar.value < 0x20 && scalar != "\t" { return false }
            if line.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\u{FEFF}" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
                return false
            }
        }
        return true
    }

    static func doubleQuoted(_ value: String) -> String {
        var output = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar == "\u{FEFF}"
                    || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
