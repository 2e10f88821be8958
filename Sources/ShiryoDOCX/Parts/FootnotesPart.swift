import ShiryoModel
import ShiryoXML

/// word/footnotes.xml: the two separators Word expects (ids -1 and 0, in the form Word
/// writes them), then one footnote per placed reference, starting with its printed mark.
enum FootnotesPart {
    static func write(_ notes: [FootnoteRegistry.Note], context: BodyContext, styleIDs: StyleIDMap) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = WordWriter(xml, styleIDs: styleIDs)
            try w.startRoot("footnotes")
            try writeSeparator(id: "-1", type: "separator", to: w)
            try writeSeparator(id: "0", type: "continuationSeparator", to: w)
            let runs = RunWriter(w: w, context: context, allowsFootnotes: false)
            for note in notes {
                try w.start("footnote")
                try w.attribute("id", String(note.id))
                try w.element("p") {
                    try ParagraphProperties(style: StyleID.footnoteText).write(to: w)
                    if note.customMark {
                        // Word's form for a custom mark: the mark as text, no footnoteRef.
                        try runs.writeText(note.label, format: .init(footnoteMark: true))
                    } else {
                        try w.element("r") {
                            try RunProperties(style: StyleID.footnoteReference).write(to: w)
                            try w.empty("footnoteRef")
                        }
                    }
                    try w.element("r") { try w.empty("tab") }
                    try runs.write(note.content)
                }
                try w.end()
            }
            try w.end()
        }
    }

    private static func writeSeparator(id: String, type: String, to w: WordWriter) throws {
        try w.start("footnote")
        try w.attribute("type", type)
        try w.attribute("id", id)
        try w.element("p") {
            try ParagraphProperties(spacing: .init(after: 0, line: 240, lineRule: "auto")).write(to: w)
            try w.element("r") { try w.empty(type) }
        }
        try w.end()
    }
}
