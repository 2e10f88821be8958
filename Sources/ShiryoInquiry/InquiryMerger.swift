import Foundation
import ShiryoFollowUp

/// Merges the answers of the ministries into the report: checks every file and cell,
/// finds conflicting answers to shared rows, builds the new report and checks it with the
/// loader's own rules, each problem located at the cell it came from.
package struct InquiryMerger {
    package struct Result: Sendable {
        package var report: FollowUpReport
        /// The data format text of `report`.
        package var yaml: String
        package var problems: [InquiryProblem]
        /// Ministry id → the files it answered in.
        package var answered: [String: [String]]
    }

    package let layout: InquiryLayout

    package init(report: FollowUpReport) {
        layout = InquiryLayout(report: report)
    }

    package init(layout: InquiryLayout) {
        self.layout = layout
    }

    /// Merges `files`; with `partial`, cells with a problem are left out and the rest merged,
    /// otherwise the result is meant to be written only when `problems` is empty.
    ///
    /// The merged report is not loaded again from its YAML: every answered cell was checked
    /// with the loader's rules for a text (markup, footnotes defined, characters), and what
    /// only the whole report can break, a footnote no text refers to any more, is checked
    /// here; such a footnote is reported and left out, so that even a `partial` result passes
    /// `validate`.
    package func merge(_ files: [AnswerFile], fileProblems: [InquiryProblem] = [], partial: Bool = false) -> Result {
        var problems = fileProblems
        var answersByRow: [String: [RowAnswer]] = [:]
        var answered: [String: [String]] = [:]
        for (file, checker) in zip(files, Self.check(files, layout: layout)) {
            problems += checker.problems
            if let ministry = checker.ministry { answered[ministry, default: []].append(file.name) }
            for (id, answer) in checker.answers { answersByRow[id, default: []].append(answer) }
        }
        let resolved = resolveConflicts(answersByRow, problems: &problems)
        var report = apply(resolved)
        var yaml = ReportYAMLWriter.yaml(report)
        let unreferenced = report.footnotes.filter { !yaml.contains("[^\($0.id)]") }
        if !unreferenced.isEmpty {
            for footnote in unreferenced {
                problems.append(InquiryProblem(
                    AnswerLocation(file: "merged report"), "footnotes.\(footnote.id)",
                    "the answers no longer refer to the footnote '\(footnote.id)' (the texts that did were replaced), "
                        + "so it is left out; expected '[^\(footnote.id)]' in some answer, or the footnote removed from the report"))
            }
            let ids = Set(unreferenced.map(\.id))
            report.footnotes.removeAll { ids.contains($0.id) }
            yaml = ReportYAMLWriter.yaml(report)
        }
        problems.sort { $0.location < $1.location }
        return Result(report: report, yaml: yaml, problems: problems, answered: answered)
    }

    /// Each file checked on its own, on as many cores as there are; results in file order.
    static func check(_ files: [AnswerFile], layout: InquiryLayout) -> [AnswerChecker] {
        let results = ConcurrentResults<AnswerChecker>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            var checker = AnswerChecker(layout: layout)
            checker.check(files[index])
            results.set(index, checker)
        }
        return results.values
    }

    // MARK: - Conflicts

    /// One text per row and input column. Two ministries that write different texts into
    /// the same cell of a shared row conflict: both places are named and the first is kept.
    private func resolveConflicts(
        _ answersByRow: [String: [RowAnswer]], problems: inout [InquiryProblem]
    ) -> [String: [Int: AnsweredCell]] {
        var resolved: [String: [Int: AnsweredCell]] = [:]
        for (id, answers) in answersByRow {
            guard let (sheet, row) = layout.rowsByID[id] else { continue }
            let columns = layout.columns(sheet)
            var cells: [Int: AnsweredCell] = [:]
            for answer in answers.sorted(by: { $0.file < $1.file }) {
                for (column, cell) in answer.cells.sorted(by: { $0.key < $1.key }) {
                    if let kept = cells[column] {
                        if kept.text != cell.text {
                            problems.append(InquiryProblem(
                                cell.location, row.keyPath,
                                "\(name(answer.ministry)) answered the shared row \(id) (\(columns[column].header)) with 「\(cell.text)」, "
                                    + "but \(kept.location) answered 「\(kept.text)」; expected one answer"))
                        }
                    } else {
                        cells[column] = cell
                    }
                }
            }
            resolved[id] = cells
        }
        return resolved
    }

    private func name(_ ministry: String) -> String { layout.report.ministries.name(of: ministry) ?? ministry }

    // MARK: - Applying

    /// The report with the answers in.
    private func apply(_ answers: [String: [Int: AnsweredCell]]) -> FollowUpReport {
        var report = layout.report
        func cell(_ id: String, _ column: Int) -> AnsweredCell? { answers[id]?[column] }
        let actionColumns = (text: 3, highlight: 4, summary: 5)

        // Actions: a block answered in any workbook is replaced by its non-empty slots.
        var actionBlocks: [String: [LayoutRow]] = [:]
        var blockOrder: [String] = []
        for row in layout.rows[.actions] ?? [] {
            guard case .action(let goal, let strategy, _) = row.target else { continue }
            let key = "\(goal)/\(strategy.map(String.init) ?? "-")"
            if actionBlocks[key] == nil { blockOrder.append(key) }
            actionBlocks[key, default: []].append(row)
        }
        for key in blockOrder {
            guard let rows = actionBlocks[key], let first = rows.first, case .action(let goal, let strategy, _) = first.target,
                  rows.contains(where: { answers[$0.id] != nil })
            else { continue }
            var actions: [Action] = []
            for row in rows {
                guard let text = cell(row.id, actionColumns.text) else { continue }
                let summary = cell(row.id, actionColumns.summary)
                let highlighted = cell(row.id, actionColumns.highlight) != nil
                guard let richText = text.rich else { continue }
                actions.append(Action(text: richText, highlight: highlighted, summary: summary?.rich))
            }
            if let strategy {
                report.goals[goal].strategies[strategy].actions = actions
            } else {
                report.goals[goal].actions = actions
            }
        }

        // Next year's goals and the policy.
        var nextYear: [Int: [RichText]] = [:]
        var nextYearAnswered = Set<Int>()
        for row in layout.rows[.nextYear] ?? [] {
            switch row.target {
            case .nextYear(let goal, _):
                guard answers[row.id] != nil else { continue }
                nextYearAnswered.insert(goal)
                guard let text = cell(row.id, 3), let rich = text.rich else { continue }
                nextYear[goal, default: []].append(rich)
            case .policy(let goal):
                guard let text = cell(row.id, 3), let rich = text.rich else { continue }
                report.goals[goal].policy = rich
            default:
                continue
            }
        }
        for goal in nextYearAnswered { report.goals[goal].nextYear = nextYear[goal] ?? [] }

        // Indicator results.
        let columns = layout.columns(.indicators)
        let formatColumn = columns.firstIndex { $0.header == InquiryLayout.formatHeader } ?? 0
        for row in layout.rows[.indicators] ?? [] {
            guard case .indicator(let goal, let strategy, let entry, let inner) = row.target else { continue }
            let valueCells = (0..<layout.valueColumns).map { cell(row.id, formatColumn + 1 + $0) }
            guard let last = valueCells.lastIndex(where: { $0 != nil }) else { continue }
            let format = cell(row.id, formatColumn)?.text
            let style = InquiryLayout.formatChoices.first { $0.label == format }?.style
            // As many result cells as answered, or as the row had (the table's shape).
            let existing = report.goals[goal].strategies[strategy].indicators[entry].indicatorRows[inner ?? 0].values.count
            let count = min(layout.valueColumns, max(last + 1, existing))
            var values: [CellContent] = []
            for value in valueCells[..<count] {
                guard let value else { values.append(.empty); continue }
                if let style {
                    let items = value.text.split(separator: "\n").compactMap { try? RichText(markup: String($0)) }
                    values.append(.list(items, style: style))
                } else {
                    values.append(.text(value.rich ?? RichText([])))
                }
            }
            report.goals[goal].strategies[strategy].indicators[entry].setValues(values, row: inner)
        }
        return report
    }
}

extension IndicatorEntry {
    fileprivate mutating func setValues(_ values: [CellContent], row: Int?) {
        switch self {
        case .row(var indicator) where row == nil:
            indicator.values = values
            self = .row(indicator)
        case .group(var group):
            guard let row, group.rows.indices.contains(row) else { return }
            group.rows[row].values = values
            self = .group(group)
        default:
            return
        }
    }
}

/// Results written by concurrent iterations, one slot each.
package final class ConcurrentResults<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    package init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    package func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Every slot that was set, in order.
    package var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
