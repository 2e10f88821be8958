import Foundation
import ShiryoModel
import ShiryoRendering

/// The state of one rendering pass, shared by the block, inline, table and slide writers.
final class XHTMLContext {
    let output: XHTMLOutput
    let options: XHTMLRenderOptions
    let ids = IDRegistry()
    let images: ImageEmbedding
    /// The identifier of the document being written: a cross reference to it is an
    /// in-document link.
    let documentIdentifier: String
    let metadata: Metadata
    /// The document being written, for the model's resolvers (`FootnoteScope`, `DocumentHead`).
    let document: Document
    /// The contents list and draft marks asked for.
    let marking: DocumentMarkingOptions
    /// The footnotes that references resolve against: the current slide's, or the report's.
    var footnotes: FootnoteAnchors
    /// Slides written so far; the n-th slide's footnote ids are scoped with `s<n>-`.
    var slideCount = 0

    init(output: XHTMLOutput, options: XHTMLRenderOptions, document: Document) {
        self.output = output
        self.options = options
        images = ImageEmbedding(inputDirectory: options.inputDirectory)
        documentIdentifier = document.metadata.identifier
        metadata = document.metadata
        self.document = document
        marking = options.marking
        footnotes = FootnoteAnchors(prefix: document.kind == .slides ? "d-" : "", scope: FootnoteScope(document: document))
    }

    /// Runs `body` with the footnotes of one slide in scope.
    func withFootnotes(_ scope: FootnoteAnchors, _ body: () throws -> Void) rethrows {
        let outer = footnotes
        footnotes = scope
        defer { footnotes = outer }
        try body()
    }

    /// The link target of a cross reference, or nil when it points to a document whose
    /// file name is unknown (it is then printed without a link rather than guessed).
    func href(for reference: CrossReference) -> String? {
        let fragment = reference.anchor.flatMap(HTMLID.anchor).map { "#" + $0 } ?? ""
        guard let target = reference.documentIdentifier, target != documentIdentifier else {
            return fragment.isEmpty ? nil : fragment
        }
        guard let fileName = options.companionFileNames[target], !fileName.isEmpty else { return nil }
        return CompanionLink.percentEncodedPath(fileName) + fragment
    }
}
