import ShiryoModel

/// Lays out blocks as lines of at most a given display width.
///
/// Every function takes the width it may fill and returns lines no wider (the line breaker
/// keeps to it; prefixes and indents are taken off the width first). Blocks follow each other
/// with a blank line between them, except that a heading sits directly on its content.
struct BlockLayout {
    enum Context {
        /// The 詳細: level 1 and 2 headings get rules under them.
        case report
        /// Inside a slide frame: headings are marked but not ruled.
        case slide
    }

    /// Below this many columns for the text itself, a hanging indent gives way to the full
    /// width: a marker or number never leaves a sliver of text beside it.
    static let minimumHangingTextWidth = 8

    let breaker: LineBreaker
    let ambiguous: AmbiguousWidth
    let frame: FrameCharacters
    var context: Context = .report

    func width(of text: String) -> Int { DisplayWidth.of(text, ambiguous: ambiguous) }

    func line(_ text: String) -> TextLine { TextLine(text: text, width: width(of: text)) }

    // MARK: - Sequences

    func lines(for blocks: [Block], width: Int) -> [TextLine] {
        var output: [TextLine] = []
        forEachBlock(of: blocks, width: width) { output.append(contentsOf: $0) }
        return output
    }

    /// The lines of each block in turn, with the blank line that goes before it, handed out
    /// block by block: a long document is written as it is laid out, never held whole.
    func forEachBlock(of blocks: [Block], width: Int, _ body: ([TextLine]) -> Void) {
        var previous: Block?
        for block in blocks {
            let blockLines = lines(for: block, width: width)
            if blockLines.isEmpty { continue }
            if let previous, !(previous.isHeading && !block.isHeading) {
                body([.empty])
            }
            body(blockLines)
            previous = block
        }
    }

    func lines(for block: Block, width: Int) -> [TextLine] {
        switch block {
        case .heading(let heading): return self.heading(heading, width: width)
        case .paragraph(let content): return wrap(InlineText.plain(content), width: width)
        case .list(let list): return self.list(list, width: width)
        case .table(let table): return TableLayout(layout: self).lines(for: table, width: width)
        case .figure(let figure): return self.figure(figure, width: width)
        case .note(let note): return hanging(prefix: note.marker + " ", text: InlineText.plain(note.content), width: width)
        case .columns(let columns): return ColumnsLayout(layout: self).lines(for: columns, width: width)
        case .slide(let slide): return SlideLayout(layout: self).lines(for: slide, header: nil, width: width)
        }
    }

    // MARK: - Text

    func wrap(_ text: String, width: Int) -> [TextLine] {
        breaker.wrappedLines(text, width: width)
    }

    /// `prefix` before the first line and the text of the other lines aligned under the text
    /// of the first: the hanging indent of list items, notes, footnotes and numbered headings.
    func hanging(prefix: String, text: String, width: Int) -> [TextLine] {
        let prefixLine = line(prefix)
        guard prefixLine.width > 0 else { return wrap(text, width: width) }
        guard width - prefixLine.width >= Self.minimumHangingTextWidth else {
            return wrap(prefix + text, width: width)
        }
        return wrap(text, width: width - prefixLine.width)
            .prefixed(first: prefixLine, rest: TextLine(text: spaces(prefixLine.width), width: prefixLine.width))
    }

    /// `lines` with `prefix` before the first and its width of spaces before the others.
    func hanging(prefix: TextLine, lines: [TextLine]) -> [TextLine] {
        guard !lines.isEmpty else { return [prefix] }
        return lines.prefixed(first: prefix, rest: TextLine(text: spaces(prefix.width), width: prefix.width))
    }

    // MARK: - Headings

    /// Level 1: the title over a double rule (詳細). Level 2: ■ and, in the 詳細, a rule.
    /// Lower levels: the number alone marks them; without a number, ◆ (3) or ◇ (4 and below).
    func heading(_ heading: Heading, width: Int) -> [TextLine] {
        var prefix: String
        switch heading.level {
        case ...1: prefix = ""
        case 2: prefix = "■ "
        default: prefix = heading.number == nil ? (heading.level == 3 ? "◆ " : "◇ ") : ""
        }
        if let number = heading.number, !number.isEmpty {
            prefix += number + Self.separator(after: number)
        }
        var output = hanging(prefix: prefix, text: InlineText.plain(heading.content), width: width)
        if context == .report, heading.level <= 2 {
            output.append(frame.rule(width: frame.frameWidth(atMost: width), double: heading.level <= 1))
        }
        return output
    }

    /// Nothing after a number that ends in fullwidth punctuation (１．, （１）), a space after
    /// any other (目標1, 戦略1.1).
    static func separator(after number: String) -> String {
        guard let last = number.last else { return "" }
        return last.isPunctuation && DisplayWidth.of(last, ambiguous: .narrow) == 2 ? "" : " "
    }

    // MARK: - Lists, figures

    func list(_ list: ListBlock, width: Int) -> [TextLine] {
        let markers = list.items.indices.map { line(ListMarkers.marker(list.style, number: list.start + $0)) }
        let markerWidth = markers.map(\.width).max() ?? 0
        let hangs = width - markerWidth >= Self.minimumHangingTextWidth
        var output: [TextLine] = []
        for (item, marker) in zip(list.items, markers) {
            let padded = TextLine(text: marker.padded(to: markerWidth), width: markerWidth)
            if hangs {
                output.append(contentsOf: hanging(prefix: padded, lines: lines(for: item, width: width - markerWidth)))
            } else {
                // Too narrow to indent: the marker on a line of its own above the item.
                if markerWidth > 0 { output += wrap(marker.text.droppingTrailing(" "), width: width) }
                output.append(contentsOf: lines(for: item, width: width))
            }
        }
        return output
    }

    /// [図] caption, then the description and the credit in parentheses under it.
    func figure(_ figure: Figure, width: Int) -> [TextLine] {
        var texts = [InlineText.plain(figure.caption)]
        for part in [figure.description, figure.credit] {
            guard let part else { continue }
            texts.append(Self.parenthesized(InlineText.plain(part)))
        }
        return hanging(prefix: "[図] ", text: texts.joined(separator: "\n"), width: width)
    }

    /// The text in （）, unless the data already encloses it (the assemblers write credits
    /// as （提供：…）).
    static func parenthesized(_ text: String) -> String {
        if let first = text.first, let last = text.last, text.count >= 2,
           "（(".contains(first), "）)".contains(last) {
            return text
        }
        return "（" + text + "）"
    }
}

extension String {
    /// The string without `character` at its end.
    func droppingTrailing(_ character: Character) -> String {
        var view = Substring(self)
        while view.last == character { view.removeLast() }
        return String(view)
    }
}

extension Block {
    var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}
