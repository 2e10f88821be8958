import ShiryoModel

/// Block-level elements: headings, paragraphs, lists, notes, figures and column layouts.
/// Tables and slides have writers of their own.
struct XHTMLBlockWriter {
    let context: XHTMLContext

    private var output: XHTMLOutput { context.output }
    private var inlines: XHTMLInlineWriter { XHTMLInlineWriter(context: context) }

    func write(_ blocks: [Block]) throws {
        for block in blocks {
            try write(block)
        }
    }

    func write(_ block: Block) throws {
        switch block {
        case .heading(let heading): try writeHeading(heading)
        case .paragraph(let content): try output.element("p") { try inlines.write(content) }
        case .list(let list): try writeList(list)
        case .table(let table): try XHTMLTableWriter(context: context).write(table)
        case .figure(let figure): try XHTMLFigureWriter(context: context).write(figure)
        case .note(let note): try writeNote(note)
        case .columns(let columns): try writeColumns(columns)
        case .slide(let slide): try XHTMLSlideWriter(context: context).write(slide)
        }
    }

    /// Blocks inside a list item or a table cell: a lone paragraph is written as bare
    /// inline content, so cells and items do not carry paragraph margins.
    func writeCompact(_ blocks: [Block]) throws {
        if blocks.count == 1, case .paragraph(let content) = blocks[0] {
            try inlines.write(content)
        } else {
            try write(blocks)
        }
    }

    private func writeHeading(_ heading: Heading) throws {
        let level = min(max(heading.level, 1), 6)
        let id = context.ids.claim(heading.anchor.flatMap(HTMLID.anchor))
        try output.element("h\(level)", id) {
            try writeNumber(heading.number)
            try inlines.write(heading.content)
        }
    }

    /// The printed number (目標1, （１）, １．) in its own span, so styles can set it apart.
    func writeNumber(_ number: String?) throws {
        guard let number, !number.isEmpty else { return }
        try output.element("span", [("class", "number")], text: number)
        // A number that ends in a bracket or full stop is already set off; 目標1 needs a space.
        if let last = number.unicodeScalars.last, !"）)．.、：:".unicodeScalars.contains(last) {
            try output.text(" ")
        }
    }

    private func writeList(_ list: ListBlock) throws {
        let ordered: Bool
        switch list.style {
        case .bullet, .dot, .circle, .none: ordered = false
        case .decimal, .parenthesized, .fullwidthParenthesized, .circled, .katakana: ordered = true
        }
        var attributes: XHTMLOutput.Attributes = [("class", "list list-\(Self.className(list.style))")]
        if ordered, list.start != 1 {
            attributes.append(("start", String(list.start)))
        }
        try output.element(ordered ? "ol" : "ul", attributes) {
            for item in list.items {
                try output.element("li") { try writeCompact(item) }
            }
        }
    }

    /// `fullwidthParenthesized` → `fullwidth-parenthesized`: class names in CSS's own case.
    static func className(_ style: ListStyle) -> String {
        var name = ""
        for character in style.rawValue {
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
        return name
    }

    private func writeNote(_ note: Note) throws {
        try output.element("p", [("class", "note")]) {
            try output.element("span", [("class", "note-marker")], text: note.marker)
            try output.text(" ")
            try inlines.write(note.content)
        }
    }

    private func writeColumns(_ columns: [Column]) throws {
        try output.element("div", [("class", "columns columns-\(columns.count)")]) {
            for column in columns {
                try output.element("div", [("class", "column")]) {
                    if let title = column.title {
                        try output.element("p", [("class", "column-title")]) { try inlines.write(title) }
                    }
                    try output.element("div", [("class", "column-body")]) { try write(column.blocks) }
                }
            }
        }
    }
}
