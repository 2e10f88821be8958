import ShiryoModel

/// Columns outside a slide frame (slides draw their columns into their own frame): side by
/// side in a framed grid when each column gets `minimumColumnWidth`, stacked otherwise.
struct ColumnsLayout {
    /// The narrowest column that still reads as running text beside another.
    static let minimumColumnWidth = 30

    let layout: BlockLayout

    func lines(for columns: [Column], width: Int) -> [TextLine] {
        guard !columns.isEmpty else { return [] }
        let frame = layout.frame
        let total = frame.frameWidth(atMost: width)
        if columns.count > 1,
           let widths = ColumnSplit.widths(total: total, weights: columns.map { _ in 1 },
                                           minimum: Self.minimumColumnWidth, frame: frame) {
            var grid = Grid(columnWidths: widths)
            grid.rows = Self.sideBySideRows(columns, layout: layout)
            return grid.render(frame)
        }
        var output: [TextLine] = []
        for column in columns {
            if !output.isEmpty { output.append(.empty) }
            if let title = column.title {
                output.append(contentsOf: layout.wrap("【" + InlineText.plain(title) + "】", width: width))
            }
            output.append(contentsOf: layout.lines(for: column.blocks, width: width))
        }
        return output
    }

    /// A row of titles (when a column has one) and a row of contents, one cell per column.
    static func sideBySideRows(_ columns: [Column], layout: BlockLayout) -> [[Grid.Cell]] {
        var rows: [[Grid.Cell]] = []
        if columns.contains(where: { $0.title != nil }) {
            rows.append(columns.map { column in
                Grid.Cell { width in column.title.map { layout.wrap(InlineText.plain($0), width: width) } ?? [] }
            })
        }
        rows.append(columns.map { column in Grid.Cell { width in layout.lines(for: column.blocks, width: width) } })
        return rows
    }
}
