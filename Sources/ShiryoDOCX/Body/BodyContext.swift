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
    /// The companion documents' file names, by `Metadata.identifier`, for links between them.
    var companionFileNames: [String: String] = [:]
    /// The links to companion documents, in the order first used: document.xml's external
    /// hyperlink relationships.
    private(set) var companionLinks: [(id: String, target: String)] = []
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

    /// The relationship id of a link to the companion document `reference` points to, or
    /// nil when its file name is unknown (the reference is then printed as text). The
    /// target is the file name beside this one, with the heading's bookmark as fragment.
    func companionLinkID(for reference: CrossReference) -> String? {
        guard let identifier = reference.documentIdentifier, identifier != document.metadata.identifier,
              let fileName = companionFileNames[identifier], !fileName.isEmpty
        else { return nil }
        let target = CompanionLink.percentEncodedPath(fileName) + (reference.anchor.map { "#" + Bookmarks.name(for: $0) } ?? "")
        if let known = companionLinks.first(where: { $0.target == target }) { return known.id }
        let id = "rIdCompanion\(companionLinks.count + 1)"
        companionLinks.append((id, target))
        return id
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
