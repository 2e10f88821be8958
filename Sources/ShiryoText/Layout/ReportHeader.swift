import ShiryoModel

/// The head of a 詳細: document number, date and issuer in the top right corner, then the
/// title, subtitle and as-of sentence — each unless the document's own opening blocks already
/// print it (the assemblers put the title in a level 1 heading and the as-of sentence in a
/// paragraph, and it should not be read twice).
struct ReportHeader {
    let layout: BlockLayout

    func lines(for document: Document, width: Int) -> [TextLine] {
        let metadata = document.metadata
        var output: [TextLine] = []
        for corner in [metadata.documentNumber, metadata.dateText, metadata.issuer] {
            guard let corner, !corner.isEmpty else { continue }
            for line in layout.wrap(InlineText.normalized(corner), width: width) {
                output.append(TextLine(text: spaces(width - line.width) + line.text, width: max(width, line.width)))
            }
        }
        let shown = openingTexts(document.blocks)
        var body: [Block] = []
        if !shown.contains(metadata.title) {
            body.append(.heading(Heading(level: 1, content: [.text(metadata.title)])))
        }
        for text in [metadata.subtitle, metadata.asOfText] {
            guard let text, !text.isEmpty, !shown.contains(text) else { continue }
            body.append(.paragraph([.text(text)]))
        }
        let bodyLines = layout.lines(for: body, width: width)
        if !output.isEmpty, !bodyLines.isEmpty { output.append(.empty) }
        return output + bodyLines
    }

    /// The texts (and their lines) of the headings and paragraphs before the first heading
    /// of level 2.
    private func openingTexts(_ blocks: [Block]) -> Set<String> {
        var texts = Set<String>()
        for block in blocks {
            let text: String
            switch block {
            case .heading(let heading):
                if heading.level >= 2 { return texts }
                text = InlineText.plain(heading.content)
            case .paragraph(let content):
                text = InlineText.plain(content)
            default:
                continue
            }
            texts.insert(text)
            for line in text.split(separator: "\n") { texts.insert(String(line)) }
        }
        return texts
    }
}
