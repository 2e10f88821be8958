import ShiryoModel

/// Builds a strategy's indicator table: 評価指標 | 実績 (one or more columns) | 府省庁, with
/// group rows spanning the table. With last year's results shown (the report's
/// `indicatorTables.previous`, by default whenever a row has one) the results are
/// 前年度 | 今年度 side by side.
struct IndicatorTableBuilder {
    let wording: Wording
    let builder: InlineBuilder

    static let nameHeader = "評価指標"
    static let valueHeader = "実績"
    static let ministryHeader = "府省庁"

    var showsPrevious: Bool { wording.showsPreviousResults }

    func table(_ entries: [IndicatorEntry]) -> Table {
        let valueColumns = max(1, entries.lazy.flatMap(\.rows).map(\.values.count).max() ?? 1)
        let previousColumns = showsPrevious ? max(1, entries.lazy.flatMap(\.rows).map(\.previous.count).max() ?? 1) : 0
        let resultColumns = valueColumns + previousColumns
        let valueWidth = resultColumns == 1 ? 5 : max(2, 6 / resultColumns)
        let columns = [TableColumn(width: 5)]
            + Array(repeating: TableColumn(width: valueWidth), count: resultColumns)
            + [TableColumn(width: 2)]
        var header = [TableCell(blocks: [.paragraph([.text(Self.nameHeader)])])]
        if previousColumns > 0 {
            header.append(TableCell(blocks: [.paragraph([.text(wording.previousResultsHeader)])], columnSpan: previousColumns))
            header.append(TableCell(blocks: [.paragraph([.text(wording.thisYearResultsHeader)])], columnSpan: valueColumns))
        } else {
            header.append(TableCell(blocks: [.paragraph([.text(Self.valueHeader)])], columnSpan: valueColumns))
        }
        header.append(TableCell(blocks: [.paragraph([.text(Self.ministryHeader)])]))
        var rows: [TableRow] = []
        for entry in entries {
            switch entry {
            case .row(let row):
                rows.append(self.row(row, valueColumns: valueColumns, previousColumns: previousColumns))
            case .group(let group):
                rows.append(.group(builder.inlines(group.title)))
                rows += group.rows.map { self.row($0, valueColumns: valueColumns, previousColumns: previousColumns) }
            }
        }
        return Table(columns: columns, headerRows: [header], rows: rows)
    }

    private func row(_ row: IndicatorRow, valueColumns: Int, previousColumns: Int) -> TableRow {
        var cells = [TableCell(blocks: blocks(row.name))]
        for index in 0..<previousColumns {
            cells.append(TableCell(blocks: index < row.previous.count ? blocks(row.previous[index]) : []))
        }
        for index in 0..<valueColumns {
            cells.append(TableCell(blocks: index < row.values.count ? blocks(row.values[index]) : []))
        }
        let ministries = wording.ministryNames(row.ministries)
        cells.append(TableCell(blocks: ministries.isEmpty ? [] : [.paragraph([.text(ministries)])]))
        return .cells(cells)
    }

    private func blocks(_ content: CellContent) -> [Block] {
        switch content {
        case .text(let text):
            return text.isEmpty ? [] : [.paragraph(builder.inlines(text))]
        case .list(let items, let style):
            let listStyle: ListStyle = switch style {
            case .bullet: .bullet
            case .dot: .dot
            case .none: .none
            }
            return [.list(ListBlock(style: listStyle, items: items.map { [.paragraph(builder.inlines($0))] }))]
        }
    }
}

extension IndicatorEntry {
    var rows: [IndicatorRow] {
        switch self {
        case .row(let row): [row]
        case .group(let group): group.rows
        }
    }
}
