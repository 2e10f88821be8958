import ShiryoModel

/// One slide of a 概要 as a closed frame of the full width:
///
/// ```
/// ┌──────────────────────────────────────┐
/// │ 2/7             資料１－１  令和７年… │  page, document number and date
/// │ ２．感染症対応人材の充実、…           │  title, its number hanging
/// ├──────────────────┬───────────────────┤
/// │ 令和５年度の取組 │ 令和６年度以降の… │  column titles
/// ├──────────────────┼───────────────────┤
/// │ （１）…          │ • …               │  column bodies
/// ├──────────────────┴───────────────────┤
/// │ *1：…                                │  footnotes
/// └──────────────────────────────────────┘
/// ```
/// Columns stand side by side when each gets `ColumnsLayout.minimumColumnWidth`, and are
/// stacked (title row, body row, one after the other) otherwise.
struct SlideLayout {
    /// What the head of the frame shows besides the title.
    struct Header {
        var page: Int
        var pageCount: Int
        var metadata: Metadata
    }

    let layout: BlockLayout

    func lines(for slide: Slide, header: Header?, width: Int) -> [TextLine] {
        var inner = layout
        inner.context = .slide
        let frame = layout.frame
        let total = frame.frameWidth(atMost: width)
        let fullWidth = total - 2 * frame.barWidth - 2
        guard fullWidth >= BlockLayout.minimumHangingTextWidth else {
            // A slide nested somewhere too narrow for a frame: its parts one after the other.
            return unframed(slide, header: header, width: width, layout: inner)
        }

        // The first set of columns that fits side by side sets the grid; others are stacked.
        var columnWidths = [fullWidth]
        for case .columns(let columns) in slide.blocks where columns.count > 1 {
            if let widths = ColumnSplit.widths(total: total, weights: columns.map { _ in 1 },
                                               minimum: ColumnsLayout.minimumColumnWidth, frame: frame) {
                columnWidths = widths
            }
            break
        }
        let gridColumns = columnWidths.count
        var grid = Grid(columnWidths: columnWidths)
        func addFullRow(_ content: @escaping (Int) -> [TextLine]) {
            grid.rows.append([Grid.Cell(columnSpan: gridColumns, content: content)])
        }

        addFullRow { width in headLines(slide, header: header, width: width, layout: inner) }
        var pending: [Block] = []
        func flush() {
            guard !pending.isEmpty else { return }
            let blocks = pending
            pending = []
            addFullRow { inner.lines(for: blocks, width: $0) }
        }
        for block in slide.blocks {
            guard case .columns(let columns) = block else {
                pending.append(block)
                continue
            }
            flush()
            if gridColumns > 1, columns.count == gridColumns {
                grid.rows += ColumnsLayout.sideBySideRows(columns, layout: inner)
            } else {
                for column in columns {
                    if let title = column.title {
                        let text = InlineText.plain(title)
                        addFullRow { inner.wrap(text, width: $0) }
                    }
                    if !column.blocks.isEmpty {
                        let blocks = column.blocks
                        addFullRow { inner.lines(for: blocks, width: $0) }
                    }
                }
            }
        }
        flush()
        let footnotes = FootnoteScope(slide.footnotes).printedNotes.map { definition in
            (label: definition.label, text: InlineText.plain(definition.content ?? []))
        }
        if !footnotes.isEmpty {
            addFullRow { width in
                footnotes.flatMap { inner.hanging(prefix: $0.label + "：", text: $0.text, width: width) }
            }
        }
        return grid.render(frame)
    }

    private func unframed(_ slide: Slide, header: Header?, width: Int, layout: BlockLayout) -> [TextLine] {
        var output = headLines(slide, header: header, width: width, layout: layout)
        let body = layout.lines(for: slide.blocks, width: width)
        if !body.isEmpty { output += [.empty] + body }
        for footnote in FootnoteScope(slide.footnotes).printedNotes {
            output += layout.hanging(prefix: footnote.label + "：", text: InlineText.plain(footnote.content ?? []), width: width)
        }
        return output
    }

    /// The page number on the left and the document number and date on the right of the
    /// first line (on lines of their own when they do not fit together), then the title.
    private func headLines(_ slide: Slide, header: Header?, width: Int, layout: BlockLayout) -> [TextLine] {
        var output: [TextLine] = []
        if let header {
            let page = layout.line("\(header.page)/\(header.pageCount)")
            let corner = [header.metadata.documentNumber, header.metadata.dateText].compactMap { $0 }
                .filter { !$0.isEmpty }.joined(separator: "  ")
            let cornerLine = layout.line(InlineText.normalized(corner))
            if page.width + 2 + cornerLine.width <= width {
                output.append(TextLine(text: page.text + spaces(width - page.width - cornerLine.width) + cornerLine.text,
                                       width: width))
            } else {
                // Too narrow for one line: the page, then each corner item on lines of its own.
                output.append(page)
                for item in [header.metadata.documentNumber, header.metadata.dateText] {
                    guard let item, !item.isEmpty else { continue }
                    output += rightAligned(layout.wrap(InlineText.normalized(item), width: width), width: width)
                }
            }
            if slide.role == .title, let issuer = header.metadata.issuer, !issuer.isEmpty {
                output += rightAligned(layout.wrap(InlineText.normalized(issuer), width: width), width: width)
            }
        }
        var prefix = ""
        if let number = slide.number, !number.isEmpty { prefix = number + BlockLayout.separator(after: number) }
        output += layout.hanging(prefix: prefix, text: InlineText.plain(slide.title), width: width)
        return output
    }

    private func rightAligned(_ lines: [TextLine], width: Int) -> [TextLine] {
        lines.map { TextLine(text: spaces(width - $0.width) + $0.text, width: max(width, $0.width)) }
    }
}
