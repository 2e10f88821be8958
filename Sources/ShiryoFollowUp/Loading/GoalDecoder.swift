
/// Reads goals, their strategies, actions and figures; numbers are checked for uniqueness
/// across the report as they are read.
extension ReportDecoder {
    static let goalKeys = [
        "number", "title", "summaryTitle", "overview", "ministries", "actions", "strategies", "nextYear", "policy",
        "figures", "notes", "seeAlso",
    ]

    func readGoals(_ node: Node, _ path: KeyPath) -> [Goal] {
        let nodes = reader.sequence(node, path, what: "goals")
        if nodes.isEmpty, case .sequence = node {
            reader.report(node, path, "the report has no goals; expected at least one")
        }
        return nodes.compactMapIntoExactArray { index, node in readGoal(node, path.appending(index), position: index + 1) }
    }

    func readGoal(_ node: Node, _ path: KeyPath, position: Int) -> Goal? {
        guard let fields = reader.fields(node, path, allowed: Self.goalKeys, required: ["title"], what: "a goal")
        else { return nil }
        var number = position
        if let numberNode = fields["number"],
           let given = reader.integer(numberNode, path.appending("number"), what: "a goal number", range: 1...999) {
            number = given
        }
        let location = reader.location(of: fields["number"] ?? node)
        if let first = goalNumbers[number] {
            reader.report(at: location, path.appending("number"),
                          "goal number \(number) is used twice (first at \(first.line):\(first.column)); expected unique numbers")
        } else {
            goalNumbers[number] = location
        }
        let strategies = fields["strategies"].map { readStrategies($0, path.appending("strategies"), goal: number) } ?? []
        let title = fields["title"].flatMap { text($0, path.appending("title")) }
        guard let title else { return nil }
        return Goal(
            number: number, title: title,
            summaryTitle: fields["summaryTitle"].flatMap { text($0, path.appending("summaryTitle")) },
            overview: fields["overview"].flatMap { text($0, path.appending("overview")) },
            ministries: fields["ministries"].map { ministryIDs($0, path.appending("ministries")) } ?? [],
            actions: fields["actions"].map { readActions($0, path.appending("actions")) } ?? [],
            strategies: strategies,
            nextYear: fields["nextYear"].map { texts($0, path.appending("nextYear"), what: "next year's goals") } ?? [],
            policy: fields["policy"].flatMap { text($0, path.appending("policy")) },
            figures: fields["figures"].map { readFigures($0, path.appending("figures")) } ?? [],
            notes: fields["notes"].map { texts($0, path.appending("notes"), what: "notes") } ?? [],
            seeAlso: fields["seeAlso"].map { texts($0, path.appending("seeAlso"), what: "document names") } ?? [])
    }

    func readStrategies(_ node: Node, _ path: KeyPath, goal: Int) -> [Strategy] {
        reader.sequence(node, path, what: "strategies").compactMapIntoExactArray { index, node in
            readStrategy(node, path.appending(index), defaultNumber: "\(goal).\(index + 1)")
        }
    }

    func readStrategy(_ node: Node, _ path: KeyPath, defaultNumber: String) -> Strategy? {
        guard let fields = reader.fields(
            node, path, allowed: ["number", "title", "ministries", "actions", "figures", "notes", "indicators"],
            required: ["title"], what: "a strategy")
        else { return nil }
        var number = defaultNumber
        if let numberNode = fields["number"], let given = reader.word(numberNode, path.appending("number"),
                                                                        what: "a strategy number such as \"1.1\"") {
            if given.split(separator: ".", omittingEmptySubsequences: false)
                .allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) {
                number = given
            } else {
                reader.report(numberNode, path.appending("number"),
                              "expected a strategy number such as \"1.1\" (digits and dots), found '\(given)'")
            }
        }
        let location = reader.location(of: fields["number"] ?? node)
        if let first = strategyNumbers[number] {
            reader.report(at: location, path.appending("number"),
                          "strategy number \(number) is used twice (first at \(first.line):\(first.column)); expected unique numbers")
        } else {
            strategyNumbers[number] = location
        }
        guard let title = fields["title"].flatMap({ text($0, path.appending("title")) }) else { return nil }
        return Strategy(
            number: number, title: title,
            ministries: fields["ministries"].map { ministryIDs($0, path.appending("ministries")) } ?? [],
            actions: fields["actions"].map { readActions($0, path.appending("actions")) } ?? [],
            figures: fields["figures"].map { readFigures($0, path.appending("figures")) } ?? [],
            notes: fields["notes"].map { texts($0, path.appending("notes"), what: "notes") } ?? [],
            indicators: fields["indicators"].map { IndicatorDecoder(parent: self).entries($0, path.appending("indicators")) } ?? [])
    }

    func readActions(_ node: Node, _ path: KeyPath) -> [Action] {
        reader.sequence(node, path, what: "actions").compactMapIntoExactArray { index, node in
            let path = path.appending(index)
            if case .scalar = node { return text(node, path).map { Action(text: $0) } }
            guard let fields = reader.fields(node, path, allowed: ["text", "highlight", "summary"], required: ["text"],
                                             what: "an action (text, or a mapping with text, highlight, summary)")
            else { return nil }
            let highlight = fields["highlight"].flatMap { reader.boolean($0, path.appending("highlight")) } ?? false
            let summary = fields["summary"].flatMap { text($0, path.appending("summary")) }
            return fields["text"].flatMap { text($0, path.appending("text")) }.map {
                Action(text: $0, highlight: highlight, summary: summary)
            }
        }
    }

    func readFigures(_ node: Node, _ path: KeyPath) -> [Figure] {
        reader.sequence(node, path, what: "figures").compactMapIntoExactArray { index, node in
            let path = path.appending(index)
            guard let fields = reader.fields(node, path, allowed: ["caption", "description", "credit", "image"],
                                             required: ["caption"], what: "a figure")
            else { return nil }
            let image = fields["image"].flatMap { readImagePath($0, path.appending("image")) }
            guard let caption = fields["caption"].flatMap({ text($0, path.appending("caption")) }) else { return nil }
            return Figure(
                caption: caption,
                description: fields["description"].flatMap { text($0, path.appending("description")) },
                credit: fields["credit"].flatMap { text($0, path.appending("credit")) },
                image: image)
        }
    }
}
