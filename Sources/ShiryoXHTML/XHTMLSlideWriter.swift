import ShiryoModel

/// One `<section class="slide">` per slide, which the slide CSS puts on a page of its own:
/// the document number and date in the corner, the title, the blocks (usually this year's
/// actions and next year's goals in two columns) and the slide's footnotes at its foot.
struct XHTMLSlideWriter {
    let context: XHTMLContext

    private var output: XHTMLOutput { context.output }

    func write(_ slide: Slide) throws {
        context.slideCount += 1
        let footnotes = FootnoteScope(document: context.document, slide: slide)
        let scope = FootnoteAnchors(prefix: "s\(context.slideCount)-", scope: footnotes)
        let id = context.ids.claim(slide.anchor.flatMap(HTMLID.anchor))
        try output.element("section", [("class", "slide slide-role-\(slide.role.rawValue)")] + id) {
            try context.withFootnotes(scope) {
                try writeHeader(slide)
                try output.element("div", [("class", "slide-body")]) {
                    try XHTMLBlockWriter(context: context).write(slide.blocks)
                }
                try XHTMLFootnoteWriter(context: context).write(footnotes.definitions, in: "footer")
            }
        }
    }

    private func writeHeader(_ slide: Slide) throws {
        try output.element("header", [("class", "slide-header")]) {
            try XHTMLMetadataWriter(context: context).writeCorner()
            try output.element(slide.role == .title ? "h1" : "h2", [("class", "slide-title")]) {
                try XHTMLBlockWriter(context: context).writeNumber(slide.number)
                try XHTMLInlineWriter(context: context).write(slide.title)
            }
            if slide.role == .title {
                try XHTMLMetadataWriter(context: context).writeIssuer()
            }
        }
    }
}
