import ShiryoModel

/// The 概要 in Word: one slide per landscape page, its title as a Heading 1 (so slides
/// show in the navigation pane), the columns side by side in a borderless table, and the
/// slide's notes printed under it as footnote-styled text, marks as the data gives them.
/// Text (not Word footnotes) because the marks restart at *1 on every slide, which needs
/// custom marks, and LibreOffice prints custom marks after the first one twice; text also
/// keeps each note on its slide's page whatever the layout.
struct SlideLayout {
    let body: BodyWriter
    var w: WordWriter { body.w }
    var context: BodyContext { body.context }

    func write(_ slide: Slide, in container: Container) throws {
        let footnotes = FootnoteScope(document: context.document, slide: slide)
        context.footnotes.enter(footnotes, placesNotes: false)
        let isFirst = context.beginSlide()
        let title = Heading(level: 1, number: slide.number, content: slide.title, anchor: slide.anchor)
        // A page break (not a section break) starts each slide: one section keeps one
        // header, footer and page numbering for the deck.
        if isFirst { try DocumentInfo(body: body).writeHead(in: container) }
        try body.writeHeading(title, in: container, pageBreakBefore: !isFirst)
        if slide.role == .title {
            try DocumentInfo(body: body).write(in: container)
        }
        var content = container
        content.textSize = SlideFit.textSize(for: slide, page: context.page)
        try body.write(slide.blocks, in: content)
        content.textSize = content.textSize.map(SlideFit.noteSize)
        try body.writeLooseFootnotes(footnotes.definitions, in: content)
    }

    /// Columns side by side: a borderless one-row table, which Word and LibreOffice both
    /// lay out faithfully (section columns would flow text from one into the other).
    func writeColumns(_ columns: [Column], in container: Container) throws {
        guard !columns.isEmpty else { return }
        let gap = 170
        let grid = TableWriter.columnWidths(Array(repeating: 1, count: columns.count), total: container.width)
        try w.element("tbl") {
            try w.element("tblPr") {
                try w.empty("tblW", ["w": String(container.width), "type": "dxa"])
                try w.empty("tblInd", ["w": "0", "type": "dxa"])
                try TableBorders.none.write(to: w)
                try w.empty("tblLayout", ["type": "fixed"])
                try TableBorders.writeCellMargins(to: w, horizontal: gap / 2)
            }
            try w.element("tblGrid") {
                for width in grid { try w.empty("gridCol", ["w": String(width)]) }
            }
            try w.element("tr") {
                for (column, width) in zip(columns, grid) {
                    try w.element("tc") {
                        try w.element("tcPr") {
                            try w.empty("tcW", ["w": String(width), "type": "dxa"])
                        }
                        var inner = container
                        inner.width = width - gap
                        if let title = column.title {
                            try body.paragraph(ParagraphProperties(style: StyleID.columnTitle), in: inner) {
                                try body.runs(in: inner).write(title)
                            }
                        }
                        try body.write(column.blocks, in: inner)
                        if column.blocks.isEmpty || column.blocks.last.map(TableWriter.endsWithTable) == true {
                            try body.paragraph(ParagraphProperties(), in: inner) {}
                        }
                    }
                }
            }
        }
        // A table is never the last thing before a page break or the section end: a
        // hairline paragraph follows it.
        let hairline = ParagraphProperties(spacing: .init(before: 0, after: 0, line: 40, lineRule: "exact"))
        var plain = container
        plain.textSize = nil
        try body.paragraph(hairline, in: plain) {}
    }
}

/// What the metadata adds around the title. The document number and date stand at the top
/// right of the first page, as the genre prints them (later pages repeat them in the page
/// header; the first page has none); issuer and subtitle follow the title unless the
/// opening blocks already print them (`DocumentHead` decides, as for every renderer).
struct DocumentInfo {
    let body: BodyWriter

    func writeHead(in container: Container) throws {
        let metadata = body.context.document.metadata
        let stamps = body.context.marking.stamps(metadata)
        if !stamps.isEmpty {
            try body.paragraph(ParagraphProperties(style: StyleID.documentInfo), in: container) {
                try Self.writeStamps(stamps, to: body.w)
            }
        }
        for (line, bold) in [(metadata.documentNumber, true), (metadata.dateText, false)] {
            guard let line, !line.isEmpty else { continue }
            try body.paragraph(ParagraphProperties(style: StyleID.documentInfo), in: container) {
                try body.runs(in: container).writeText(line, format: .init(strong: bold))
            }
        }
    }

    /// 「案」 and the document's stamps (取扱注意), each in a red box, a space apart.
    static func writeStamps(_ stamps: [String], to w: WordWriter) throws {        for (index, stamp) in stamps.enumerated() {
            if index > 0 { try w.element("r") { try w.textElement(" ") } }
            try w.element("r") {
                try RunProperties(fonts: .init(hint: "eastAsia"), bold: true, color: Self.stampColor,
                                  boxColor: Self.stampColor).write(to: w)
                try w.textElement(stamp)
            }
        }
    }

    static let stampColor = "C00000"

    func write(in container: Container) throws {
        let head = DocumentHead(body.context.document)
        for line in [head.subtitle, head.issuer] {
            guard let line else { continue }
            try body.paragraph(ParagraphProperties(style: StyleID.documentInfo), in: container) {
                try body.runs(in: container).writeText(line, format: .init())
            }
        }
    }
}
