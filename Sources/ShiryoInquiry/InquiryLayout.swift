import ShiryoFollowUp

/// The sheets of an inquiry workbook (照会様式), by name as they appear in Excel.
package enum InquirySheet: String, CaseIterable, Sendable {
    case instructions = "記入要領"
    case actions = "取組"
    case nextYear = "次年度"
    case indicators = "指標"
}

/// What a column of a data sheet holds.
package enum ColumnRole: Sendable, Equatable {
    /// The row's identifier (`1.1-A1`): locked, the key that matches an answer to the report.
    case identifier
    /// Shown for reference and locked; an answer must bring it back unchanged.
    case locked
    /// Written by the ministry; `choices` when only those values (or nothing) may be written.
    case input(choices: [String]?)

    package var isInput: Bool { if case .input = self { true } else { false } }
}

package struct SheetColumn: Sendable, Equatable {
    package var header: String
    package var width: Double
    package var role: ColumnRole
}

/// Which part of the report a row answers.
package enum RowTarget: Sendable, Hashable {
    /// An action slot of a strategy (`strategy` set) or of the goal itself.
    case action(goal: Int, strategy: Int?, slot: Int)
    case nextYear(goal: Int, slot: Int)
    case policy(goal: Int)
    /// An indicator row: `entry` in the strategy's list, `row` inside a group.
    case indicator(goal: Int, strategy: Int, entry: Int, row: Int?)
}

/// One row of a data sheet as sent: its identifier, what each column shows, who answers it.
package struct LayoutRow: Sendable {
    package var id: String
    package var target: RowTarget
    /// One text per column of the sheet; input columns hold the report's current answer.
    package var cells: [String]
    /// The ministries that answer the row; a row shared by several goes to each.
    package var owners: [String]
    /// The key path in the report of the row's answer, for messages.
    package var keyPath: String
}

/// How the inquiry of a report is laid out: the columns of each data sheet and every row
/// with its owners. Both `make` and `merge` use it, so what is sent and what is checked on
/// the way back cannot drift apart.
package struct InquiryLayout: Sendable {
    package static let highlightMark = "○"
    package static let formatHeader = "今年度実績の形式"
    /// The 形式 choices of an indicator's result, in the order shown in the list.
    package static let formatChoices: [(label: String, style: CellContent.ListStyle?)] = [
        ("文章", nil), ("箇条書き（•）", .bullet), ("箇条書き（・）", .dot), ("箇条書き（記号なし）", CellContent.ListStyle.none),
    ]

    package let report: FollowUpReport
    /// The number of result columns: the widest row of the report, at least 1.
    package let valueColumns: Int
    package private(set) var rows: [InquirySheet: [LayoutRow]] = [:]
    package private(set) var rowsByID: [String: (sheet: InquirySheet, row: LayoutRow)] = [:]
    /// Empty action and next-year rows offered beyond what the report has, at least this many in all.
    package let minimumSlots: Int

    package init(report: FollowUpReport, minimumSlots: Int = 5) {
        self.report = report
        self.minimumSlots = minimumSlots
        valueColumns = max(1, report.goals.flatMap(\.strategies).flatMap(\.indicators).flatMap(\.indicatorRows)
            .map { max($0.values.count, $0.previous.count) }.max() ?? 1)
        for sheet in InquirySheet.allCases { columnsBySheet[sheet] = makeColumns(sheet) }
        build()
    }

    private var formatter: JapaneseDateFormatter { JapaneseDateFormatter(digits: .halfwidth) }
    package var yearLabel: String { formatter.fiscalYear(report.fiscalYear) ?? "\(report.fiscalYear)年度" }
    package var nextYearLabel: String { formatter.fiscalYear(report.fiscalYear + 1) ?? "\(report.fiscalYear + 1)年度" }

    /// The columns of a sheet (computed once: merge asks for every row).
    package func columns(_ sheet: InquirySheet) -> [SheetColumn] {
        columnsBySheet[sheet] ?? []
    }

    private var columnsBySheet: [InquirySheet: [SheetColumn]] = [:]

    private func makeColumns(_ sheet: InquirySheet) -> [SheetColumn] {
        let id = SheetColumn(header: "識別番号", width: 11, role: .identifier)
        let goal = SheetColumn(header: "目標", width: 28, role: .locked)
        let strategy = SheetColumn(header: "戦略", width: 32, role: .locked)
        switch sheet {
        case .instructions:
            return []
        case .actions:
            return [
                id, goal, strategy,
                SheetColumn(header: "\(yearLabel)の取組（1行に1つ）", width: 64, role: .input(choices: nil)),
                SheetColumn(header: "総括に掲載（○）", width: 11, role: .input(choices: [Self.highlightMark])),
                SheetColumn(header: "総括用の短い文（任意）", width: 40, role: .input(choices: nil)),
            ]
        case .nextYear:
            return [
                id, goal,
                SheetColumn(header: "区分", width: 24, role: .locked),
                SheetColumn(header: "記入欄", width: 72, role: .input(choices: nil)),
            ]
        case .indicators:
            var columns = [
                id, goal, strategy,
                SheetColumn(header: "グループ", width: 24, role: .locked),
                SheetColumn(header: "評価指標", width: 40, role: .locked),
                SheetColumn(header: "担当府省庁", width: 14, role: .locked),
            ]
            for index in 0..<valueColumns {
                columns.append(SheetColumn(header: numbered("前年度実績", index) + "（単位を含む）", width: 26, role: .locked))
            }
            columns.append(SheetColumn(
                header: Self.formatHeader, width: 16, role: .input(choices: Self.formatChoices.map(\.label))))
            for index in 0..<valueColumns {
                columns.append(SheetColumn(
                    header: numbered("今年度実績", index) + "（単位を含めて記入）", width: 36, role: .input(choices: nil)))
            }
            return columns
        }
    }

    private func numbered(_ header: String, _ index: Int) -> String {
        valueColumns == 1 ? header : header + String(index + 1)
    }

    /// The rows of a sheet a ministry answers, in report order.
    package func rows(_ sheet: InquirySheet, for ministry: String) -> [LayoutRow] {
        (rows[sheet] ?? []).filter { $0.owners.contains(ministry) }
    }

    /// Whether a ministry has anything to answer.
    package func hasRows(for ministry: String) -> Bool {
        InquirySheet.allCases.contains { !rows($0, for: ministry).isEmpty }
    }

    // MARK: - Building

    private mutating func build() {
        for (goalIndex, goal) in report.goals.enumerated() {
            let goalLabel = self.goalLabel(goal)
            let goalOwners = owners(of: goal)
            let goalPath = "goals[\(goalIndex)]"
            if goal.strategies.isEmpty || !goal.actions.isEmpty {
                addActions(goal.actions, prefix: "G\(goal.number)-A", goal: goalIndex, strategy: nil,
                           labels: [goalLabel, ""], owners: goalOwners, path: goalPath + ".actions")
            }
            for (strategyIndex, strategy) in goal.strategies.enumerated() {
                let strategyLabel = self.strategyLabel(strategy)
                let strategyOwners = strategy.ministries.isEmpty ? goal.ministries : strategy.ministries
                let strategyPath = goalPath + ".strategies[\(strategyIndex)]"
                addActions(strategy.actions, prefix: "\(strategy.number)-A", goal: goalIndex, strategy: strategyIndex,
                           labels: [goalLabel, strategyLabel], owners: strategyOwners, path: strategyPath + ".actions")
                var number = 0
                for (entryIndex, entry) in strategy.indicators.enumerated() {
                    switch entry {
                    case .row(let row):
                        number += 1
                        addIndicator(row, id: "\(strategy.number)-I\(number)", group: nil,
                                     target: .indicator(goal: goalIndex, strategy: strategyIndex, entry: entryIndex, row: nil),
                                     labels: [goalLabel, strategyLabel], fallbackOwners: strategyOwners,
                                     path: strategyPath + ".indicators[\(entryIndex)]")
                    case .group(let group):
                        for (rowIndex, row) in group.rows.enumerated() {
                            number += 1
                            addIndicator(row, id: "\(strategy.number)-I\(number)", group: group.title.plainText,
                                         target: .indicator(goal: goalIndex, strategy: strategyIndex, entry: entryIndex, row: rowIndex),
                                         labels: [goalLabel, strategyLabel], fallbackOwners: strategyOwners,
                                         path: strategyPath + ".indicators[\(entryIndex)].rows[\(rowIndex)]")
                        }
                    }
                }
            }
            let slots = max(minimumSlots, goal.nextYear.count + 2)
            for slot in 0..<slots {
                add(.nextYear, LayoutRow(
                    id: "G\(goal.number)-N\(slot + 1)", target: .nextYear(goal: goalIndex, slot: slot),
                    cells: ["", goalLabel, "\(nextYearLabel)以降の目標",
                            slot < goal.nextYear.count ? InlineMarkupWriter.markup(goal.nextYear[slot]) : ""],
                    owners: goalOwners, keyPath: goalPath + ".nextYear[\(slot)]"))
            }
            add(.nextYear, LayoutRow(
                id: "G\(goal.number)-P", target: .policy(goal: goalIndex),
                cells: ["", goalLabel, "\(yearLabel)の評価を踏まえた\(nextYearLabel)以降の取組方針",
                        goal.policy.map(InlineMarkupWriter.markup) ?? ""],
                owners: goalOwners, keyPath: goalPath + ".policy"))
        }
    }

    private mutating func addActions(
        _ actions: [Action], prefix: String, goal: Int, strategy: Int?, labels: [String], owners: [String], path: String
    ) {
        let slots = max(minimumSlots, actions.count + 2)
        for slot in 0..<slots {
            let action = slot < actions.count ? actions[slot] : nil
            add(.actions, LayoutRow(
                id: prefix + String(slot + 1), target: .action(goal: goal, strategy: strategy, slot: slot),
                cells: [""] + labels + [
                    action.map { InlineMarkupWriter.markup($0.text) } ?? "",
                    action?.highlight == true ? Self.highlightMark : "",
                    action?.summary.map(InlineMarkupWriter.markup) ?? "",
                ],
                owners: owners, keyPath: path + "[\(slot)]"))
        }
    }

    private mutating func addIndicator(
        _ row: IndicatorRow, id: String, group: String?, target: RowTarget, labels: [String], fallbackOwners: [String],
        path: String
    ) {
        let owners = row.ministries.isEmpty ? fallbackOwners : row.ministries
        var cells = [""] + labels + [group ?? "", Self.display(row.name), ministryNames(owners)]
        for index in 0..<valueColumns {
            cells.append(index < row.previous.count ? Self.display(row.previous[index]) : "")
        }
        let style: CellContent.ListStyle? = row.values.lazy.compactMap {
            if case .list(_, let style) = $0 { style } else { nil }
        }.first
        cells.append(Self.formatChoices.first { $0.style == style }?.label ?? Self.formatChoices[0].label)
        for index in 0..<valueColumns {
            cells.append(index < row.values.count ? Self.answerText(row.values[index]) : "")
        }
        add(.indicators, LayoutRow(id: id, target: target, cells: cells, owners: owners, keyPath: path + ".value"))
    }

    private mutating func add(_ sheet: InquirySheet, _ row: LayoutRow) {
        var row = row
        row.cells[0] = row.id
        rows[sheet, default: []].append(row)
        rowsByID[row.id] = (sheet, row)
    }

    private func owners(of goal: Goal) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        let all = goal.ministries + goal.strategies.flatMap { $0.ministries + $0.indicators.flatMap(\.indicatorRows).flatMap(\.ministries) }
        for id in all where seen.insert(id).inserted { result.append(id) }
        // In the registry's (official) order.
        return report.ministries.ministries.map(\.id).filter { seen.contains($0) }
    }

    func ministryNames(_ ids: [String]) -> String {
        ids.map { report.ministries.name(of: $0) ?? $0 }.joined(separator: "、")
    }

    func goalLabel(_ goal: Goal) -> String {
        let number = report.labels.map { "\($0.goal)\(goal.number)" } ?? "\(goal.number)."
        return number + " " + goal.title.plainText
    }

    func strategyLabel(_ strategy: Strategy) -> String {
        let number = report.labels.map { "\($0.strategy)\(strategy.number)" } ?? "(\(strategy.number))"
        return number + " " + strategy.title.plainText
    }

    /// A locked cell's text: markup, a list one item a line behind its marker.
    static func display(_ content: CellContent) -> String {
        switch content {
        case .text(let text): return InlineMarkupWriter.markup(text)
        case .list(let items, let style):
            let marker = switch style {
            case .bullet: "• "
            case .dot: "・"
            case .none: ""
            }
            return items.map { marker + InlineMarkupWriter.markup($0) }.joined(separator: "\n")
        }
    }

    /// An input cell's text: markup, or a list one item a line (the 形式 column says which).
    static func answerText(_ content: CellContent) -> String {
        switch content {
        case .text(let text): InlineMarkupWriter.markup(text)
        case .list(let items, _): items.map(InlineMarkupWriter.markup).joined(separator: "\n")
        }
    }
}

extension IndicatorEntry {
    package var indicatorRows: [IndicatorRow] {
        switch self {
        case .row(let row): [row]
        case .group(let group): group.rows
        }
    }
}
