import Yams

/// Makes valid follow-up reports of any size, with realistic Japanese text, for benchmarks
/// and scaling tests. The same parameters always give the same report.
public struct SyntheticReport: Sendable {
    public var goals: Int
    public var strategiesPerGoal: Int
    public var indicatorsPerStrategy: Int
    public var seed: UInt64

    public init(goals: Int, strategiesPerGoal: Int, indicatorsPerStrategy: Int, seed: UInt64 = 2024) {
        self.goals = goals
        self.strategiesPerGoal = strategiesPerGoal
        self.indicatorsPerStrategy = indicatorsPerStrategy
        self.seed = seed
    }

    /// The total number of indicator rows.
    public var indicatorRows: Int { goals * strategiesPerGoal * indicatorsPerStrategy }

    /// The report as YAML in the data format.
    public func yaml() throws -> String {
        try Yams.serialize(node: node(), width: -1, allowUnicode: true)
    }

    /// The report as a YAML node tree.
    public func node() -> Node {
        var random = SplitMix64(seed: seed)
        let ministries = Vocabulary.ministries
        var top: [(Node, Node)] = [
            ("title", text("「\(Vocabulary.planName)」に基づく施策のフォローアップ")),
            ("issuer", text("内閣感染症危機管理統括庁")),
            ("plan", mapping([
                ("name", text(Vocabulary.planName)),
                ("englishName", text("Synthetic Action Plan")),
                ("decidedOn", text("2023-04-07")),
                ("decidedBy", text("合成データ関係閣僚会議")),
            ])),
            ("fiscalYear", text("2024")),
            ("asOf", text("2025-03-31")),
            ("issued", text("draft")),
            ("documents", mapping([
                ("summary", mapping([("number", text("1-1"))])),
                ("detail", mapping([("number", text("1-2"))])),
            ])),
            ("labels", mapping([("goal", text("目標")), ("strategy", text("戦略"))])),
            ("ministries", mapping(ministries.map { (text($0.id), text($0.name)) })),
            ("footnotes", mapping([("note", text("本資料における合成データの説明をいう。"))])),
            ("glossary", mapping([("AMR", text("薬剤耐性（Antimicrobial Resistance）"))])),
        ]
        var goalNodes: [Node] = []
        for goal in 1...max(1, goals) {
            var strategyNodes: [Node] = []
            for strategy in 1...max(1, strategiesPerGoal) {
                strategyNodes.append(strategyNode(goal: goal, strategy: strategy, random: &random))
            }
            var fields: [(Node, Node)] = [
                ("number", text(String(goal))),
                ("title", text(random.sentence(clauses: 2))),
            ]
            if goal % 2 == 1 { fields.append(("overview", text(random.sentence(clauses: 3)))) }
            fields += [
                ("strategies", .sequence(.init(strategyNodes))),
                ("nextYear", .sequence(.init((0..<2).map { _ in text(random.sentence(clauses: 2)) }))),
                ("policy", text(random.sentence(clauses: 4))),
            ]
            if goal == 1 {
                fields.append(("notes", .sequence(.init([text("合成データ[^note]であり、実在の施策とは関係がない。")]))))
            }
            goalNodes.append(mapping(fields))
        }
        top.append(("goals", .sequence(.init(goalNodes))))
        top.append(("conclusion", mapping([
            ("assessment", .sequence(.init([text("全般的に着実に進捗。"), text("引き続き[^AMR]対策を推進する。")]))),
        ])))
        return mapping(top)
    }

    private func strategyNode(goal: Int, strategy: Int, random: inout SplitMix64) -> Node {
        let ids = Vocabulary.ministries.map(\.id)
        let responsible = random.distinct(from: ids, count: 1 + random.next(below: 4))
        var actions: [Node] = [text(random.sentence(clauses: 3))]
        let emphasised = "**" + random.phrase() + "**を実施するなど、" + random.sentence(clauses: 1)
        actions.append(strategy == 1
            ? mapping([("text", text(emphasised)), ("highlight", text("true"))])
            : text(emphasised))

        var entries: [Node] = []
        var row = 0
        let rowsPerGroup = 5
        while row < indicatorsPerStrategy {
            let count = min(rowsPerGroup, indicatorsPerStrategy - row)
            let rows = (0..<count).map { index in indicatorRow(index: row + index, ids: ids, random: &random) }
            entries.append(mapping([("group", text(random.phrase() + "の状況")), ("rows", .sequence(.init(rows)))]))
            row += count
        }
        var fields: [(Node, Node)] = [
            ("number", text("\(goal).\(strategy)", style: .doubleQuoted)),
            ("title", text(random.phrase() + "の推進")),
            ("ministries", .sequence(.init(responsible.map { text($0) }))),
            ("actions", .sequence(.init(actions))),
        ]
        if !entries.isEmpty { fields.append(("indicators", .sequence(.init(entries)))) }
        return mapping(fields)
    }

    private func indicatorRow(index: Int, ids: [String], random: inout SplitMix64) -> Node {
        let value: Node
        switch index % 4 {
        case 0:
            value = text("\(random.next(below: 90_000) + 100)件", style: .doubleQuoted)
        case 1:
            value = mapping([
                ("list", .sequence(.init((0..<3).map { _ in
                    text("\(random.phrase())：\(random.next(below: 500) + 1)回", style: .doubleQuoted)
                }))),
                ("style", text("dot")),
            ])
        case 2:
            value = text("\(random.next(below: 1000) / 10).\(random.next(below: 10))%", style: .doubleQuoted)
        default:
            value = text(random.sentence(clauses: 1))
        }
        return mapping([
            ("name", text(random.phrase() + "に関する" + random.phrase() + "の数")),
            ("value", value),
            ("ministry", text(ids[random.next(below: ids.count)])),
        ])
    }

    private func text(_ string: String, style: Node.Scalar.Style = .any) -> Node {
        .scalar(.init(string, .implicit, style))
    }

    private func mapping(_ pairs: [(Node, Node)]) -> Node {
        .mapping(.init(pairs))
    }
}
