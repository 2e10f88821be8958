import ShiryoModel

/// The report's table of contents, inside Word's `Table of Contents` content control: one
/// paragraph per entry of the model's `ContentsList` (styles `toc 2` to `toc 4`), each a
/// hyperlink to the heading's bookmark holding the entry's text, a tab with a dot leader and
/// a PAGEREF field to the same bookmark.
///
/// Why PAGEREF fields and no TOC field around them: a TOC field's result is shown as cached
/// by LibreOffice (it imports it as an index and does not lay it out again), so its page
/// numbers would be whatever we guessed. A PAGEREF field outside a TOC field is a reference
/// field that LibreOffice computes when it lays the document out, and Word when it updates
/// fields (F9) or prints, so the numbers are the pages the headings are on. The entries'
/// text needs no field at all: python-docx, pandoc and every reader see it as written.
/// The cached value of each PAGEREF, shown by readers that lay nothing out (python-docx,
/// pandoc, Word until it updates fields), is `pages`: `PageEstimate`'s count of lines.
struct ContentsWriter {
    let body: BodyWriter

    private var w: WordWriter { body.w }

    func write(_ contents: ContentsList, pages: [String: Int], in container: Container) throws {
        guard !contents.entries.isEmpty else { return }
        try w.start("sdt")
        try w.element("sdtPr") {
            try w.element("docPartObj") {
                try w.value("docPartGallery", "Table of Contents")
                try w.empty("docPartUnique")
            }
        }
        try w.element("sdtContent") {
            try body.paragraph(ParagraphProperties(style: StyleID.contentsHeading), in: container) {
                try body.runs(in: container).writeText(ContentsList.title, format: .init())
            }
            for entry in contents.entries {
                try writeEntry(entry, page: pages[entry.anchor] ?? 1, in: container)
            }
        }
        try w.end()
    }

    private func writeEntry(_ entry: ContentsList.Entry, page: Int, in container: Container) throws {
        var properties = ParagraphProperties(style: StyleID.contents(entry.level))
        properties.rightTab = container.width
        properties.rightTabLeader = "dot"
        let bookmark = Bookmarks.name(for: entry.anchor)
        try body.paragraph(properties, in: container) {
            try w.start("hyperlink")
            try w.attribute("anchor", bookmark)
            try w.attribute("history", "1")
            let runs = body.runs(in: container)
            try runs.writeText(entry.plainText, format: .init())
            try w.element("r") { try w.empty("tab") }
            try w.field("PAGEREF \(bookmark) \\h") {
                try runs.writeText(String(page), format: .init())
            }
            try w.end()
        }
    }
}
