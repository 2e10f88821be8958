import ShiryoModel

/// Indicator tables: full text width split by the model's relative widths, bordered,
/// header rows repeated on every page, group rows across all columns, rows kept whole.
struct TableWriter {
    let body: BodyWriter
    var w: WordWriter { body.w }

    /// Cell padding left and right, in twips (also written as the table's cell margins).
    static let cellPadding = 85

    func write(_ table: Table, in container: Container) throws {
        if let caption = table.caption {
            try body.paragraph(ParagraphProperties(style: StyleID.caption, keepNext: true), in: container) {
                try body.runs(in: container).write(caption)
            }
        }
        let grid = Self.columnWidths(table.columns.map(\.width), total: container.width)
        try w.element("tbl") {
            try writeTableProperties(width: container.width)
            try w.element("tblGrid") {
                for width in grid { try w.empty("gridCol", ["w": String(width)]) }
            }
            var headerSpans = VerticalSpans()
            for row in table.headerRows {
                try writeRow(row, grid: grid, header: true, spans: &headerSpans, in: container)
            }
            var spans = VerticalSpans()
            for row in table.rows {
                switch row {
                case .cells(let cells):
                    try writeRow(cells, grid: grid, header: false, spans: &spans, in: container)
                case .group(let content):
                    try writeGroupRow(content, grid: grid, in: container)
                }
            }
        }
        // Two tables in a row would merge into one in Word; a paragraph keeps them apart.
        try body.paragraph(ParagraphProperties(spacing: .init(before: 0, after: 60)), in: container) {}
    }

    /// Twips per grid column, summing exactly to `total`.
    static func columnWidths(_ weights: [Int], total: Int) -> [Int] {
        let weights = weights.isEmpty ? [1] : weights.map { max($0, 1) }
        let sum = weights.reduce(0, +)
        var widths = weights.map { total * $0 / sum }
        widths[widths.count - 1] += total - widths.reduce(0, +)
        return widths
    }

    /// CT_TblPr order: tblStyle, tblW, jc, tblInd, tblBorders, shd, tblLayout, tblCellMar.
    private func writeTableProperties(width: Int) throws {
        try w.element("tblPr") {
            try w.value("tblStyle", w.styleID(StyleID.tableGrid))
            try w.empty("tblW", ["w": String(width), "type": "dxa"])
            try w.empty("tblInd", ["w": "0", "type": "dxa"])
            try TableBorders().write(to: w)
            try w.empty("tblLayout", ["type": "fixed"])
            try TableBorders.writeCellMargins(to: w, horizontal: Self.cellPadding)
        }
    }

    private func writeRow(
        _ cells: [TableCell], grid: [Int], header: Bool, spans: inout VerticalSpans, in container: Container
    ) throws {
        try w.element("tr") {
            try RowProperties(header: header).write(to: w)
            var column = 0
            for cell in cells {
                while let covered = spans.take(at: column) {
                    try writeContinuation(span: covered, column: column, grid: grid)
                    column += covered
                }
                guard column < grid.count else { break }
                let span = min(max(cell.columnSpan, 1), grid.count - column)
                let width = grid[column..<column + span].reduce(0, +)
                if cell.rowSpan > 1 { spans.start(at: column, span: span, rows: cell.rowSpan - 1) }
                try writeCell(
                    cell.blocks, width: width, span: span, merge: cell.rowSpan > 1 ? "restart" : nil,
                    fill: header ? Typography.headerFill : nil, header: header, in: container)
                column += span
            }
            while column < grid.count {
                if let covered = spans.take(at: column) {
                    try writeContinuation(span: covered, column: column, grid: grid)
                    column += covered
                } else {
                    // A short row is padded so every row has the grid's columns.
                    try writeCell([], width: grid[column], span: 1, merge: nil, fill: nil, header: header, in: container)
                    column += 1
                }
            }
        }
    }

    private func writeContinuation(span: Int, column: Int, grid: [Int]) throws {
        let width = grid[column..<min(column + span, grid.count)].reduce(0, +)
        try w.element("tc") {
            try CellProperties(width: width, span: span, merge: "continue").write(to: w)
            try w.element("p") {}
        }
    }

    private func writeGroupRow(_ content: [Inline], grid: [Int], in container: Container) throws {
        try w.element("tr") {
            try RowProperties().write(to: w)
            try w.element("tc") {
                try CellProperties(width: grid.reduce(0, +), span: grid.count, fill: Typography.groupFill).write(to: w)
                var properties = ParagraphProperties(style: StyleID.tableText, keepNext: true)
                properties.justification = "left"
                try body.paragraph(properties, in: container) {
                    try body.runs(in: container).write(content, format: .init(strong: true))
                }
            }
        }
    }

    private func writeCell(
        _ blocks: [Block], width: Int, span: Int, merge: String?, fill: String?, header: Bool, in container: Container
    ) throws {
        try w.element("tc") {
            try CellProperties(width: width, span: span, merge: merge, fill: fill, header: header).write(to: w)
            var inner = container
            inner.width = max(width - 2 * Self.cellPadding, 567)
            inner.textStyle = header ? StyleID.tableHeading : StyleID.tableText
            inner.listLevel = 0
            try body.write(blocks, in: inner)
            // A cell must end with a paragraph.
            if blocks.isEmpty || blocks.last.map(Self.endsWithTable) == true {
                try body.paragraph(ParagraphProperties(style: inner.textStyle), in: inner) {}
            }
        }
    }

    static func endsWithTable(_ block: Block) -> Bool {
        if case .table = block { return true }
        return false
    }

}

/// Cells merged downwards (`rowSpan`): which grid columns later rows must leave covered.
struct VerticalSpans {
    private var active: [Int: (span: Int, rows: Int)] = [:]

    mutating func start(at column: Int, span: Int, rows: Int) {
        active[column] = (span, rows)
    }

    /// If a merge covers `column` in this row, consumes one row of it and returns its span.
    mutating func take(at column: Int) -> Int? {
        guard let entry = active[column] else { return nil }
        active[column] = entry.rows > 1 ? (entry.span, entry.rows - 1) : nil
        return entry.span
    }
}
