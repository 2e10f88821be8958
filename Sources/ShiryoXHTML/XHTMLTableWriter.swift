import ShiryoModel

/// Tables: `<colgroup>` widths from the relative column widths, header rows in `<thead>`
/// (repeated on every page by the paged-media CSS), and one `<tbody>` per group, opened by
/// a group row whose `<th>` spans every column.
struct XHTMLTableWriter {
    let context: XHTMLContext

    private var output: XHTMLOutput { context.output }
    private var inlines: XHTMLInlineWriter { XHTMLInlineWriter(context: context) }
    private var blocks: XHTMLBlockWriter { XHTMLBlockWriter(context: context) }

    /// HTML's own limits; larger values are treated as the limit by browsers anyway.
    private static let maximumColumnSpan = 1000
    private static let maximumRowSpan = 65534

    func write(_ table: Table) throws {
        try output.element("table", [("class", "data-table")]) {
            if let caption = table.caption, !caption.isEmpty {
                try output.element("caption") { try inlines.write(caption) }
            }
            try writeColumnGroup(table.columns)
            if !table.headerRows.isEmpty {
                try output.element("thead") {
                    for row in table.headerRows {
                        try writeRow(row, cellElement: "th")
                    }
                }
            }
            try writeBody(table.rows, columnCount: max(table.columns.count, 1))
        }
    }

    private func writeColumnGroup(_ columns: [TableColumn]) throws {
        guard !columns.isEmpty else { return }
        // Doubles, because widths come from data and an Int sum could overflow.
        let total = columns.reduce(0.0) { $0 + Double(max($1.width, 0)) }
        try output.element("colgroup") {
            for column in columns {
                guard total > 0 else {
                    try output.void("col")
                    continue
                }
                try output.void("col", [("style", "width: \(Self.percentage(max(column.width, 0), of: total))")])
            }
        }
    }

    /// `41.67%`, formatted from whole hundredths so the text is the same on every platform.
    static func percentage(_ part: Int, of total: Double) -> String {
        let hundredths = Int((Double(part) / total * 10_000).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
    }

    private func writeBody(_ rows: [TableRow], columnCount: Int) throws {
        // Rows before the first group row form a body of their own; each group row then
        // starts a new body, which is what its heading applies to.
        var bodyIsOpen = false
        for row in rows {
            switch row {
            case .group(let content):
                if bodyIsOpen { try output.end() }
                try output.start("tbody")
                bodyIsOpen = true
                try output.element("tr", [("class", "group")]) {
                    let span = min(columnCount, Self.maximumColumnSpan)
                    try output.element("th", [("colspan", String(span)), ("scope", "colgroup")]) {
                        try inlines.write(content)
                    }
                }
            case .cells(let cells):
                if !bodyIsOpen {
                    try output.start("tbody")
                    bodyIsOpen = true
                }
                try writeRow(cells, cellElement: "td")
            }
        }
        if bodyIsOpen { try output.end() }
    }

    private func writeRow(_ cells: [TableCell], cellElement: String) throws {
        try output.element("tr") {
            for cell in cells {
                var attributes: XHTMLOutput.Attributes = cellElement == "th" ? [("scope", "col")] : []
                if cell.columnSpan > 1 {
                    attributes.append(("colspan", String(min(cell.columnSpan, Self.maximumColumnSpan))))
                }
                if cell.rowSpan > 1 {
                    attributes.append(("rowspan", String(min(cell.rowSpan, Self.maximumRowSpan))))
                }
                try output.element(cellElement, attributes) { try blocks.writeCompact(cell.blocks) }
            }
        }
    }
}
