import ShiryoModel

/// `<figure>` with the image embedded as a `data:` URI (so the file stays self-contained)
/// and a `<figcaption>` holding caption, description and credit on lines of their own.
struct XHTMLFigureWriter {
    let context: XHTMLContext

    private var output: XHTMLOutput { context.output }
    private var inlines: XHTMLInlineWriter { XHTMLInlineWriter(context: context) }

    func write(_ figure: Figure) throws {
        let imageClass = figure.image == nil ? "figure no-image" : "figure"
        try output.element("figure", [("class", imageClass)]) {
            if let path = figure.image {
                let source = try context.images.dataURI(forImageAt: path)
                try output.void("img", [("src", source), ("alt", figure.caption.plainText)])
            }
            try output.element("figcaption") {
                try output.element("span", [("class", "caption")]) { try inlines.write(figure.caption) }
                if let description = figure.description, !description.isEmpty {
                    try output.element("span", [("class", "description")]) { try inlines.write(description) }
                }
                if let credit = figure.credit, !credit.isEmpty {
                    try output.element("span", [("class", "credit")]) { try inlines.write(credit) }
                }
            }
        }
    }
}
