import ShiryoModel

/// Builds the 概要: a title slide, an overview slide for goals summarised in one paragraph,
/// a slide per other goal with this year's actions beside next year's goals, and the 総括.
struct SummaryAssembler {
    let report: FollowUpReport
    let wording: Wording

    init(report: FollowUpReport) {
        self.report = report
        self.wording = Wording(report)
    }

    func document() -> Document {
        var slides = [titleSlide()]
        let overviewGoals = report.goals.filter { $0.overview != nil }
        if !overviewGoals.isEmpty { slides.append(overviewSlide(overviewGoals)) }
        for (index, goal) in report.goals.enumerated() where goal.overview == nil {
            slides.append(goalSlide(goal, source: "goals[\(index)]"))
        }
        if let conclusion = conclusionSlide() { slides.append(conclusion) }
        return Document(
            kind: .slides,
            metadata: Metadata(
                title: wording.summaryTitle, subtitle: report.plan.englishName.map { _ in report.plan.name },
                issuer: report.issuer, documentNumber: wording.summaryNumber, dateText: wording.issueDate,
                asOfText: wording.asOfSentence, identifier: FollowUpDocument.summary.identifier,
                subject: wording.subject, keywords: wording.keywords(documentNumber: wording.summaryNumber),
                isDraft: wording.isDraft, stamps: report.documentNumbers.summaryStamps),
            blocks: slides.map(Block.slide))
    }

    private func titleSlide() -> Slide {
        let builder = InlineBuilder(report: report)
        var lead = report.lead.map(builder.inlines)
        if lead.isEmpty { lead = [builder.inlines(wording.defaultLead)] }
        if let detailNumber = wording.detailNumber, !lead.isEmpty {
            let pointer = CrossReference(documentIdentifier: FollowUpDocument.detail.identifier,
                                         content: [.text(detailNumber)])
            lead[0] += [.text(Wording.seeAlsoPrefix), .crossReference(pointer), .text(Wording.seeAlsoSuffix)]
        }
        lead.append([.text(wording.asOfSentence)])
        var blocks: [Block] = []
        if let englishName = report.plan.englishName {
            blocks.append(.paragraph([.text(report.plan.name), .lineBreak, .text(englishName)]))
        }
        blocks.append(.list(ListBlock(style: .circle, items: lead.map { [.paragraph($0)] })))
        return Slide(role: .title, title: [.text(wording.summaryTitle)], blocks: blocks,
                     footnotes: builder.definitions, anchor: "title", source: "lead")
    }

    private func overviewSlide(_ goals: [Goal]) -> Slide {
        let builder = InlineBuilder(report: report)
        var blocks: [Block] = []
        for goal in goals {
            blocks.append(.heading(Heading(level: 2, number: wording.goalNumber(goal),
                                           content: builder.inlines(goal.summaryTitle ?? goal.title))))
            if let overview = goal.overview { blocks.append(.paragraph(builder.inlines(overview))) }
        }
        return Slide(role: .overview, title: [.text(wording.mainActions)], blocks: blocks,
                     footnotes: builder.definitions, anchor: "overview", source: "goals")
    }

    private func goalSlide(_ goal: Goal, source: String) -> Slide {
        let builder = InlineBuilder(report: report)
        var left: [Block] = []
        if let ministries = wording.ministries(goal.ministries) { left.append(.paragraph([.text(ministries)])) }
        if !goal.actions.isEmpty { left.append(builder.bulletList(goal.actions.map(\.text))) }
        for strategy in goal.strategies {
            var title = builder.inlines(strategy.title)
            if let ministries = wording.ministries(strategy.ministries) { title.append(.text(ministries)) }
            left.append(.heading(Heading(level: 3, number: wording.strategyNumber(strategy), content: title)))
            if !strategy.actions.isEmpty { left.append(builder.bulletList(strategy.actions.map(\.text))) }
            left += strategy.figures.map(builder.figure)
            left += strategy.notes.map(builder.note)
        }

        var right: [Block] = []
        if !goal.nextYear.isEmpty { right.append(builder.bulletList(goal.nextYear)) }
        if let policy = goal.policy { right.append(.paragraph(builder.inlines(policy))) }
        right += goal.notes.map(builder.note)
        right += goal.figures.map(builder.figure)
        right += goal.seeAlso.map { builder.seeAlso(builder.inlines($0)) }

        let rightTitle = goal.nextYear.isEmpty && goal.policy != nil ? wording.nextYearPolicy : wording.nextYearGoals
        let columns = Block.columns([
            Column(title: [.text(wording.thisYearActions)], blocks: left),
            Column(title: [.text(rightTitle)], blocks: right),
        ])
        return Slide(role: .section, title: builder.inlines(goal.title), number: wording.goalNumber(goal),
                     blocks: [columns], footnotes: builder.definitions, anchor: "goal-\(goal.number)",
                     source: source)
    }

    private func conclusionSlide() -> Slide? {
        let goals = report.goals.filter { !$0.highlightedActions.isEmpty }
        guard report.conclusion != nil || !goals.isEmpty else { return nil }
        let builder = InlineBuilder(report: report)
        var blocks: [Block] = []
        for goal in goals {
            blocks.append(.heading(Heading(level: 2, number: wording.goalNumber(goal),
                                           content: builder.inlines(goal.summaryTitle ?? goal.title))))
            blocks.append(builder.bulletList(goal.highlightedActions.map { $0.summary ?? $0.text }))
        }
        if let assessment = report.conclusion?.assessment, !assessment.isEmpty {
            blocks.append(builder.bulletList(assessment))
        }
        return Slide(role: .conclusion, title: [.text(wording.conclusionTitle)], blocks: blocks,
                     footnotes: builder.definitions, anchor: "conclusion", source: "conclusion")
    }
}
