import ShiryoModel

/// Writes blocks as paragraphs, lists and tables. Slides, tables and figures have their
/// own writers; this one dispatches and handles the simple blocks.
struct BodyWriter {
    let w: WordWriter
    let context: BodyContext

    func runs(in container: Container) -> RunWriter {
        RunWriter(w: w, context: context, allowsFootnotes: container.allowsFootnotes, allowsCompanionLinks: true,
                  size: container.textSize)
    }

    func write(_ blocks: [Block], in container: Container) throws {
        for block in blocks {
            try write(block, in: container)
        }
    }

    func write(_ block: Block, in container: Container) throws {
        switch block {
        case .heading(let heading):
            try writeHeading(heading, in: container)
        case .paragraph(let content):
            try paragraph(ParagraphProperties(style: container.textStyle), in: container) {
                try runs(in: container).write(content)
            }
        case .list(let list):
            try writeList(list, in: container)
        case .table(let table):
            try TableWriter(body: self).write(table, in: container)
        case .figure(let figure):
            try FigureWriter(body: self).write(figure, in: container)
        case .note(let note):
            try paragraph(ParagraphProperties(style: StyleID.note), in: container) {
                let writer = runs(in: container)
                try writer.writeText(note.marker, format: .init())
                try w.element("r") { try w.empty("tab") }
                try writer.write(note.content)
            }
        case .columns(let columns):
            try SlideLayout(body: self).writeColumns(columns, in: container)
        case .slide(let slide):
            try SlideLayout(body: self).write(slide, in: container)
        }
    }

    /// `<w:p>` with properties and content.
    func paragraph(_ properties: ParagraphProperties, in container: Container, _ content: () throws -> Void) throws {
        var properties = properties
        var mark: RunProperties?
        if let size = container.textSize {
            var spacing = properties.spacing ?? .init()
            (spacing.line, spacing.lineRule) = (SlideFit.lineHeight(size), "exact")
            properties.spacing = spacing
            mark = RunProperties(size: size)
        }
        try w.element("p") {
            try properties.write(to: w, runProperties: mark)
            try content()
        }
    }

    /// A heading in Word's built-in heading style, so the navigation pane and a table of
    /// contents find it; its number is printed text, as the data derives it.
    func writeHeading(
        _ heading: Heading, in container: Container, pageBreakBefore: Bool = false
    ) throws {
        var properties = ParagraphProperties(style: StyleID.heading(heading.level))
        properties.pageBreakBefore = pageBreakBefore
        try paragraph(properties, in: container) {
            try withBookmark(heading.anchor) {
                let writer = runs(in: container)
                if let number = heading.number, !number.isEmpty {
                    try writer.writeText(number + "\u{3000}", format: .init())
                }
                try writer.write(heading.content)
            }
        }
    }

    func withBookmark(_ anchor: String?, _ body: () throws -> Void) throws {
        guard let anchor else { return try body() }
        let id = String(context.nextBookmarkID())
        try w.empty("bookmarkStart", ["id": id, "name": Bookmarks.name(for: anchor)])
        try body()
        try w.empty("bookmarkEnd", ["id": id])
    }

    /// A list from numbering.xml. The first paragraph of an item carries the marker; other
    /// blocks of the item align with its text; nested lists go one level deeper.
    func writeList(_ list: ListBlock, in container: Container) throws {
        let level = min(container.listLevel, NumberingPart.levels.upperBound - 1)
        let numID = context.numbering.register(style: list.style, level: level, start: list.start)
        let format = ListFormat.of(list.style)
        var inner = container
        inner.listLevel = level + 1
        for item in list.items {
            var rest = item[...]
            var properties = ParagraphProperties(style: container.textStyle ?? StyleID.listParagraph)
            properties.numbering = .init(level: level, numID: numID)
            if case .paragraph(let content)? = rest.first {
                rest = rest.dropFirst()
                try paragraph(properties, in: container) { try runs(in: container).write(content) }
            } else {
                try paragraph(properties, in: container) {}
            }
            for block in rest {
                if case .paragraph(let content) = block {
                    var continuation = ParagraphProperties(style: container.textStyle ?? StyleID.listParagraph)
                    continuation.indentation = .init(left: format.left(level: level))
                    try paragraph(continuation, in: container) { try runs(in: container).write(content) }
                } else {
                    try write(block, in: inner)
                }
            }
        }
    }

    /// Footnote texts that no reference placed, printed so that no note is lost.
    func writeLooseFootnotes(_ definitions: [FootnoteDefinition], in container: Container) throws {
        for definition in context.footnotes.unplaced(definitions) {
            try paragraph(ParagraphProperties(style: StyleID.footnoteText), in: container) {
                var noFootnotes = runs(in: container)
                noFootnotes.allowsFootnotes = false
                try noFootnotes.writeText(definition.label, format: .init(footnoteMark: true))
                try w.element("r") { try w.empty("tab") }
                try noFootnotes.write(definition.content ?? [])
            }
        }
    }
}
