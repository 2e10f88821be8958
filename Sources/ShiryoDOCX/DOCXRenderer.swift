import Foundation
import ShiryoModel
import ShiryoOOXML
import ShiryoRendering

/// Options of the DOCX renderer.
public struct DOCXRenderOptions: Sendable {
    /// The input report's folder: figure images are resolved against it and may not leave it.
    public var inputDirectory: URL?
    /// A .docx whose styles, page setup, theme and numbering definitions the output adopts (pandoc's --reference-doc):
    /// offices keep their look in such a template. Styles we need that it lacks are added.
    public var referenceDocx: URL?
    /// The table of contents (a TOC field with its entries filled in) and the draft marks.
    public var marking: DocumentMarkingOptions
    /// Output file names of the companion documents, by `Metadata.identifier`
    /// (`"detail": "amr-action-plan.detail.docx"`): cross references to them become links.
    public var companionFileNames: [String: String]

    public init(
        inputDirectory: URL? = nil, referenceDocx: URL? = nil, marking: DocumentMarkingOptions = .init(),
        companionFileNames: [String: String] = [:]
    ) {
        self.inputDirectory = inputDirectory
        self.referenceDocx = referenceDocx
        self.marking = marking
        self.companionFileNames = companionFileNames
    }
}

/// Renders a `Document` as a Word document (OOXML, ECMA-376 transitional).
///
/// The 詳細 becomes a portrait A4 report; the 概要 a landscape deck, one slide per page.
/// Output is reproducible: the same document and options give the same bytes whatever
/// the clock, time zone or locale.
public struct DOCXRenderer: DocumentRenderer {
    public let formatName = "docx"
    public let fileExtension = "docx"
    public let summary = "Word (OOXML) with Japanese defaults, heading styles, real lists and footnotes"
    public var acceptedOptions: [RenderOption] {
        [RenderOption(
            name: "reference-docx", valueName: "FILE",
            help: "take the styles, page setup, theme and numbering of this .docx (an office's own template)")]
            + DocumentMarkingOptions.all
    }

    /// Checks the options, and reads and checks the reference document (its theme and
    /// numbering parts), before any report is loaded.
    public func validate(_ options: RenderOptions) throws {
        _ = try DocumentMarkingOptions(options, format: formatName)
        _ = try options["reference-docx"].map { try ReferenceDocument.load(URL(fileURLWithPath: $0)) }
    }

    public init() {}

    public func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws {
        let options = DOCXRenderOptions(
            inputDirectory: context.inputDirectory,
            referenceDocx: context.options["reference-docx"].map { URL(fileURLWithPath: $0) },
            marking: try DocumentMarkingOptions(context.options, format: formatName),
            companionFileNames: context.companionFileNames)
        // The deflated parts go out to the file as they lie: the archive is never whole in memory.
        let (package, properties) = try package(document, options: options)
        try package.write(metadata: properties) { output.write($0) }
    }

    public func render(_ document: Document, options: DOCXRenderOptions) throws -> Data {
        let (package, properties) = try package(document, options: options)
        return try package.zip(metadata: properties)
    }

    /// Every part of the document's package but the ones every package has, and the
    /// properties those are made from.
    private func package(_ document: Document, options: DOCXRenderOptions) throws -> (PackageBuilder, Metadata) {
        let reference = try options.referenceDocx.map(ReferenceDocument.load)
        let page = PageSetup.defaults(for: document.kind)
            .adopting(reference?.page, landscape: document.kind == .slides)
        let catalog = StyleCatalog.styles(for: document.kind)
        let styles: StyleMerge.Result
        if let reference {
            styles = try StyleMerge.merge(reference: reference.styles, ours: catalog)
        } else {
            styles = StyleMerge.Result(bytes: try StylesPart.write(kind: document.kind), styleIDs: StyleIDMap())
        }

        let context = BodyContext(document: document, page: page, inputDirectory: options.inputDirectory)
        // The office's list definitions keep their ids; ours are numbered past them.
        if let numbering = reference?.numbering { context.numbering = numbering.registry }
        context.marking = options.marking
        context.companionFileNames = options.companionFileNames
        if options.marking.contents, document.kind == .report {
            context.contentsPages = PageEstimate(page: page)
                .pages(of: document, contents: ContentsList(document), contentsFirst: true)
        }
        typealias Type = WordML.ContentType
        var package = PackageBuilder(mainPart: DocumentPart.path)
        // The body is by far the largest part: it is deflated as it is written.
        try package.addStreamed(DocumentPart.path, contentType: Type.document) { entry in
            try DocumentPart.write(context: context, styleIDs: styles.styleIDs, to: entry)
        }
        let footnotes = try FootnotesPart.write(context.footnotes.notes, context: context, styleIDs: styles.styleIDs)

        let watermark = options.marking.showsWatermark(document.metadata)
        try package.add("word/styles.xml", styles.bytes, contentType: Type.styles)
        let numbering = try reference?.numbering.map { try NumberingPart.merge($0, context.numbering) }
        try package.add(
            "word/numbering.xml", try numbering ?? NumberingPart.write(context.numbering), contentType: Type.numbering)
        try package.add("word/footnotes.xml", footnotes, contentType: Type.footnotes)
        try package.add("word/settings.xml", try SettingsPart.write(), contentType: Type.settings)
        try package.add("word/fontTable.xml", try FontTablePart.write(), contentType: Type.fontTable)
        // The office's theme where its template has one: its styles may name theme fonts and colours.
        let theme = try reference?.theme.map { [UInt8]($0) } ?? ThemePart.write(font: Typography.font)
        try package.add("word/theme/theme1.xml", theme, contentType: Type.theme)
        try package.add(
            "word/header1.xml",
            try HeaderFooterParts.header(
                for: document.metadata, watermark: watermark, stamps: options.marking.stamps(document.metadata),
                styleIDs: styles.styleIDs),
            contentType: Type.header)
        try package.add(
            "word/header2.xml",
            try HeaderFooterParts.header(for: document.metadata, empty: true, watermark: watermark, styleIDs: styles.styleIDs),
            contentType: Type.header)
        try package.add("word/footer1.xml", try HeaderFooterParts.footer(styleIDs: styles.styleIDs), contentType: Type.footer)
        try package.add(context.media)
        try package.addRelationships(
            of: DocumentPart.path,
            Self.documentRelationships(images: context.media.images) + context.companionLinks.map {
                Relationship(id: $0.id, type: WordML.RelationshipType.hyperlink, target: $0.target, external: true)
            })
        // The properties say whether this rendering is a draft, whatever the options made it.
        var properties = document.metadata
        properties.isDraft = options.marking.isDraft(document.metadata)
        return (package, properties)
    }

    static func documentRelationships(images: [MediaRegistry.Image]) -> [Relationship] {
        typealias Kind = WordML.RelationshipType
        return [
            Relationship(id: "rId1", type: Kind.styles, target: "styles.xml"),
            Relationship(id: "rId2", type: Kind.numbering, target: "numbering.xml"),
            Relationship(id: "rId3", type: Kind.footnotes, target: "footnotes.xml"),
            Relationship(id: "rId4", type: Kind.settings, target: "settings.xml"),
            Relationship(id: "rId5", type: Kind.fontTable, target: "fontTable.xml"),
            Relationship(id: "rId6", type: Kind.theme, target: "theme/theme1.xml"),
            Relationship(id: DocumentPart.headerRelationshipID, type: Kind.header, target: "header1.xml"),
            Relationship(id: DocumentPart.firstPageHeaderRelationshipID, type: Kind.header, target: "header2.xml"),
            Relationship(id: DocumentPart.footerRelationshipID, type: Kind.footer, target: "footer1.xml"),
        ] + images.map {
            Relationship(id: $0.relationshipID, type: Kind.image, target: "media/" + $0.fileName)
        }
    }
}
