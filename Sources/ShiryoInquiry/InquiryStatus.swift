import Foundation
import ShiryoFollowUp
import ShiryoXLSX

/// Who has answered what: for every ministry, the strategies (action rows) and indicators
/// it is responsible for and which of them its answers still leave empty.
package struct InquiryStatus: Sendable, Equatable, Encodable {
    package struct Item: Sendable, Equatable, Encodable {
        /// `1.1` for a strategy (or `G1` for a goal's own actions), `1.1-I3` for an indicator.
        package var id: String
        package var title: String
        /// Other ministries that answered this shared item.
        package var answeredBy: [String]
    }

    package struct Count: Sendable, Equatable, Encodable {
        package var total: Int
        package var answered: Int
        package var empty: [Item]
    }

    package struct Ministry: Sendable, Equatable, Encodable {
        package var id: String
        package var name: String
        /// The answer files read for the ministry; empty when it has not answered.
        package var files: [String]
        /// Problems found in its answers (`merge` lists them).
        package var problems: Int
        package var strategies: Count
        package var indicators: Count
    }

    package var fiscalYear: Int
    package var ministries: [Ministry]
    /// Files that could not be read or attributed to a ministry.
    package var unreadable: [String]

    package init(layout: InquiryLayout, files: [AnswerFile], unreadable unreadableFiles: [String] = []) {
        var answersByMinistry: [String: [String: RowAnswer]] = [:]
        var filesByMinistry: [String: [String]] = [:]
        var problemsByMinistry: [String: Int] = [:]
        var unattributed = unreadableFiles
        for (file, checker) in zip(files, InquiryMerger.check(files, layout: layout)) {
            guard let ministry = checker.ministry else { unattributed.append(file.name); continue }
            filesByMinistry[ministry, default: []].append(file.name)
            problemsByMinistry[ministry, default: 0] += checker.problems.count
            answersByMinistry[ministry, default: [:]].merge(checker.answers) { first, _ in first }
        }
        let report = layout.report
        func hasText(_ ministry: String, _ row: LayoutRow, columns: Range<Int>) -> Bool {
            guard let answer = answersByMinistry[ministry]?[row.id] else { return false }
            return answer.cells.keys.contains { columns.contains($0) }
        }
        let indicatorColumns = layout.columns(.indicators)
        let firstValue = (indicatorColumns.firstIndex { $0.header == InquiryLayout.formatHeader } ?? 0) + 1
        let valueColumns = firstValue..<indicatorColumns.count
        fiscalYear = report.fiscalYear
        unreadable = unattributed
        ministries = report.ministries.ministries.filter { layout.hasRows(for: $0.id) }.map { ministry in
            // Action rows grouped by strategy (or goal): answered when any of its rows has text.
            var blocks: [(id: String, title: String, rows: [LayoutRow])] = []
            for row in layout.rows(.actions, for: ministry.id) {
                let id = String(row.id[..<(row.id.range(of: "-A")?.lowerBound ?? row.id.endIndex)])
                if blocks.last?.id == id { blocks[blocks.count - 1].rows.append(row) } else {
                    blocks.append((id, row.cells[2].isEmpty ? row.cells[1] : row.cells[2], [row]))
                }
            }
            func others(_ rows: [LayoutRow], columns: Range<Int>) -> [String] {
                rows.flatMap(\.owners).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                    .filter { other in other != ministry.id && rows.contains { hasText(other, $0, columns: columns) } }
                    .map { report.ministries.name(of: $0) ?? $0 }
            }
            let emptyBlocks = blocks.filter { block in !block.rows.contains { hasText(ministry.id, $0, columns: 3..<4) } }
            let indicatorRows = layout.rows(.indicators, for: ministry.id)
            let emptyIndicators = indicatorRows.filter { !hasText(ministry.id, $0, columns: valueColumns) }
            return Ministry(
                id: ministry.id, name: ministry.name, files: filesByMinistry[ministry.id] ?? [],
                problems: problemsByMinistry[ministry.id] ?? 0,
                strategies: Count(
                    total: blocks.count, answered: blocks.count - emptyBlocks.count,
                    empty: emptyBlocks.map { Item(id: $0.id, title: $0.title, answeredBy: others($0.rows, columns: 3..<4)) }),
                indicators: Count(
                    total: indicatorRows.count, answered: indicatorRows.count - emptyIndicators.count,
                    empty: emptyIndicators.map {
                        Item(id: $0.id, title: $0.cells[4], answeredBy: others([$0], columns: valueColumns))
                    }))
        }
    }

    // MARK: - Output

    /// The terminal table: one block per ministry.
    package var text: String {
        var lines: [String] = []
        for ministry in ministries {
            let state = ministry.files.isEmpty ? "未回答" : ministry.files.joined(separator: ", ")
            lines.append("\(ministry.name) (\(ministry.id)): \(state)")
            lines.append("  戦略 \(ministry.strategies.answered)/\(ministry.strategies.total) 回答済、"
                + "指標 \(ministry.indicators.answered)/\(ministry.indicators.total) 回答済"
                + (ministry.problems > 0 ? "、問題 \(ministry.problems) 件（inquiry merge で確認）" : ""))
            for (kind, count) in [("戦略", ministry.strategies), ("指標", ministry.indicators)] {
                for item in count.empty {
                    let others = item.answeredBy.isEmpty ? "" : "（\(item.answeredBy.joined(separator: "、"))が回答済）"
                    let name = kind == "戦略" ? item.title : "\(kind) \(item.id) \(item.title)"
                    lines.append("  未記入 \(Self.shortened(name))\(others)")
                }
            }
        }
        for file in unreadable { lines.append("読めないファイル: \(file)") }
        return lines.joined(separator: "\n") + "\n"
    }

    package func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// A workbook: a summary sheet, one row per ministry, and the empty items, one a row.
    package func workbook() throws -> Data {
        let summaryHeaders = ["府省庁コード", "府省庁", "回答ファイル", "戦略（件）", "戦略 回答済（件）", "指標（件）", "指標 回答済（件）", "問題（件）"]
        var summary: [[Cell?]] = [summaryHeaders.map { Cell($0, style: .header) }]
        var empty: [[Cell?]] = [["府省庁コード", "府省庁", "区分", "識別番号", "名称", "回答済の他府省庁"].map { Cell($0, style: .header) }]
        for ministry in ministries {
            summary.append([
                ministry.id, ministry.name, ministry.files.isEmpty ? "未回答" : ministry.files.joined(separator: "\n"),
                String(ministry.strategies.total), String(ministry.strategies.answered),
                String(ministry.indicators.total), String(ministry.indicators.answered), String(ministry.problems),
            ].map { Cell($0, style: .locked) })
            for (kind, count) in [("戦略", ministry.strategies), ("指標", ministry.indicators)] {
                for item in count.empty {
                    empty.append([ministry.id, ministry.name, kind, item.id, item.title, item.answeredBy.joined(separator: "、")]
                        .map { Cell($0, style: .locked) })
                }
            }
        }
        return try WorkbookWriter.write(Workbook(title: "照会の回答状況", sheets: [
            Worksheet(name: "回答状況", columns: [12, 28, 24, 10, 12, 10, 12, 10].map { Column(width: $0) },
                      rows: summary, frozenRows: 1, isProtected: false),
            Worksheet(name: "未記入", columns: [12, 28, 8, 12, 60, 28].map { Column(width: $0) },
                      rows: empty, frozenRows: 1, isProtected: false),
        ]))
    }

    private static func shortened(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return line.count > 40 ? String(line.prefix(40)) + "…" : line
    }
}
