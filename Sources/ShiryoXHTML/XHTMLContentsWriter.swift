import ShiryoModel

/// The report's contents list (目次): one link per entry of the model's `ContentsList`, to
/// the heading's id. The page numbers are not in the XHTML: the paged-media stylesheet adds
/// them with `target-counter(attr(href url), page)`, so they are the pages the engine
/// actually put the headings on.
struct XHTMLContentsWriter {
    let context: XHTMLContext

    private var output: XHTMLOutput { context.output }

    func write(_ contents: ContentsList) throws {
        guard !contents.entries.isEmpty else { return }
        try output.element("nav", [("class", "contents"), ("aria-label", ContentsList.title)]) {
            try output.element("p", [("class", "contents-title")], text: ContentsList.title)
            try output.element("ol", [("class", "contents-list")]) {
                for entry in contents.entries {
                    try write(entry)
                }
            }
        }
    }

    private func write(_ entry: ContentsList.Entry) throws {
        guard let id = HTMLID.anchor(entry.anchor) else { return }
        try output.element("li", [("class", "contents-entry contents-level-\(entry.level)")]) {
            try output.element("a", [("href", "#" + id)]) {
                try XHTMLBlockWriter(context: context).writeNumber(entry.number)
                // The heading's text without footnote references: a contents line links to
                // the heading, and *1 there would point nowhere.
                try output.element("span", [("class", "contents-text")], text: entry.title)
            }
        }
    }
}
