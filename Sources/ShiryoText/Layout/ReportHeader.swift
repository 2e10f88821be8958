import ShiryoModel

/// The head of a 詳細: document number, date and issuer in the top right corner, then the
/// title, subtitle and as-of sentence — each unless the document's own opening blocks already
/// print it (`DocumentHead` decides, as for every renderer: the assemblers put the title in a
/// level 1 heading and the as-of sentence in a paragraph, and it should not be read twice).
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
        let head = DocumentHead(document)
        var body: [Block] = []
        if let title = head.title {
            body.append(.heading(Heading(level: 1, content: [.text(title)])))
        }
        for text in [head.subtitle, head.asOf].compactMap({ $0 }) {
            body.append(.paragraph([.text(text)]))
        }
        let bodyLines = layout.lines(for: body, width: width)
        if !output.isEmpty, !bodyLines.isEmpty { output.append(.empty) }
        return output + bodyLines
    }
}
