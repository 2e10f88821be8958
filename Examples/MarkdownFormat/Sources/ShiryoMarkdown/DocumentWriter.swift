import ShiryoModel

/// A whole document: the metadata a reader should see, the blocks, and the footnote
/// definitions at the end.
struct DocumentWriter {
    let document: Document
    let settings: MarkdownSettings

    func markdown() -> String {
        let footnotes = FootnoteRegistry()
        let documentScope = FootnoteRegistry.Scope(key: 0, definitions: document.footnotes)
        let blocks = BlockWriter(settings: settings, footnotes: footnotes, scopes: [documentScope])

        var chunks = header(blocks)
        chunks += blocks.chunks(document.blocks, depth: 0, after: chunks.last?.kind)
        chunks += blocks.unreferencedFootnotes(in: documentScope)
        // Last, once every reference has its number.
        chunks += definitions(footnotes.numbered, blocks: blocks)
        return chunks.map { $0.lines.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// Document number, date and issuer (the top corner of the printed page), then the
    /// title, subtitle and as-of sentence unless the blocks print them already (the
    /// assemblers put the title in a heading or the title slide).
    private func header(_ blocks: BlockWriter) -> [Chunk] {
        let metadata = document.metadata
        var chunks: [Chunk] = []
        let corner = [metadata.documentNumber, metadata.dateText, metadata.issuer]
            .compactMap { $0 }
            .flatMap { blocks.inlines.lines([.text($0)]) }
        if !corner.isEmpty {
            chunks.append(Chunk(kind: .paragraph, lines: BlockWriter.hardBroken(corner)))
        }
        if !metadata.title.isEmpty, !titleIsPrinted(metadata.title) {
            chunks.append(blocks.heading(level: 1, number: nil, content: [.text(metadata.title)]))
        }
        let bodyText = document.blocks.plainText
        for text in [metadata.subtitle, metadata.asOfText] {
            guard let text, !text.isEmpty, !bodyText.contains(text) else { continue }
            chunks += blocks.paragraph([.text(text)])
        }
        return chunks
    }

    private func titleIsPrinted(_ title: String) -> Bool {
        document.blocks.contains { block in
            switch block {
            case .heading(let heading): heading.content.plainText == title
            case .slide(let slide): slide.title.plainText == title
            default: false
            }
        }
    }

    /// `[^1]: …`, continuation lines indented by four spaces. A footnote's own footnote
    /// references are printed as their labels: Markdown footnotes do not nest.
    private func definitions(_ numbered: [FootnoteDefinition], blocks: BlockWriter) -> [Chunk] {
        let writer = InlineWriter(
            settings: settings, footnotes: blocks.footnotes, scopes: blocks.scopes, footnoteStyle: .labels)
        return numbered.enumerated().map { index, definition in
            let content = BlockWriter.hardBroken(writer.lines(definition.content ?? []))
            let label = "[^\(index + 1)]:"
            guard let first = content.first else { return Chunk(kind: .other, lines: [label]) }
            return Chunk(kind: .other, lines: [label + " " + first] + content.dropFirst().map { "    " + $0 })
        }
    }
}
