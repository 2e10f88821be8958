import ShiryoModel

/// The lines of one Markdown block, and what decides how the next block may follow it.
struct Chunk {
    enum Kind: Equatable {
        case paragraph
        /// A bullet list with its marker (`-`, `*` or `+`).
        case bulletList(Character)
        /// An ordered list with its delimiter (`.` or `)`).
        case orderedList(Character)
        case other
    }

    var kind: Kind
    var lines: [String]
    /// A list that may follow a paragraph without a blank line (CommonMark lets only a
    /// bullet list or a list numbered from 1, whose first item is not empty, interrupt one).
    var canInterruptParagraph = false
}

/// Blocks as Markdown: headings, paragraphs, lists, notes, figures, columns and slides.
/// Tables have a writer of their own.
///
/// Blocks are written as chunks of lines, joined with one blank line. `depth` is the level
/// of the Markdown heading the blocks are under (0 at the top of the document): a model
/// heading is never written above it, so a slide's headings stay inside the slide.
struct BlockWriter {
    let settings: MarkdownSettings
    let footnotes: FootnoteRegistry
    /// Footnote scopes, innermost first: the current slide's, then the document's.
    let scopes: [FootnoteRegistry.Scope]

    var inlines: InlineWriter { InlineWriter(settings: settings, footnotes: footnotes, scopes: scopes) }

    func chunks(_ blocks: [Block], depth: Int, after previous: Chunk.Kind? = nil) -> [Chunk] {
        var result: [Chunk] = []
        for block in blocks {
            result += chunks(block, depth: depth, after: result.last?.kind ?? previous)
        }
        return result
    }

    private func chunks(_ block: Block, depth: Int, after previous: Chunk.Kind?) -> [Chunk] {
        switch block {
        case .heading(let heading):
            return [self.heading(level: max(heading.level, depth + 1), number: heading.number, content: heading.content)]
        case .paragraph(let content):
            return paragraph(content)
        case .list(let list):
            return self.list(list, depth: depth, after: previous)
        case .table(let table):
            return TableWriter(blocks: self).chunks(table)
        case .figure(let figure):
            return self.figure(figure)
        case .note(let note):
            return paragraph(note.marker.isEmpty ? note.content : [.text(note.marker + " ")] + note.content)
        case .columns(let columns):
            return self.columns(columns, depth: depth, after: previous)
        case .slide(let slide):
            return self.slide(slide, depth: depth)
        }
    }

    // MARK: - Text blocks

    /// `## 目標1 …`, at `level` of the model (the heading offset is added here).
    func heading(level: Int, number: String?, content: [Inline]) -> Chunk {
        var text = inlines.line(content)
        if let number, !number.isEmpty {
            let printedNumber = inlines.line([.text(number)])
            // A number ending in a bracket or full stop (（１）, １．) is already set off.
            let separator = number.last.map { "）)．.、：:」".contains($0) } == true ? "" : " "
            text = text.isEmpty ? printedNumber : printedNumber + separator + text
        }
        let marker = String(repeating: "#", count: settings.headingLevel(level))
        return Chunk(kind: .other, lines: [text.isEmpty ? marker : marker + " " + text])
    }

    func paragraph(_ content: [Inline], writer: InlineWriter? = nil) -> [Chunk] {
        let lines = (writer ?? inlines).lines(content)
        return lines.isEmpty ? [] : [Chunk(kind: .paragraph, lines: Self.hardBroken(lines))]
    }

    /// Lines joined by hard line breaks: a backslash at the end of every line but the last.
    static func hardBroken(_ lines: [String]) -> [String] {
        lines.enumerated().map { index, line in index < lines.count - 1 ? line + "\\" : line }
    }

    /// `![caption](path)` (or the caption alone when there is no image), with the
    /// description and credit on lines of their own. The path is written as the data gives
    /// it: relative to the report's folder.
    private func figure(_ figure: Figure) -> [Chunk] {
        var lines: [String] = []
        if let path = figure.image, !path.isEmpty {
            let notes = InlineWriter.separatingFootnotes(figure.caption).notes
            lines.append("![" + InlineWriter.alternativeText(figure.caption) + "]("
                + MarkdownEscaping.destination(path, keepingSlashes: true) + ")" + inlines.line(notes))
        } else {
            lines += inlines.lines(figure.caption)
        }
        for extra in [figure.description, figure.credit] {
            if let extra { lines += inlines.lines(extra) }
        }
        return lines.isEmpty ? [] : [Chunk(kind: .paragraph, lines: Self.hardBroken(lines))]
    }

    // MARK: - Lists

    private func list(_ list: ListBlock, depth: Int, after previous: Chunk.Kind?) -> [Chunk] {
        guard list.style != .none else {
            return chunks(list.items.flatMap { $0 }, depth: depth, after: previous)
        }
        guard !list.items.isEmpty else { return [] }
        // Two lists in a row with the same marker would be read as one list.
        let kind: Chunk.Kind
        let markers: [String]
        if ListMarkers.isOrdered(list.style) {
            let delimiter: Character = previous == .orderedList(".") ? ")" : "."
            let start = ListMarkers.start(of: list)
            kind = .orderedList(delimiter)
            markers = list.items.indices.map { "\(min(start + $0, ListMarkers.largestNumber))\(delimiter)" }
        } else {
            let bullet: Character = previous == .bulletList("-") ? "*" : "-"
            kind = .bulletList(bullet)
            markers = list.items.map { _ in String(bullet) }
        }
        var lines: [String] = []
        for (marker, item) in zip(markers, list.items) {
            let content = itemLines(item, depth: depth)
            guard let first = content.first else {
                lines.append(marker)
                continue
            }
            let indent = String(repeating: " ", count: marker.count + 1)
            lines.append(marker + " " + first)
            lines += content.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
        }
        let firstItemIsEmpty = lines.first == markers.first
        let startsAtOne = ListMarkers.isOrdered(list.style) ? ListMarkers.start(of: list) == 1 : true
        return [Chunk(kind: kind, lines: lines, canInterruptParagraph: startsAtOne && !firstItemIsEmpty)]
    }

    /// An item's blocks, blank lines between them, except that a list that may interrupt a
    /// paragraph follows it directly, which keeps `- text` + nested list a tight list.
    private func itemLines(_ item: [Block], depth: Int) -> [String] {
        var lines: [String] = []
        var previous: Chunk?
        for chunk in chunks(item, depth: depth) {
            if let previous, !(previous.kind == .paragraph && chunk.canInterruptParagraph) {
                lines.append("")
            }
            lines += chunk.lines
            previous = chunk
        }
        return lines
    }

    // MARK: - Slides and columns

    /// Each column under a heading of its title (令和6年度の取組), one after the other.
    private func columns(_ columns: [Column], depth: Int, after previous: Chunk.Kind?) -> [Chunk] {
        var result: [Chunk] = []
        for column in columns {
            var level = depth
            if let title = column.title, !title.isEmpty {
                level = depth + 1
                result.append(heading(level: level, number: nil, content: title))
            }
            result += chunks(column.blocks, depth: level, after: result.last?.kind ?? previous)
        }
        return result
    }

    /// A section per slide: the title slide's title at the document's first level, the
    /// others one below. The slide's footnotes get numbers of their own (its *1 is not
    /// another slide's *1).
    private func slide(_ slide: Slide, depth: Int) -> [Chunk] {
        let scope = FootnoteRegistry.Scope(key: footnotes.newScopeKey(), definitions: slide.footnotes)
        let writer = BlockWriter(settings: settings, footnotes: footnotes, scopes: [scope] + scopes)
        let level = slide.role == .title ? depth + 1 : depth + 2
        var result = [writer.heading(level: level, number: slide.number, content: slide.title)]
        result += writer.chunks(slide.blocks, depth: level)
        result += writer.unreferencedFootnotes(in: scope)
        return result
    }

    /// Footnotes of `scope` that nothing refers to, as notes (`*1：…`): Markdown would drop
    /// them.
    func unreferencedFootnotes(in scope: FootnoteRegistry.Scope) -> [Chunk] {
        let writer = InlineWriter(settings: settings, footnotes: footnotes, scopes: scopes, footnoteStyle: .labels)
        return footnotes.unreferenced(in: scope).flatMap { definition in
            paragraph([.text(definition.label + "：")] + (definition.content ?? []), writer: writer)
        }
    }
}
