/// A framed grid: rows of cells on shared columns, with column and row spans, drawn with
/// rules between all rows. Slides and tables are both grids.
///
/// Every content line of a cell sits between a bar and one space on each side:
/// `│ cell │ cell │`. A cell spanning columns is as wide as those columns plus the bars and
/// padding between them, so all lines of the grid have the same display width:
/// `sum(columnWidths) + 2 × columns + barWidth × (columns + 1)`.
struct Grid {
    struct Cell {
        var columnSpan: Int = 1
        var rowSpan: Int = 1
        /// Lays out the cell's content for the content width the cell gets once placed.
        var content: (Int) -> [TextLine]

        init(columnSpan: Int = 1, rowSpan: Int = 1, content: @escaping (Int) -> [TextLine]) {
            self.columnSpan = columnSpan
            self.rowSpan = rowSpan
            self.content = content
        }
    }

    /// The content width of each column (the padding and bars come on top).
    var columnWidths: [Int]
    /// Each row's cells, left to right, skipping columns that a cell above covers with its
    /// row span. Columns no cell covers are drawn as empty cells.
    var rows: [[Cell]] = []

    /// The content width of a cell spanning `span` columns from `column`.
    func cellWidth(column: Int, span: Int, _ frame: FrameCharacters) -> Int {
        let covered = columnWidths[column..<(column + span)]
        return covered.reduce(0, +) + (span - 1) * (frame.barWidth + 2)
    }

    func render(_ frame: FrameCharacters) -> [TextLine] {
        let columnCount = columnWidths.count
        guard columnCount > 0, !rows.isEmpty else { return [] }
        // Place every cell: occupant[row][column] is an index into `placed`.
        struct Placed {
            var row: Int
            var column: Int
            var columnSpan: Int
            var rowSpan: Int
            var lines: [TextLine]
        }
        var placed: [Placed] = []
        var occupant = [[Int]](repeating: [Int](repeating: -1, count: columnCount), count: rows.count)
        for (rowIndex, cells) in rows.enumerated() {
            var column = 0
            for cell in cells {
                while column < columnCount, occupant[rowIndex][column] >= 0 { column += 1 }
                guard column < columnCount else {
                    // More cells than columns: keep their text in the last cell of the row.
                    if let last = occupant[rowIndex].last, last >= 0 {
                        let item = placed[last]
                        placed[last].lines.append(contentsOf: cell.content(cellWidth(column: item.column, span: item.columnSpan, frame)))
                    }
                    continue
                }
                var span = max(1, min(cell.columnSpan, columnCount - column))
                // A span never crosses a cell placed by a row span from above.
                for offset in 1..<max(span, 1) where occupant[rowIndex][column + offset] >= 0 {
                    span = offset
                    break
                }
                let rowSpan = max(1, min(cell.rowSpan, rows.count - rowIndex))
                let index = placed.count
                placed.append(Placed(row: rowIndex, column: column, columnSpan: span, rowSpan: rowSpan,
                                     lines: cell.content(cellWidth(column: column, span: span, frame))))
                for row in rowIndex..<(rowIndex + rowSpan) {
                    for covered in column..<(column + span) where occupant[row][covered] < 0 {
                        occupant[row][covered] = index
                    }
                }
                column += span
            }
            // Columns left empty get an empty cell of their own.
            for column in 0..<columnCount where occupant[rowIndex][column] < 0 {
                occupant[rowIndex][column] = placed.count
                placed.append(Placed(row: rowIndex, column: column, columnSpan: 1, rowSpan: 1, lines: []))
            }
        }

        // Row heights: single-row cells first, then rows grow for spanning cells that need it.
        var heights = [Int](repeating: 1, count: rows.count)
        for item in placed where item.rowSpan == 1 {
            heights[item.row] = max(heights[item.row], item.lines.count)
        }
        for item in placed where item.rowSpan > 1 {
            let last = item.row + item.rowSpan - 1
            let available = heights[item.row...last].reduce(0, +)
            if item.lines.count > available { heights[last] += item.lines.count - available }
        }
        var rowTops = [Int](repeating: 0, count: rows.count + 1)
        for row in 0..<rows.count { rowTops[row + 1] = rowTops[row] + heights[row] }

        func isEdge(_ row: Int, _ boundary: Int) -> Bool {
            boundary == 0 || boundary == columnCount || occupant[row][boundary - 1] != occupant[row][boundary]
        }

        // The horizontal span of each column, drawn and blank, made once for all rules.
        let segments = columnWidths.map { (drawn: frame.rule(width: $0 + 2).text, blank: spaces($0 + 2)) }
        let contentWidths = placed.map { cellWidth(column: $0.column, span: $0.columnSpan, frame) }
        // Each line is put together in one byte buffer, kept for all lines, and stays UTF-8
        // on its way to the output: appending piece by piece to a string was a third of the
        // grid's time, and making each line a string a tenth of the text format's.
        var bytes = LineBytes()
        var output: [TextLine] = []
        output.reserveCapacity(rowTops[rows.count] + rows.count + 1)
        for row in 0...rows.count {
            output.append(rule(between: row > 0 ? row - 1 : nil, and: row < rows.count ? row : nil,
                               occupant: occupant, isEdge: isEdge, segments: segments, frame, into: &bytes))
            guard row < rows.count else { break }
            for lineIndex in 0..<heights[row] {
                bytes.removeAll()
                var width = 0
                var column = 0
                while column < columnCount {
                    let index = occupant[row][column]
                    let item = placed[index]
                    let contentWidth = contentWidths[index]
                    let offset = rowTops[row] - rowTops[item.row] + lineIndex
                    bytes.append(frame.vertical)
                    bytes.appendSpaces(1)
                    var lineWidth = 0
                    if offset < item.lines.count {
                        let line = item.lines[offset]
                        bytes.append(line)
                        lineWidth = line.width
                    }
                    bytes.appendSpaces(max(contentWidth - lineWidth, 0) + 1)
                    width += frame.barWidth + 2 + max(contentWidth, lineWidth)
                    column = item.column + item.columnSpan
                }
                bytes.append(frame.vertical)
                width += frame.barWidth
                output.append(TextLine(utf8: bytes.finished, width: width))
            }
        }
        return output
    }

    /// The rule above row `below` (the top border when `above` is nil) or the bottom border.
    private func rule(
        between above: Int?, and below: Int?, occupant: [[Int]],
        isEdge: (Int, Int) -> Bool, segments: [(drawn: String, blank: String)], _ frame: FrameCharacters,
        into bytes: inout LineBytes
    ) -> TextLine {
        let columnCount = columnWidths.count
        // A column has a horizontal arm unless one cell spans the rows on both sides.
        var drawn = [Bool](repeating: true, count: columnCount)
        if let above, let below {
            for column in 0..<columnCount where occupant[above][column] == occupant[below][column] {
                drawn[column] = false
            }
        }
        bytes.removeAll()
        var width = 0
        for boundary in 0...columnCount {
            let up = above.map { isEdge($0, boundary) } ?? false
            let down = below.map { isEdge($0, boundary) } ?? false
            let left = boundary > 0 && drawn[boundary - 1]
            let right = boundary < columnCount && drawn[boundary]
            // Inside a spanned cell a boundary without arms is blank.
            bytes.append(frame.junction(up: up, down: down, left: left, right: right))
            width += frame.barWidth
            guard boundary < columnCount else { break }
            let span = columnWidths[boundary] + 2
            bytes.append(drawn[boundary] ? segments[boundary].drawn : segments[boundary].blank)
            width += span
        }
        return TextLine(utf8: bytes.finished, width: width)
    }
}
