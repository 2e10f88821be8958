import ShiryoModel

/// Tables as GFM pipe tables.
///
/// A pipe table has one header row, no spans and one line per row, so the model's table is
/// laid out on a grid first: a spanned cell's text goes into its first slot and the slots it
/// covers stay empty, a group row is a row with its heading in bold in the first column,
/// header rows after the first become bold body rows, and every row gets the same number of
/// cells. A cell's blocks are written on one line (a list as `・a ・b`). The delimiter row's
/// dashes follow the relative column widths, which pandoc reads as widths.
struct TableWriter {
    let blocks: BlockWriter

    func chunks(_ table: Table) -> [Chunk] {
        var result: [Chunk] = []
        if let caption = table.caption {
            result += blocks.paragraph(caption)
        }
        let headerGrid = Self.grid(table.headerRows.map(TableRow.cells), baseWidth: Self.baseWidth(of: table))
        let bodyGrid = Self.grid(table.rows, baseWidth: Self.baseWidth(of: table))
        let columnCount = max(Self.baseWidth(of: table), (headerGrid + bodyGrid).map(\.count).max() ?? 0, 1)

        let header = headerGrid.first ?? []
        let boldHeaderRows = headerGrid.dropFirst().map { row in row.map { $0.isEmpty ? $0 : [Inline.strong($0)] } }
        // Rendered in reading order, so footnotes are numbered as a reader meets them.
        var lines = [row(header, columnCount: columnCount), delimiterRow(table.columns, columnCount: columnCount)]
        for slots in boldHeaderRows + bodyGrid {
            lines.append(row(slots, columnCount: columnCount))
        }
        result.append(Chunk(kind: .other, lines: lines))
        return result
    }

    private func row(_ slots: [[Inline]], columnCount: Int) -> String {
        let cells = (0..<columnCount).map { index in index < slots.count ? blocks.inlines.line(slots[index]) : "" }
        return "|" + cells.map { $0.isEmpty ? "  " : " " + $0 + " " }.joined(separator: "|") + "|"
    }

    private func delimiterRow(_ columns: [TableColumn], columnCount: Int) -> String {
        let dashes = (0..<columnCount).map { index in
            let weight = index < columns.count ? min(max(columns[index].width, 1), 10) : 1
            return " " + String(repeating: "-", count: 3 * weight) + " "
        }
        return "|" + dashes.joined(separator: "|") + "|"
    }

    /// The number of columns spans are fitted into: the declared columns, or, for a table
    /// that declares none, its longest row.
    private static func baseWidth(of table: Table) -> Int {
        guard table.columns.isEmpty else { return table.columns.count }
        let rows = table.headerRows + table.rows.compactMap { row -> [TableCell]? in
            if case .cells(let cells) = row { return cells }
            return nil
        }
        return rows.map(\.count).max() ?? 1
    }

    /// The rows on a grid: one slot per column, spanned slots empty. A column span is cut to
    /// the columns left in the row (a cell past the last column still gets a slot of its
    /// own, so no text is lost), a row span to the rows left; a group row ends all row spans.
    static func grid(_ rows: [TableRow], baseWidth: Int) -> [[[Inline]]] {
        var result: [[[Inline]]] = []
        /// Per column: how many rows below the current one a row span still covers.
        var covering: [Int] = []
        for (rowIndex, row) in rows.enumerated() {
            switch row {
            case .group(let content):
                covering = []
                result.append(content.isEmpty ? [] : [[.strong(content)]])
            case .cells(let cells):
                let covered = covering.map { $0 > 0 }
                covering = covering.map { max($0 - 1, 0) }
                var slots: [[Inline]] = []
                for cell in cells {
                    while slots.count < covered.count, covered[slots.count] {
                        slots.append([])
                    }
                    let column = slots.count
                    let columnSpan = max(1, min(cell.columnSpan, baseWidth - column))
                    let rowSpan = max(1, min(cell.rowSpan, rows.count - rowIndex))
                    slots.append(flattened(cell.blocks))
                    slots += Array(repeating: [], count: columnSpan - 1)
                    if covering.count < slots.count {
                        covering += Array(repeating: 0, count: slots.count - covering.count)
                    }
                    for spanned in column..<slots.count {
                        covering[spanned] = rowSpan - 1
                    }
                }
                result.append(slots)
            }
        }
        return result
    }

    // MARK: - Blocks on one line

    /// A cell's blocks as one line of inlines, in reading order, separated by spaces.
    static func flattened(_ blocks: [Block]) -> [Inline] {
        joined(blocks.map(flattened), separator: " ")
    }

    private static func flattened(_ block: Block) -> [Inline] {
        switch block {
        case .heading(let heading):
            return joined([heading.number.map { [.text($0)] } ?? [], heading.content], separator: " ")
        case .paragraph(let content):
            return content
        case .list(let list):
            let items = list.items.enumerated().map { index, item in
                let content = flattened(item)
                guard let marker = ListMarkers.printed(list, index: index) else { return content }
                return joined([[.text(marker)], content], separator: marker == "・" ? "" : " ")
            }
            // Items without markers are kept apart by a semicolon.
            return joined(items, separator: list.style == .none ? "; " : " ")
        case .table(let table):
            let rows = table.headerRows.map { joined($0.map { flattened($0.blocks) }, separator: " ") }
                + table.rows.map { row in
                    switch row {
                    case .cells(let cells): joined(cells.map { flattened($0.blocks) }, separator: " ")
                    case .group(let content): content
                    }
                }
            return joined(rows, separator: " / ")
        case .figure(let figure):
            return joined([figure.caption, figure.description ?? [], figure.credit ?? []], separator: " ")
        case .note(let note):
            return joined([[.text(note.marker)], note.content], separator: " ")
        case .columns(let columns):
            return joined(columns.map { joined([$0.title ?? [], flattened($0.blocks)], separator: " ") }, separator: " ")
        case .slide(let slide):
            return joined(
                [slide.number.map { [.text($0)] } ?? [], slide.title, flattened(slide.blocks)], separator: " ")
        }
    }

    private static func joined(_ parts: [[Inline]], separator: String) -> [Inline] {
        var result: [Inline] = []
        for part in parts where !part.isEmpty {
            if !result.isEmpty, !separator.isEmpty { result.append(.text(separator)) }
            result += part
        }
        return result
    }
}
