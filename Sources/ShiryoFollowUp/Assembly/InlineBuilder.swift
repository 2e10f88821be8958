import ShiryoModel

/// Converts the domain's rich text to the model's inlines, numbering footnotes in the order
/// they are first referenced. One builder numbers one scope: a slide of the 概要 (each
/// slide starts again at *1, as the genre does) or the whole 詳細.
final class InlineBuilder {
    private let report: FollowUpReport
    private var labels: [String: String] = [:]
    private(set) var definitions: [FootnoteDefinition] = []

    init(report: FollowUpReport) {
        self.report = report
    }

    func inlines(_ text: RichText) -> [Inline] {
        text.spans.map(inline)
    }

    func inlines(_ text: String) -> [Inline] {
        text.isEmpty ? [] : [.text(text)]
    }

    private func inline(_ span: RichText.Span) -> Inline {
        switch span {
        case .text(let text): .text(text)
        case .strong(let spans): .strong(spans.map(inline))
        case .lineBreak: .lineBreak
        case .footnote(let id): .footnoteReference(FootnoteReference(id: id, label: label(for: id)))
        }
    }

    private func label(for id: String) -> String {
        if let label = labels[id] { return label }
        let label = "*\(labels.count + 1)"
        labels[id] = label
        // Reserve the slot before converting the text, which may itself reference notes.
        let index = definitions.count
        definitions.append(FootnoteDefinition(id: id, label: label, content: nil))
        definitions[index].content = content(of: id)
        return label
    }

    private func content(of id: String) -> [Inline]? {
        if let entry = report.footnotes.first(where: { $0.id == id }) {
            return entry.text.map(inlines)
        }
        if let entry = report.glossary.first(where: { $0.term == id }) {
            return inlines(entry.definition) + [.text("をいう。")]
        }
        return nil
    }
}
