import ShiryoFollowUp

/// The report of the next fiscal year, rolled over from this one: the plan, ministries,
/// goals, strategies, indicator names and groups carry over; actions, next year's goals,
/// policies, overviews, figures, the 総括 and this year's results are cleared; each result
/// becomes the row's `previous` so the tables show 前年度 beside 今年度; the dates move on
/// (as-of a year later, the issue date a draft).
package enum NextYearRollover {
    package struct Result: Sendable {
        package var report: FollowUpReport
        /// Footnotes no text refers to any more, dropped (the loader refuses unreferenced ones).
        package var droppedFootnotes: [String]
    }

    package static func roll(_ report: FollowUpReport) -> Result {
        var next = report
        next.fiscalYear = report.fiscalYear + 1
        next.asOf = oneYearLater(report.asOf)
        next.issued = .draft(year: next.fiscalYear + 2)
        next.conclusion = nil
        for goalIndex in next.goals.indices {
            var goal = next.goals[goalIndex]
            goal.overview = nil
            goal.actions = []
            goal.nextYear = []
            goal.policy = nil
            goal.figures = []
            for strategyIndex in goal.strategies.indices {
                var strategy = goal.strategies[strategyIndex]
                strategy.actions = []
                strategy.figures = []
                strategy.indicators = strategy.indicators.map { entry in
                    switch entry {
                    case .row(let row): .row(rolled(row))
                    case .group(let group): .group(IndicatorGroup(title: group.title, rows: group.rows.map(rolled)))
                    }
                }
                goal.strategies[strategyIndex] = strategy
            }
            next.goals[goalIndex] = goal
        }
        // Footnotes referenced by a kept footnote stay too.
        var referenced = Set(referencedNotes(next))
        while true {
            let more = next.footnotes.filter { referenced.contains($0.id) }.compactMap(\.text).flatMap(\.footnoteIDs)
            let grown = referenced.union(more)
            if grown == referenced { break }
            referenced = grown
        }
        let dropped = next.footnotes.filter { !referenced.contains($0.id) }.map(\.id)
        next.footnotes.removeAll { !referenced.contains($0.id) }
        return Result(report: next, droppedFootnotes: dropped)
    }

    /// This year's results become last year's; the result columns stay, empty.
    private static func rolled(_ row: IndicatorRow) -> IndicatorRow {
        var row = row
        row.previous = row.values
        row.values = Array(repeating: .empty, count: row.values.count)
        return row
    }

    private static func oneYearLater(_ date: CalendarDate) -> CalendarDate {
        CalendarDate(year: date.year + 1, month: date.month, day: date.day)
            ?? CalendarDate(year: date.year + 1, month: date.month, day: date.day - 1) ?? date
    }

    /// Every footnote or glossary id referenced by any text the report still has.
    private static func referencedNotes(_ report: FollowUpReport) -> [String] {
        var texts: [RichText] = report.lead + report.glossary.map(\.definition)
            + (report.conclusion?.assessment ?? [])
        func cellTexts(_ cell: CellContent) -> [RichText] {
            switch cell {
            case .text(let text): [text]
            case .list(let items, _): items
            }
        }
        for goal in report.goals {
            texts += [goal.title] + [goal.summaryTitle, goal.overview, goal.policy].compactMap { $0 } + goal.nextYear
                + goal.notes + goal.seeAlso + goal.actions.flatMap { [$0.text] + [$0.summary].compactMap { $0 } }
                + goal.figures.flatMap { [$0.caption] + [$0.description, $0.credit].compactMap { $0 } }
            for strategy in goal.strategies {
                texts += [strategy.title] + strategy.notes + strategy.actions.flatMap { [$0.text] + [$0.summary].compactMap { $0 } }
                    + strategy.figures.flatMap { [$0.caption] + [$0.description, $0.credit].compactMap { $0 } }
                for row in strategy.indicators.flatMap(\.indicatorRows) {
                    texts += ([row.name] + row.values + row.previous).flatMap(cellTexts)
                }
                for case .group(let group) in strategy.indicators { texts.append(group.title) }
            }
        }
        return texts.flatMap(\.footnoteIDs)
    }
}
