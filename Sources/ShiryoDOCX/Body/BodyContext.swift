import Foundation
import ShiryoModel
import ShiryoOOXML
import ShiryoRendering

/// What the body writers share while one document is written: the lists, footnotes and
/// images found so far (their parts are written after the body) and running ids.
final class BodyContext {
    let document: Document
    let page: PageSetup
    /// The table of contents and the draft marks asked for.
    var marking = DocumentMarkingOptions()
    /// The cached page numbers of the contents' PAGEREF fields, by heading anchor.
    var contentsPages: [String: Int] = [:]
    var numbering = NumberingRegistry()
    var footnotes = FootnoteRegistry()
    var media: MediaRegistry
    private var lastDrawingID = 0
    private var lastBookmarkID = 0
    private var slidesBegun = 0

    init(document: Document, page: PageSetup, inputDirectory: URL?) {
        self.document = document
        self.page = page
        media = MediaRegistry(inputDirectory: inputDirectory, folder: "word/media")
    }

    func nextDrawingID() -> Int {
        lastDrawingID += 1
        return lastDrawingID
    }

    /// Counts a slide; true for the first one, which needs no page break before it.
    func beginSlide() -> Bool {
        slidesBegun += 1
        return slidesBegun == 1
    }

    func nextBookmarkID() -> Int {
        lastBookmarkID += 1
        return lastBookmarkID
    }

    /// Whether a cross reference points into this document, where a bookmark can take it.
    func isInternal(_ reference: CrossReference) -> Bool {
        reference.anchor != nil
            && (reference.documentIdentifier == nil || reference.documentIdentifier == document.metadata.identifier)
    }
}

/// Where blocks are being written: the width they may take and how their text looks.
struct Container {
    /// Usable width in twips.
    var width: Int
    var listLevel = 0
    /// Paragraph style for plain paragraphs (nil: Normal).
    var textStyle: String?
    /// Footnotes cannot be placed inside footnotes or headers.
    var allowsFootnotes = true
    /// Text size in half-points set on every run and exact line height on every paragraph:
    /// how a slide is shrunk to fit its page. nil leaves sizes to the styles.
    var textSize: Int?
}
