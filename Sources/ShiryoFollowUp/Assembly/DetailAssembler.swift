import ShiryoModel

/// Builds the 詳細: every goal with its strategies, ministries, actions, figures, notes and
/// next-year policy, then the goal's indicator table; the 総括 and a glossary at the end.
/// Footnotes are numbered through the whole document.
struct DetailAssembler {
    /// The report without its goals, which the assembler holds on its own.
    private let report: FollowUpReport
    private(set) var goals: [Goal]
    let wording: Wording
    private let builder: InlineBuilder
    /// Whether each goal's indicator rows are let go once they are in its tables.
    private let releasesIndicators: Bool

    /// - Parameter releasesIndicators: the caller gives the report up, so the goals are held
    ///   here alone and each goal's indicator rows (most of a large report) can be let go as
    ///   soon as its tables are made; the document then grows as the report shrinks. With the
    ///   report shared, letting go would copy the goals instead.
    init(report: consuming FollowUpReport, releasesIndicators: Bool = false) {
        let showsPreviousResults = Wording.showsPreviousResults(of: copy report)
        goals = report.goals
        report.goals = []
        wording = Wording(copy report, showsPreviousResults: showsPreviousResults)
        builder = InlineBuilder(report: copy report)
        self.report = report
        self.releasesIndicators = releasesIndicators
    }

    mutating func document() -> Document {
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text(wording.detailTitle)], anchor: "title"))]
        if let englishName = report.plan.englishName {
            blocks.append(.paragraph([.text(report.plan.name), .lineBreak, .text(englishName)]))
        }
        let lead = report.lead.isEmpty ? [builder.inlines(wording.defaultLead)] : report.lead.map(builder.inlines)
        blocks += lead.map(Block.paragraph)
        blocks.append(.paragraph([.text(wording.asOfSentence)]))
        for index in goals.indices {
            blocks += self.blocks(for: goals[index])
            if releasesIndicators {
                for strategy in goals[index].strategies.indices { goals[index].strategies[strategy].indicators = [] }
            }
        }
        blocks += conclusion()
        blocks += glossary()
        return Document(
            kind: .report,
            metadata: Metadata(
                title: wording.detailTitle, subtitle: report.plan.englishName.map { _ in report.plan.name },
                issuer: report.issuer, documentNumber: wording.detailNumber, dateText: wording.issueDate,
                asOfText: wording.asOfSentence, identifier: FollowUpDocument.detail.identifier,
                subject: wording.subject, keywords: wording.keywords(documentNumber: wording.detailNumber),
                isDraft: wording.isDraft, stamps: report.documentNumbers.detailStamps),
            blocks: blocks,
            footnotes: builder.definitions)
    }

    private func blocks(for goal: Goal) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 2, number: wording.goalNumber(goal),
                                                content: builder.inlines(goal.title), anchor: "goal-\(goal.number)"))]
        blocks.append(.heading(Heading(level: 3, content: [.text(wording.thisYearActions)])))
        if let ministries = wording.ministries(goal.ministries) { blocks.append(.paragraph([.text(ministries)])) }
        blocks += goal.actions.map { .paragraph(builder.inlines($0.text)) }
        for strategy in goal.strategies {
            blocks.append(.heading(Heading(level: 4, number: wording.strategyNumber(strategy),
                                           content: builder.inlines(strategy.title),
                                           anchor: "strategy-\(strategy.number)")))
            if let ministries = wording.ministries(strategy.ministries) { blocks.append(.paragraph([.text(ministries)])) }
            blocks += strategy.actions.map { .paragraph(builder.inlines($0.text)) }
            blocks += strategy.figures.map(builder.figure)
            blocks += strategy.notes.map(builder.note)
        }
        blocks += goal.figures.map(builder.figure)
        blocks += goal.notes.map(builder.note)
        if !goal.nextYear.isEmpty {
            blocks.append(.heading(Heading(level: 3, content: [.text(wording.nextYearGoals)])))
            blocks.append(builder.bulletList(goal.nextYear))
        }
        if let policy = goal.policy {
            blocks.append(.heading(Heading(level: 3, content: [.text(wording.nextYearPolicy)])))
            blocks.append(.paragraph(builder.inlines(policy)))
        }
        blocks += goal.seeAlso.map { builder.seeAlso(builder.inlines($0)) }
        if goal.hasIndicators {
            blocks.append(.heading(Heading(level: 3, content: [.text(wording.indicatorsHeading(goal))],
                                           anchor: "indicators-\(goal.number)")))
            let tables = IndicatorTableBuilder(wording: wording, builder: builder)
            for strategy in goal.strategies where !strategy.indicators.isEmpty {
                blocks.append(.heading(Heading(level: 4, number: wording.strategyNumber(strategy),
                                               content: builder.inlines(strategy.title))))
                blocks.append(.table(tables.table(strategy.indicators)))
            }
        }
        return blocks
    }

    private func conclusion() -> [Block] {
        let goals = goals.filter { !$0.highlightedActions.isEmpty }
        guard report.conclusion != nil || !goals.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 2, content: [.text(wording.conclusionTitle)],
                                                anchor: "conclusion"))]
        for goal in goals {
            blocks.append(.heading(Heading(level: 3, number: wording.goalNumber(goal),
                                           content: builder.inlines(goal.summaryTitle ?? goal.title))))
            blocks.append(builder.bulletList(goal.highlightedActions.map { $0.summary ?? $0.text }))
        }
        if let assessment = report.conclusion?.assessment, !assessment.isEmpty {
            blocks.append(builder.bulletList(assessment))
        }
        return blocks
    }

    private func glossary() -> [Block] {
        guard !report.glossary.isEmpty else { return [] }
        let items: [[Block]] = report.glossary.map { entry in
            [.paragraph([.strong([.text(entry.term)]), .text("：")] + builder.inlines(entry.definition))]
        }
        return [.heading(Heading(level: 2, content: [.text(wording.glossaryTitle)], anchor: "glossary")),
                .list(ListBlock(style: .none, items: items))]
    }
}
