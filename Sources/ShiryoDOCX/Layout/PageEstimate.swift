import ShiryoModel

/// A rough pagination of a report, for the cached page numbers of the contents' PAGEREF
/// fields: what a reader that lays nothing out (python-docx, pandoc, Word before it updates
/// fields) shows. LibreOffice and Word replace them with the real pages when they lay the
/// document out, so this only has to be close: it counts lines of text at the style sizes
/// (a CJK character one em wide, other characters half), with the line height Noto Sans CJK
/// JP gives at Word's single spacing, and never splits what Word keeps together.
struct PageEstimate {
    let page: PageSetup

    /// Noto Sans CJK JP's line height at single spacing, in ems (ascent + descent + gap).
    static let lineHeight = 1.45

    /// The page each listed heading starts on, by anchor.
    func pages(of document: Document, contents: ContentsList, contentsFirst: Bool) -> [String: Int] {
        var pages: [String: Int] = [:]
        let available = Double(page.height - page.top - page.bottom)
        var used = 0.0
        var number = 1
        func add(_ height: Double) {
            if used + height > available, used > 0 {
                number += 1
                used = 0
            }
            used += min(height, available)
        }
        let listed = Set(contents.entries.map(\.blockIndex))
        // The corner (number and date), as DocumentInfo writes it.
        add(2 * text(lines: 1, size: 10.5))
        for (index, block) in document.blocks.enumerated() {
            if contentsFirst, index == contents.insertionIndex {
                add(text(lines: 1, size: 14) + 360)
                for entry in contents.entries {
                    add(text(lines: lines(entry.plainText, size: 10.5, width: Double(page.textWidth) - 420), size: 10.5) + 40)
                }
                number += 1
                used = 0
            }
            if listed.contains(index), case .heading(let heading) = block {
                // A heading is kept with the next paragraph: it starts a page when less
                // than three lines are left.
                if used + height(of: block) + text(lines: 2, size: 10.5) > available { number += 1; used = 0 }
                pages[heading.anchor ?? ""] = number
            }
            add(height(of: block))
        }
        return pages
    }

    /// The height of a block in twips.
    private func height(of block: Block, width: Double? = nil, size: Double = 10.5) -> Double {
        let width = width ?? Double(page.textWidth)
        switch block {
        case .heading(let heading):
            let sizes = [16.0, 14, 12, 11, 10.5, 10.5]
            let headingSize = sizes[min(max(heading.level, 1), 6) - 1]
            var title = LineCount(size: headingSize, width: width)
            if let number = heading.number {
                title.add(number)
                title.add("　")
            }
            title.add(heading.content)
            return text(lines: title.lines, size: headingSize)
                + (heading.level <= 2 ? 240 : 120) + 60
        case .paragraph(let content):
            return text(lines: lines(content, size: size, width: width), size: size) + 60
        case .note(let note):
            var marked = LineCount(size: size - 1, width: width - 210)
            marked.add(note.marker)
            marked.add("　")
            marked.add(note.content)
            return text(lines: marked.lines, size: size - 1) + 60
        case .list(let list):
            return list.items.reduce(0) { sum, item in
                sum + item.reduce(0) { $0 + height(of: $1, width: width - 420, size: size) }
            }
        case .table(let table):
            // In Double: widths come from outside data and may be as large as Int.max.
            let total = max(table.columns.reduce(0.0) { $0 + Double(max($1.width, 1)) }, 1)
            let widths = table.columns.map { width * Double(max($0.width, 1)) / total - 216 }
            func rowHeight(_ cells: [TableCell]) -> Double {
                guard !widths.isEmpty else { return 0 }
                var column = 0
                var tallest = 0.0
                for cell in cells {
                    let span = max(cell.columnSpan, 1)
                    let cellWidth = widths[min(column, widths.count - 1)...].prefix(span).reduce(0, +)
                    tallest = max(tallest, cell.blocks.reduce(0) { $0 + height(of: $1, width: max(cellWidth, 400), size: 9.5) - 60 })
                    column = column > widths.count - span ? widths.count : column + span
                }
                return tallest + 100
            }
            let caption = table.caption.map { text(lines: lines($0, size: 10.5, width: width), size: 10.5) } ?? 0
            return caption + table.headerRows.reduce(0) { $0 + rowHeight($1) } + table.rows.reduce(0) { sum, row in
                switch row {
                case .cells(let cells): sum + rowHeight(cells)
                case .group: sum + text(lines: 1, size: 9.5) + 100
                }
            } + 120
        case .figure(let figure):
            let captions = [figure.caption, figure.description, figure.credit].compactMap { $0 }
            return (figure.image == nil ? 0 : 3600) + captions.reduce(0) {
                $0 + text(lines: lines($1, size: size - 1, width: width), size: size - 1)
            } + 200
        case .columns(let columns):
            let columnWidth = width / Double(max(columns.count, 1))
            return columns.map { column in column.blocks.reduce(0) { $0 + height(of: $1, width: columnWidth, size: size) } }
                .max() ?? 0
        case .slide(let slide):
            return slide.blocks.reduce(0) { $0 + height(of: $1, width: width, size: size) }
        }
    }

    /// Twips taken by `lines` lines of text of `size` points.
    private func text(lines: Int, size: Double) -> Double {
        Double(lines) * size * 20 * Self.lineHeight
    }

    /// How many lines `text` takes at `size` points in `width` twips.
    static func lines(_ text: String, size: Double, width: Double) -> Int {
        var count = LineCount(size: size, width: width)
        count.add(text)
        return count.lines
    }

    /// How many lines the plain text of `inlines` takes: the count `lines(_:size:width:)`
    /// gives for `inlines.plainText`, without that string made for every paragraph and cell.
    static func lines(_ inlines: [Inline], size: Double, width: Double) -> Int {
        var count = LineCount(size: size, width: width)
        count.add(inlines)
        return count.lines
    }

    private func lines(_ text: String, size: Double, width: Double) -> Int {
        Self.lines(text, size: size, width: width)
    }

    private func lines(_ inlines: [Inline], size: Double, width: Double) -> Int {
        Self.lines(inlines, size: size, width: width)
    }
}

/// Lines of text counted as they are fed in: a CJK character one em wide, others half, a
/// line break ending a line, every line at least one.
struct LineCount {
    private let perLine: Double
    private var total = 0
    private var ems = 0.0

    init(size: Double, width: Double) {
        perLine = max(width / (size * 20), 1)
    }

    var lines: Int { total + max(Int((ems / perLine).rounded(.up)), 1) }

    mutating func add(_ text: String) {
        // Every paragraph and cell of the 詳細 is measured: native strings are read as UTF-8
        // bytes in place, where a character's first byte tells its width.
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { add(leadingByte: byte) }
        }
        if scanned == nil {
            for scalar in text.unicodeScalars { add(scalar) }
        }
    }

    private mutating func add(_ scalar: Unicode.Scalar) {
        if scalar == "\n" {
            breakLine()
        } else {
            ems += scalar.value < 0x2000 ? 0.55 : 1
        }
    }

    /// The byte of UTF-8 that starts a scalar decides it as `add(_: Unicode.Scalar)` does:
    /// everything below U+2000 (E2 80 80) starts with a byte below E2. Continuation bytes
    /// (80–BF) add nothing.
    @inline(__always)
    private mutating func add(leadingByte byte: UInt8) {
        if byte == 0x0A {
            breakLine()
        } else if byte < 0x80 || (byte >= 0xC0 && byte < 0xE2) {
            ems += 0.55
        } else if byte >= 0xE2 {
            ems += 1
        }
    }

    private mutating func breakLine() {
        total += max(Int((ems / perLine).rounded(.up)), 1)
        ems = 0
    }

    /// The inlines' plain text (`[Inline].plainText`), piece by piece.
    mutating func add(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let text): add(text)
            case .strong(let content), .emphasis(let content): add(content)
            case .footnoteReference(let reference): add(reference.label)
            case .crossReference(let reference): add(reference.content)
            case .lineBreak: add("\n")
            }
        }
    }
}
