import Foundation
import ShiryoModel
import ShiryoXHTML
import Testing

/// Nothing in the data can become markup, script or a link to anywhere unexpected.
@Suite struct XHTMLSafetyTests {
    static let hostile = #"<script>alert(1)</script> & ]]> "double" 'single' <!-- --> &amp;"#

    static var hostileDocument: Document {
        var metadata = Documents.metadata
        metadata.title = hostile
        metadata.documentNumber = hostile
        metadata.language = #"ja" onload="alert(1)"#
        return Document(kind: .report, metadata: metadata, blocks: [
            .heading(Heading(level: 2, number: hostile, content: [.text(hostile)], anchor: #"x" onclick="alert(1)"#)),
            .paragraph([
                .text(hostile), .strong([.text(hostile)]),
                .footnoteReference(FootnoteReference(id: #"a"><script>"#, label: hostile)),
                .crossReference(CrossReference(documentIdentifier: "evil", anchor: #"#"><script>"#, content: [.text(hostile)])),
                .crossReference(CrossReference(documentIdentifier: "detail-js", content: [.text("js")])),
            ]),
            .table(Table(columns: [TableColumn(width: Int.max), TableColumn(width: Int.max)], headerRows: [], rows: [
                .group([.text(hostile)]),
                .cells([TableCell(blocks: [Documents.paragraph(hostile)], columnSpan: Int.max, rowSpan: Int.max)]),
            ])),
            .figure(Figure(caption: [.text(hostile)], credit: [.text(hostile)])),
            .note(Note(marker: hostile, content: [.text(hostile)])),
        ], footnotes: [FootnoteDefinition(id: #"a"><script>"#, label: hostile, content: [.text(hostile)])])
    }

    static let hostileCompanions = ["evil": "javascript:alert(1)", "detail-js": "//evil.example/x"]

    @Test func hostileTextRendersLiterally() throws {
        let data = try XHTMLRenderer().render(
            Self.hostileDocument, options: XHTMLRenderOptions(companionFileNames: Self.hostileCompanions))
        let html = try parseXHTML(data)
        #expect(html.all("script").isEmpty)
        #expect(html.first("title")?.text == Self.hostile)
        // The main's own first paragraph (the contents list's title is inside its nav).
        #expect(html.first("main")?.elements.first { $0.name == "p" }?.text.hasPrefix(Self.hostile + Self.hostile) == true)
        #expect(html.first("strong")?.text == Self.hostile)
        #expect(html.all("th").first?.text == Self.hostile)
        let bytes = String(decoding: data, as: UTF8.self)
        #expect(!bytes.contains("<script"))
        #expect(!bytes.contains("]]>"), "escaped as ]]&gt;")
        #expect(html.attributes["lang"] == "jaonloadalert1")
    }

    @Test func attributesFromDataAreSanitised() throws {
        let data = try XHTMLRenderer().render(
            Self.hostileDocument, options: XHTMLRenderOptions(companionFileNames: Self.hostileCompanions))
        let html = try parseXHTML(data)
        for node in html.descendants {
            if let id = node.attributes["id"] {
                #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }, "\(id)")
            }
            if let href = node.attributes["href"] {
                #expect(!href.contains(":") && !href.hasPrefix("//"), "\(href)")
                #expect(!href.contains("\"") && !href.contains("<"), "\(href)")
            }
            #expect(node.attributes.keys.allSatisfy { !$0.hasPrefix("on") }, "\(node.name)")
        }
        let links = html.all(class: "cross-ref").compactMap { $0.attributes["href"] }
        #expect(links == ["javascript%3Aalert%281%29#_23_22_3E_3Cscript_3E", "%2F%2Fevil.example%2Fx"])
        let cell = try #require(html.first("td"))
        #expect(cell.attributes["colspan"] == "1000")
        #expect(cell.attributes["rowspan"] == "65534")
    }

    /// The report's running header is the one place data goes into CSS.
    @Test func runningHeaderTextIsACSSStringThatCannotEscape() throws {
        var document = Self.hostileDocument
        document.metadata.title = "題名' } body { display: none } @page { content: '\\\n</style><script>"
        let html = try parseXHTML(try XHTMLRenderer().render(document, options: XHTMLRenderOptions()))
        let css = try #require(html.first("style")?.text)
        let rule = try #require(css.split(separator: "\n").first { $0.hasPrefix("@page { @top-left { content: '") })
        let string = rule.dropFirst("@page { @top-left { content: '".count).dropLast("'; } }".count)
        #expect(!string.contains { "'\\\"<>{};\n".contains($0) && $0 != "\\" } && !string.contains("'"), "\(string)")
        #expect(string.hasPrefix("\\00003Cscript"), "the document number starts with <script")
        #expect(!css.contains("display: none }"))
        #expect(html.all("script").isEmpty)
    }

    @Test func noLinkInsideALink() throws {
        let document = Document(kind: .report, metadata: Documents.metadata, blocks: [
            .paragraph([.crossReference(CrossReference(anchor: "x", content: [
                .text("参照"), .footnoteReference(FootnoteReference(id: "n", label: "*1")),
            ]))]),
        ], footnotes: [FootnoteDefinition(id: "n", label: "*1", content: [.text("注")])])
        let html = try parseXHTML(try XHTMLRenderer().render(document, options: XHTMLRenderOptions()))
        let link = try #require(html.first("a"))
        #expect(link.text == "参照*1")
        #expect(link.all("a").count == 1)
    }

    @Test func charactersXMLCannotCarryAreAnError() {
        let document = Document(kind: .report, metadata: Documents.metadata, blocks: [Documents.paragraph("bell \u{7}")])
        #expect(throws: (any Error).self) { try XHTMLRenderer().render(document, options: XHTMLRenderOptions()) }
    }
}
