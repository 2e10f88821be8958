import ShiryoModel

/// Word has no shrink-to-fit for text, so a slide's text size is chosen here: the largest
/// size at which an estimate of its tallest column still fits the page under the title.
/// The estimate counts East Asian characters as one em and others as about half, wraps
/// each paragraph at the column width, and keeps a margin for what it cannot know
/// (kinsoku, font metrics).
enum SlideFit {
    /// Candidate sizes in half-points, largest first: 11 pt down to 7 pt.
    static let sizes = [22, 21, 20, 19, 18, 17, 16, 15, 14]
    /// Title (Heading 1 with its rule and spacing), column title and safety, in twips.
    static let reservedHeight = 1300

    /// Exact line height in twips for a size in half-points: 1.35 times the size.
    static func lineHeight(_ size: Int) -> Int { size * 27 / 2 }

    /// The slide's notes are set 1.5 pt smaller than its text.
    static func noteSize(_ size: Int) -> Int { max(size - 3, 12) }

    static func textSize(for slide: Slide, page: PageSetup) -> Int {
        let available = page.height - page.top - page.bottom - reservedHeight
        // Texts are measured once; only the wrapping depends on the size tried.
        let regions = columnsOf(slide.blocks, width: page.textWidth).map { region in
            (texts: paragraphs(of: region.blocks).map(MeasuredText.init), width: region.width)
        }
        let notes = paragraphs(of: slide.footnotes.compactMap { $0.content.map { Block.paragraph($0) } })
            .map(MeasuredText.init)
        for size in sizes {
            let tallest = regions.map { height(of: $0.texts, width: $0.width, size: size) }.max() ?? 0
            let foot = height(of: notes, width: page.textWidth - 320, size: noteSize(size))
            // Calibrated against LibreOffice: the estimate runs a little high.
            if (tallest + foot) * 95 / 100 <= available { return size }
        }
        return sizes[sizes.count - 1]
    }

    /// The slide as independent regions: each column of a columns block, or the full width.
    private static func columnsOf(_ blocks: [Block], width: Int) -> [(blocks: [Block], width: Int)] {
        var full: [Block] = []
        var regions: [(blocks: [Block], width: Int)] = []
        for block in blocks {
            if case .columns(let columns) = block, !columns.isEmpty {
                let columnWidth = width / columns.count - 170
                regions += columns.map { column in
                    (column.blocks + (column.title.map { [.paragraph($0)] } ?? []), columnWidth)
                }
            } else {
                full.append(block)
            }
        }
        return regions + [(full, width)]
    }

    /// A paragraph's width in ems, line by line (its own line breaks), and its indent.
    private struct MeasuredText {
        let lineEms: [Double]
        let indent: Int

        init(_ paragraph: (text: String, indent: Int)) {
            lineEms = SlideFit.lineEms(paragraph.text)
            indent = paragraph.indent
        }
    }

    private static func height(of texts: [MeasuredText], width: Int, size: Int) -> Int {
        let spacing = 40
        return texts.reduce(0) { total, text in
            total + lines(ems: text.lineEms, width: width - text.indent, size: size) * lineHeight(size) + spacing
        }
    }

    private static func paragraphs(of blocks: [Block], indent: Int = 0) -> [(text: String, indent: Int)] {
        blocks.flatMap { block -> [(text: String, indent: Int)] in
            switch block {
            case .heading(let heading): [(([heading.number].compactMap { $0 } + [heading.content.plainText]).joined(separator: "\u{3000}"), indent)]
            case .paragraph(let content): [(content.plainText, indent)]
            case .note(let note): [(note.marker + "\u{3000}" + note.content.plainText, indent + 210)]
            case .list(let list): list.items.flatMap { paragraphs(of: $0, indent: indent + 300) }
            case .figure(let figure): [figure.caption, figure.description, figure.credit].compactMap { $0 }.map { ($0.plainText, indent) }
            case .table(let table): table.rows.map { _ in ("", indent) } + table.headerRows.map { _ in ("", indent) }
            case .columns(let columns): columns.flatMap { paragraphs(of: $0.blocks, indent: indent) }
            case .slide(let slide): paragraphs(of: slide.blocks, indent: indent)
            }
        }
    }

    /// Lines a text takes at `size` (half-points) in `width` twips.
    static func lines(_ text: String, width: Int, size: Int) -> Int {
        lines(ems: lineEms(text), width: width, size: size)
    }

    private static func lines(ems lineEms: [Double], width: Int, size: Int) -> Int {
        let em = Double(size * 10)
        let perLine = max(Double(width) / em, 4)
        var count = 0
        for ems in lineEms {
            count += max(1, Int((ems / perLine).rounded(.up)))
        }
        return count
    }

    /// Each line's width in ems: East Asian characters one em, others about half.
    private static func lineEms(_ text: String) -> [Double] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.unicodeScalars.reduce(0.0) { $0 + ($1.isEastAsian ? 1.0 : 0.56) }
        }
    }
}
