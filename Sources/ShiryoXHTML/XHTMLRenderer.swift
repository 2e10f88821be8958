import Foundation
import ShiryoModel
import ShiryoRendering
import ShiryoXML

/// Renders a `Document` as polyglot XHTML for paged media: well-formed XML that HTML
/// parsers (browsers, WeasyPrint) read the same way, with the CSS embedded so that one
/// file is self-contained.
///
/// The output is written in one streaming pass through libxml2's writer; every string from
/// the data goes through its escaping, and ids and links made from data are sanitised
/// (`HTMLID`, `XHTMLContext.href(for:)`), so data can never add markup or script.
public struct XHTMLRenderer: DocumentRenderer {
    static let namespace = "http://www.w3.org/1999/xhtml"

    public let formatName = "xhtml"
    public let fileExtension = "xhtml"
    public let summary = "PDF-ready XHTML with paged-media CSS (A4; slides on landscape pages)"
    public var acceptedOptions: [RenderOption] { XHTMLRenderOptions.acceptedOptions }

    public func validate(_ options: RenderOptions) throws {
        _ = try DocumentMarkingOptions(options, format: formatName)
    }

    public init() {}

    /// Streams the XHTML into the output as libxml2 writes it: the 詳細 of a large report is
    /// never whole in memory.
    public func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws {
        try render(document, options: XHTMLRenderOptions(context: context, format: formatName),
                   to: RenderOutputSink(output))
    }

    /// The XHTML of `document`, with the renderer's own typed options.
    public func render(_ document: Document, options: XHTMLRenderOptions) throws -> Data {
        let sink = XMLMemorySink()
        try render(document, options: options, to: sink)
        return Data(sink.bytes)
    }

    func render(_ document: Document, options: XHTMLRenderOptions, to sink: some XMLByteSink) throws {
        let writer = try XMLWriter(sink: sink)
        // No XML declaration: HTML parsers would read it as a bogus comment, and UTF-8 is
        // XML's default anyway. The DOCTYPE makes browsers use standards mode.
        try writer.writeDoctype(name: "html")
        let output = XHTMLOutput(writer: writer)
        let context = XHTMLContext(output: output, options: options, document: document)

        try writer.startElement("html", namespace: Self.namespace)
        let language = Self.languageTag(document.metadata.language)
        try writer.writeAttribute("lang", language)
        try writer.writeAttribute("lang", language, prefix: "xml")
        try writeHead(document, options: options, output: output)
        try output.element("body", [("class", document.kind.rawValue)]) {
            try writeBody(document, context: context)
        }
        try writer.endElement(fullEndTag: true)
        try writer.endDocument()
    }

    private func writeHead(_ document: Document, options: XHTMLRenderOptions, output: XHTMLOutput) throws {
        try output.element("head") {
            try output.void("meta", [("charset", "UTF-8")])
            try output.element("title", text: document.metadata.title)
            try writeProperties(document.metadata, output: output)
            if let stylesheet = options.stylesheet {
                try output.void("link", [("rel", "stylesheet"), ("href", try Stylesheets.href(for: stylesheet))])
            } else {
                var css = try XHTMLTemplates.stylesheet(for: document.kind, templates: options.templates)
                if document.kind == .report {
                    css += RunningHeaderCSS.rule(for: document.metadata, stamps: options.marking.stamps(document.metadata))
                }
                try output.element("style", text: css)
            }
        }
    }

    /// The document properties a paged-media engine copies into the PDF's information
    /// dictionary (WeasyPrint: author, description as the subject, keywords, generator as
    /// the creator; the title comes from `<title>`, the language from `lang`).
    private func writeProperties(_ metadata: Metadata, output: XHTMLOutput) throws {
        var properties: [(String, String)] = []
        if let issuer = metadata.issuer, !issuer.isEmpty { properties.append(("author", issuer)) }
        if let subject = metadata.subject, !subject.isEmpty { properties.append(("description", subject)) }
        let keywords = metadata.keywords.filter { !$0.isEmpty && !$0.contains(",") }
        if !keywords.isEmpty { properties.append(("keywords", keywords.joined(separator: ", "))) }
        properties.append(("generator", "Shiryo"))
        for (name, content) in properties {
            try output.void("meta", [("name", name), ("content", content)])
        }
    }

    private func writeBody(_ document: Document, context: XHTMLContext) throws {
        if context.marking.showsWatermark(document.metadata) {
            // Fixed boxes repeat on every page in paged media: one element marks them all.
            try context.output.element("div", [("class", "watermark"), ("aria-hidden", "true")]) {
                try context.output.element("span", [("class", "watermark-mark")], text: DocumentMarkingOptions.watermarkText)
                try context.output.element("span", [("class", "watermark-word")], text: DocumentMarkingOptions.watermarkWord)
            }
        }
        let metadata = XHTMLMetadataWriter(context: context)
        switch document.kind {
        case .report:
            try metadata.writeDocumentHeader(includeCorner: true)
        case .slides:
            // Every slide carries the corner itself; the title slide names the issuer.
            try metadata.writeDocumentHeader(includeCorner: false)
        }
        try context.output.element("main", [("class", "document-body")]) {
            let blocks = XHTMLBlockWriter(context: context)
            let contents = ContentsList(document)
            if context.marking.contents, let index = contents.insertionIndex {
                try blocks.write(Array(document.blocks[..<index]))
                try XHTMLContentsWriter(context: context).write(contents)
                try blocks.write(Array(document.blocks[index...]))
            } else {
                try blocks.write(document.blocks)
            }
        }
        try XHTMLFootnoteWriter(context: context).write(document.footnotes, in: "section")
    }

    /// A BCP 47 tag reduced to its own alphabet (letters, digits, hyphens); `ja` if nothing
    /// is left.
    static func languageTag(_ tag: String) -> String {
        let cleaned = String(tag.unicodeScalars.filter {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
        })
        return cleaned.isEmpty ? "ja" : cleaned
    }
}
