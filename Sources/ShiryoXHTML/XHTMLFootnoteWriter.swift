import ShiryoModel

/// Footnote definitions, each with its label linking back to the first reference.
/// Definitions without text (bare markers explained by a note) are not printed.
struct XHTMLFootnoteWriter {
    let context: XHTMLContext

    private var output: XHTMLOutput { context.output }

    /// - Parameter element: `footer` at a slide's foot, `section` at the end of a report.
    func write(_ definitions: [FootnoteDefinition], in element: String) throws {
        let printed = definitions.filter { $0.content != nil }
        guard !printed.isEmpty else { return }
        try output.element(element, [("class", "footnotes")]) {
            for definition in printed {
                try writeDefinition(definition)
            }
        }
    }

    private func writeDefinition(_ definition: FootnoteDefinition) throws {
        let scope = context.footnotes
        let id = context.ids.claim(scope.definitionID(definition.id))
        try output.element("p", [("class", "footnote")] + id) {
            if let backLink = scope.backLink(for: definition.id) {
                try output.element("a", [("class", "footnote-label"), ("href", backLink)], text: definition.label)
            } else {
                try output.element("span", [("class", "footnote-label")], text: definition.label)
            }
            try output.text("：")
            try XHTMLInlineWriter(context: context).write(definition.content ?? [])
        }
    }
}
