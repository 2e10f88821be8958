import Foundation
import ShiryoFollowUp
@testable import ShiryoInquiry
import ShiryoXLSX

/// The sample with this year's answers taken out, as the secretariat sends it: no actions,
/// next year's goals, policies or results (the result columns stay, empty).
func stripped(_ report: FollowUpReport) -> FollowUpReport {
    var report = report
    for goalIndex in report.goals.indices {
        report.goals[goalIndex].actions = []
        report.goals[goalIndex].nextYear = []
        report.goals[goalIndex].policy = nil
        for strategyIndex in report.goals[goalIndex].strategies.indices {
            report.goals[goalIndex].strategies[strategyIndex].actions = []
            report.goals[goalIndex].strategies[strategyIndex].indicators = report.goals[goalIndex].strategies[strategyIndex]
                .indicators.map { entry in
                    func clear(_ row: IndicatorRow) -> IndicatorRow {
                        var row = row
                        row.values = Array(repeating: .empty, count: row.values.count)
                        return row
                    }
                    switch entry {
                    case .row(let row): return .row(clear(row))
                    case .group(var group):
                        group.rows = group.rows.map(clear)
                        return .group(group)
                    }
                }
        }
    }
    return report
}

/// The answers of every ministry as read back from workbooks holding `answers`' own text
/// (made from the full report, so every input cell is filled as a ministry would).
func answerFiles(of answers: FollowUpReport, slots: Int = 8) throws -> [AnswerFile] {
    let maker = InquiryWorkbookMaker(layout: InquiryLayout(report: answers, minimumSlots: slots))
    return try answers.ministries.ministries.map(\.id).filter { maker.layout.hasRows(for: $0) }.map { id in
        try AnswerFile.read(try maker.data(for: id), name: "\(id).xlsx")
    }
}

extension AnswerFile {
    /// Changes the rows of one sheet.
    mutating func edit(_ sheet: String, _ change: (inout [ReadRow]) -> Void) {
        guard let index = sheets.firstIndex(where: { $0.name == sheet }) else { return }
        change(&sheets[index].rows)
    }

    mutating func set(_ sheet: String, _ reference: String, _ value: CellValue?) {
        guard let cell = CellReference(reference) else { return }
        edit(sheet) { rows in
            if !rows.contains(where: { $0.number == cell.row }) { rows.append(ReadRow(number: cell.row, cells: [])) }
            guard let index = rows.firstIndex(where: { $0.number == cell.row }) else { return }
            rows[index].cells.removeAll { $0.column == cell.column }
            if let value { rows[index].cells.append((cell.column, value)) }
            rows[index].cells.sort { $0.column < $1.column }
        }
    }

    func value(_ sheet: String, _ reference: String) -> CellValue? {
        guard let cell = CellReference(reference) else { return nil }
        return rows(of: sheet)?.first { $0.number == cell.row }?.value(at: cell.column)
    }

    /// The row number holding identifier `id` on `sheet`.
    func row(_ sheet: String, id: String) -> Int? {
        rows(of: sheet)?.first { $0.value(at: 1) == .text(id) }?.number
    }
}

extension Array where Element == AnswerFile {
    subscript(ministry: String) -> AnswerFile {
        get { first { $0.name == "\(ministry).xlsx" } ?? AnswerFile(name: "missing", sheets: []) }
        set {
            if let index = firstIndex(where: { $0.name == "\(ministry).xlsx" }) { self[index] = newValue }
        }
    }
}
