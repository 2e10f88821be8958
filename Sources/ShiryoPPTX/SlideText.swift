import ShiryoModel

/// A slide's text as PowerPoint paragraphs: what is measured is exactly what is written.
///
/// Sizes and indents are kept in ems of the slide's text size, which is chosen only after
/// measuring (see `SlideFit`); `TextBodyWriter` turns them into points and EMU.
struct TextParagraph: Equatable {
    enum Bullet: Equatable {
        case none
        /// A bullet character (•, ○, ※) or a marker the numbering schemes lack ((１), ア).
        case character(String)
        /// One of DrawingML's numbering schemes (`arabicPeriod`, `circleNumDbPlain`…).
        case autoNumber(scheme: String, startAt: Int)
    }

    var runs: [TextRun]
    var bullet: Bullet = .none
    /// The text's left edge, in ems from the shape's inset.
    var marginEms: Double = 0
    /// The bullet's width, hanging left of the text.
    var hangingEms: Double = 0
    /// Relative to the slide's text size (headings are a little larger, notes smaller).
    var scale: Double = 1
    var spaceBeforeEms: Double = 0.25
    var alignment: String?
    var level: Int = 0

    /// The text as a reader sees it, line breaks as `\n`.
    var plainText: String {
        runs.map { $0.isLineBreak ? "\n" : $0.text }.joined()
    }
}

struct TextRun: Equatable {
    var text: String
    var bold = false
    var underline = false
    var superscript = false
    var isLineBreak = false
    var color: String?

    static let lineBreak = TextRun(text: "", isLineBreak: true)
}

/// Turns model blocks into paragraphs: bullets as paragraph properties (never characters
/// typed into the text), headings bold, notes with their marker hanging.
struct SlideTextBuilder {
    var accent: String

    func paragraphs(_ blocks: [Block], level: Int = 0) -> [TextParagraph] {
        blocks.flatMap { paragraphs($0, level: level) }
    }

    private func paragraphs(_ block: Block, level: Int) -> [TextParagraph] {
        let margin = Double(level) * 1.5
        switch block {
        case .heading(let heading):
            var runs = heading.number.map { [TextRun(text: Self.joinNumber($0), bold: true, color: accent)] } ?? []
            runs += self.runs(heading.content, bold: true).map { run in
                var run = run
                if run.color == nil { run.color = accent }
                return run
            }
            return [TextParagraph(runs: runs, marginEms: margin, scale: heading.level <= 2 ? 1.1 : 1,
                                  spaceBeforeEms: 0.5)]
        case .paragraph(let content):
            return [TextParagraph(runs: runs(content), marginEms: margin)]
        case .list(let list):
            return list.items.enumerated().flatMap { offset, item -> [TextParagraph] in
                let bullet = Self.bullet(list.style, number: list.start + offset)
                let hanging = Self.hanging(list.style)
                var result: [TextParagraph] = []
                for (index, block) in item.enumerated() {
                    if index == 0, case .paragraph(let content) = block {
                        result.append(TextParagraph(
                            runs: runs(content), bullet: bullet, marginEms: margin + hanging, hangingEms: hanging,
                            level: min(level, 8)))
                    } else {
                        result += paragraphs(block, level: level + 1)
                    }
                }
                return result
            }
        case .note(let note):
            let hanging = Double(note.marker.unicodeScalars.map(TextMeasure.width).reduce(0, +)) + 0.5
            return [TextParagraph(runs: runs(note.content), bullet: .character(note.marker),
                                  marginEms: margin + hanging, hangingEms: hanging, scale: 0.9)]
        case .table(let table):
            // Slides of the genre have no tables; a table given anyway is read row by row.
            var rows: [[Inline]] = table.headerRows.map { Self.rowText($0) }
            for row in table.rows {
                switch row {
                case .cells(let cells): rows.append(Self.rowText(cells))
                case .group(let content): rows.append(content)
                }
            }
            if let caption = table.caption { rows.insert(caption, at: 0) }
            return rows.map { TextParagraph(runs: runs($0), marginEms: margin, scale: 0.9) }
        case .columns(let columns):
            return columns.flatMap { column in
                (column.title.map { [TextParagraph(runs: runs($0, bold: true), marginEms: margin)] } ?? [])
                    + paragraphs(column.blocks, level: level)
            }
        case .figure(let figure):
            return FigureText.lines(figure).map { TextParagraph(runs: runs($0), marginEms: margin, scale: 0.85) }
        case .slide(let slide):
            return paragraphs(slide.blocks, level: level)
        }
    }

    func runs(_ inlines: [Inline], bold: Bool = false, underline: Bool = false) -> [TextRun] {
        inlines.flatMap { inline -> [TextRun] in
            switch inline {
            case .text(let text): [TextRun(text: text, bold: bold, underline: underline)]
            case .strong(let content): runs(content, bold: true, underline: underline)
            case .emphasis(let content): runs(content, bold: bold, underline: true)
            case .footnoteReference(let reference): [TextRun(text: reference.label, bold: bold, superscript: true)]
            case .crossReference(let reference): runs(reference.content, bold: bold, underline: underline)
            case .lineBreak: [.lineBreak]
            }
        }
    }

    /// `１．` is followed directly by the title, as the genre prints it; other numbers get a
    /// full-width space.
    static func joinNumber(_ number: String) -> String {
        number.hasSuffix("．") || number.hasSuffix(".") || number.hasSuffix("）") ? number : number + "\u{3000}"
    }

    static func bullet(_ style: ListStyle, number: Int) -> TextParagraph.Bullet {
        switch style {
        case .bullet: .character("•")
        case .dot: .character("・")
        case .circle: .character("○")
        case .decimal: .autoNumber(scheme: "arabicPeriod", startAt: number)
        case .parenthesized: .autoNumber(scheme: "arabicParenBoth", startAt: number)
        case .circled: .autoNumber(scheme: "circleNumDbPlain", startAt: number)
        // DrawingML has no scheme for （１） or ア: each paragraph carries its own marker.
        case .fullwidthParenthesized: .character("（" + fullwidthDigits(number) + "）")
        case .katakana: .character(katakana(number))
        case .none: .none
        }
    }

    static func hanging(_ style: ListStyle) -> Double {
        switch style {
        case .bullet, .dot, .circle: 1.1
        case .decimal, .parenthesized: 1.8
        case .circled, .katakana: 1.3
        case .fullwidthParenthesized: 3.1
        case .none: 0
        }
    }

    static func fullwidthDigits(_ number: Int) -> String {
        String(String(number).unicodeScalars.map { scalar in
            Character(Unicode.Scalar(scalar.value - 0x30 + 0xFF10) ?? scalar)
        })
    }

    private static let katakanaOrder = Array("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン")

    static func katakana(_ number: Int) -> String {
        let index = (number - 1) % katakanaOrder.count
        return String(katakanaOrder[max(index, 0)])
    }

    private static func rowText(_ cells: [TableCell]) -> [Inline] {
        var inlines: [Inline] = []
        for (index, cell) in cells.enumerated() {
            if index > 0 { inlines.append(.text("\u{3000}")) }
            inlines.append(.text(cell.blocks.plainText))
        }
        return inlines
    }
}

/// A figure's caption lines: caption, description, credit.
enum FigureText {
    static func lines(_ figure: Figure) -> [[Inline]] {
        [figure.caption, figure.description, figure.credit].compactMap { $0 }.filter { !$0.isEmpty }
    }
}
