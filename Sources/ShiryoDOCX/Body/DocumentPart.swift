import ShiryoModel
import ShiryoXML

/// word/document.xml: the body and the section properties of the page.
enum DocumentPart {
    static let path = "word/document.xml"
    static let headerRelationshipID = "rIdHeader1"
    static let footerRelationshipID = "rIdFooter1"
    static let firstPageHeaderRelationshipID = "rIdHeader2"

    /// Streams the part into `sink` (the package entry that deflates it as it comes).
    static func write(context: BodyContext, styleIDs: StyleIDMap, to sink: some XMLByteSink) throws {
        let xml = try XMLWriter(sink: sink)
        try xml.startDocument(standalone: true)
        let w = WordWriter(xml, styleIDs: styleIDs)
        try w.startRoot("document", extraNamespaces: [
            ("r", WordML.relationships), ("wp", WordML.drawingWordprocessing),
            ("a", WordML.drawingMain), ("pic", WordML.picture),
        ])
        try w.element("body") {
            try writeBlocks(context: context, to: w)
            try context.page.write(
                to: w, headerID: headerRelationshipID, firstPageHeaderID: firstPageHeaderRelationshipID,
                footerID: footerRelationshipID)
        }
        try w.end()
        try xml.endDocument()
    }

    private static func writeBlocks(context: BodyContext, to w: WordWriter) throws {
        let document = context.document
        let body = BodyWriter(w: w, context: context)
        let container = Container(width: context.page.textWidth)
        context.footnotes.enter(FootnoteScope(document: document))
        var blocks = document.blocks[...]
        if document.kind == .report {
            try DocumentInfo(body: body).writeHead(in: container)
            // The title, then what the metadata adds under it.
            if case .heading(let heading)? = blocks.first, heading.level == 1 {
                try body.write(.heading(heading), in: container)
                blocks = blocks.dropFirst()
            }
            try DocumentInfo(body: body).write(in: container)
        }
        let contents = ContentsList(document)
        let contentsIndex = context.marking.contents ? contents.insertionIndex : nil
        for index in blocks.indices {
            if index == contentsIndex, case .heading(let heading) = blocks[index] {
                try ContentsWriter(body: body).write(contents, pages: context.contentsPages, in: container)
                // The contents has a page of its own: the first listed heading starts the next.
                try body.writeHeading(heading, in: container, pageBreakBefore: true)
            } else {
                try body.write(blocks[index], in: container)
            }
        }
        if document.kind == .report {
            try body.writeLooseFootnotes(document.footnotes, in: container)
        }
        if document.blocks.isEmpty {
            // A body needs at least one paragraph before its sectPr for Word.
            try body.paragraph(ParagraphProperties(), in: container) {}
        }
    }
}
