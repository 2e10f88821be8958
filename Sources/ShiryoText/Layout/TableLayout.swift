import ShiryoModel

/// Indicator tables as framed grids: columns in proportion to their relative widths, text
/// wrapped inside the cells, group rows across all columns. Too narrow for a grid, a table
/// is written row by row as 「label：value」 lines.
struct TableLayout {
    /// The narrowest column of a grid: two wide characters.
    static let minimumColumnWidth = 4

    let layout: BlockLayout

    func lines(for table: Table, width: Int) -> [TextLine] {
        var output: [TextLine] = []
        if let caption = table.caption {
            output.append(contentsOf: layout.wrap(InlineText.plain(caption), width: width))
        }
        let count = columnCount(table)
        guard count > 0 else { return output }
        var weights = table.columns.map(\.width)
        if weights.count < count { weights += Array(repeating: 1, count: count - weights.count) }
        let frame = layout.frame
        if let widths = ColumnSplit.widths(total: frame.frameWidth(atMost: width), weights: Array(weights.prefix(count)),
                                           minimum: Self.minimumColumnWidth, frame: frame) {
            var grid = Grid(columnWidths: widths)
            for row in table.headerRows { grid.rows.append(row.map(gridCell)) }
            for row in table.rows {
                switch row {
                case .cells(let cells):
                    grid.rows.append(cells.map(gridCell))
                case .group(let content):
                    let text = InlineText.plain(content)
                    grid.rows.append([Grid.Cell(columnSpan: count) { layout.wrap(text, width: $0) }])
                }
            }
            output.append(contentsOf: grid.render(frame))
        } else {
            output.append(contentsOf: stacked(table, width: width))
        }
        return output
    }

    private func gridCell(_ cell: TableCell) -> Grid.Cell {
        Grid.Cell(columnSpan: cell.columnSpan, rowSpan: cell.rowSpan) { layout.lines(for: cell.blocks, width: $0) }
    }

    /// The number of grid columns: the declared columns, or more if a row needs them.
    private func columnCount(_ table: Table) -> Int {
        var count = table.columns.count
        for row in table.headerRows { count = max(count, row.reduce(0) { $0 + max($1.columnSpan, 1) }) }
        for case .cells(let cells) in table.rows { count = max(count, cells.reduce(0) { $0 + max($1.columnSpan, 1) }) }
        return count
    }

    /// Row by row: group rows as 【…】, each cell as 「header：value」 under a ・ per row.
    private func stacked(_ table: Table, width: Int) -> [TextLine] {
        var labels: [String] = []
        if let header = table.headerRows.first {
            for cell in header {
                let text = cell.blocks.map(\.plainText).joined(separator: " ")
                labels += Array(repeating: text, count: max(cell.columnSpan, 1))
            }
        }
        var output: [TextLine] = []
        for row in table.rows {
            if !output.isEmpty { output.append(.empty) }
            switch row {
            case .group(let content):
                output.append(contentsOf: layout.wrap("【" + InlineText.plain(content) + "】", width: width))
            case .cells(let cells):
                var column = 0
                var fields: [TextLine] = []
                let fieldWidth = width - 2 >= BlockLayout.minimumHangingTextWidth ? width - 2 : width
                for cell in cells {
                    let label = column < labels.count && !labels[column].isEmpty ? labels[column] + "：" : ""
                    column += max(cell.columnSpan, 1)
                    let prefix = layout.line(label)
                    let textWidth = fieldWidth - prefix.width
                    if textWidth >= BlockLayout.minimumHangingTextWidth {
                        fields += layout.hanging(prefix: prefix, lines: layout.lines(for: cell.blocks, width: textWidth))
                    } else {
                        if prefix.width > 0 { fields += layout.wrap(label, width: fieldWidth) }
                        fields += layout.lines(for: cell.blocks, width: fieldWidth)
                    }
                }
                // Too narrow even for the ・ and its indent: the fields alone.
                output += width - 2 >= BlockLayout.minimumHangingTextWidth ? layout.hanging(prefix: layout.line("・"), lines: fields) : fields
            }
        }
        return output
    }
}
