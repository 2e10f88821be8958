import ShiryoText

/// Takes a rendered slide frame apart again: the frame characters, the one space of padding
/// on each side of a cell and the padding after the text are removed, which leaves the lines
/// of each cell as the layout wrote them (with their list markers and hanging indents).
struct FrameParser {
    let style: FrameStyle
    let ambiguous: AmbiguousWidth

    struct Cell {
        /// The cell's content width (between the padding spaces).
        var width: Int
        var lines: [String]
    }

    private var bar: Character { style == .ascii ? "|" : "│" }

    private func isRule(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return style == .ascii ? first == "+" : "┌├└".contains(first)
    }

    /// The characters of a line with the display column each starts at.
    private func columns(_ line: String) -> [(character: Character, column: Int)] {
        var column = 0
        return line.map { character in
            defer { column += DisplayWidth.of(character, ambiguous: ambiguous) }
            return (character, column)
        }
    }

    /// The regions between rules, each a list of cells side by side.
    func regions(_ lines: [String]) -> [[Cell]] {
        var regions: [[Cell]] = []
        var junctions: [Int] = []
        var current: [Cell]?
        for line in lines {
            if isRule(line) {
                if let current { regions.append(current) }
                current = nil
                junctions = columns(line).filter { !"─-".contains($0.character) }.map(\.column)
                continue
            }
            let located = columns(line)
            let bars = located.filter { $0.character == bar && junctions.contains($0.column) }
            var cells: [Cell] = []
            for (left, right) in zip(bars, bars.dropFirst()) {
                let from = left.column + DisplayWidth.of(bar, ambiguous: ambiguous) + 1
                let to = right.column - 1
                let text = String(located.filter { $0.column >= from && $0.column < to }.map(\.character))
                cells.append(Cell(width: to - from, lines: [text.trimmingTrailingSpaces]))
            }
            if var region = current, region.count == cells.count {
                for index in cells.indices { region[index].lines += cells[index].lines }
                current = region
            } else {
                if let current { regions.append(current) }
                current = cells
            }
        }
        if let current { regions.append(current) }
        return regions
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var view = Substring(self)
        while view.last == " " { view.removeLast() }
        return String(view)
    }
}
