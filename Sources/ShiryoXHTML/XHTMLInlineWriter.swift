import ShiryoModel

/// Running text: `strong`, `em`, `br`, footnote references and cross-reference links.
struct XHTMLInlineWriter {
    let context: XHTMLContext
    /// Inside a cross-reference link, footnote references are printed without their own
    /// link: HTML does not allow a link inside a link.
    var insideLink = false

    private var output: XHTMLOutput { context.output }

    func write(_ inlines: [Inline]) throws {
        for inline in inlines {
            try write(inline)
        }
    }

    func write(_ inline: Inline) throws {
        switch inline {
        case .text(let text):
            try output.text(text)
        case .strong(let content):
            try output.element("strong") { try write(content) }
        case .emphasis(let content):
            try output.element("em") { try write(content) }
        case .lineBreak:
            try output.void("br")
        case .footnoteReference(let reference):
            try writeFootnoteReference(reference)
        case .crossReference(let reference):
            try writeCrossReference(reference)
        }
    }

    private func writeFootnoteReference(_ reference: FootnoteReference) throws {
        try output.element("sup", [("class", "footnote-ref")]) {
            if !insideLink, let link = context.footnotes.nextReference(to: reference.id) {
                let attributes = context.ids.claim(link.id) + [("href", link.href)]
                try output.element("a", attributes, text: reference.label)
            } else {
                try output.text(reference.label)
            }
        }
    }

    private func writeCrossReference(_ reference: CrossReference) throws {
        guard let href = context.href(for: reference) else {
            try output.element("span", [("class", "cross-ref")]) { try write(reference.content) }
            return
        }
        let linkText = XHTMLInlineWriter(context: context, insideLink: true)
        try output.element("a", [("class", "cross-ref"), ("href", href)]) { try linkText.write(reference.content) }
    }
}
