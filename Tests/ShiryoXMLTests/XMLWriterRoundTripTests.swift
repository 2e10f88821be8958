import Testing
import ShiryoXML

private let xhtml = "http://www.w3.org/1999/xhtml"
private let wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
private let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
private let compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
private let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

/// Text that would be markup, an entity or a CDATA end if it were not escaped.
private let hostile = #"<script>alert("x")</script> & ]]> ' ""#
private let japanese = "「資料１－１」令和６年度 報告書"
private let emoji = "👩‍💻📄✅"

@Suite("Round trips through libxml2's parser")
struct XMLWriterRoundTripTests {
    @Test func xhtmlWithDefaultNamespaceAndHostileContent() throws {
        let bytes = try XMLWriter.document { w in
            try w.writeDoctype(name: "html")
            try w.startElement("html", namespace: xhtml)
            try w.writeAttribute("lang", "ja", prefix: "xml", namespace: xmlNamespace)
            try w.startElement("body", namespace: xhtml)
            try w.element("h1", attributes: ["id": "s1-1", "title": hostile + "\n\ttab"], text: japanese)
            try w.startElement("p")
            try w.writeText(hostile)
            try w.writeText(" " + emoji)
            try w.endElement(fullEndTag: true)
            try w.writeComment(" 資料 <not markup> & ")
        }
        #expect(bytes.utf8String.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html"))

        let html = try parseXML(bytes)
        #expect(html.name == "html")
        #expect(html.namespace == xhtml)
        #expect(html.declarations == [.init(prefix: nil, uri: xhtml)])
        #expect(html.attributes == [.init(name: "lang", namespace: xmlNamespace, value: "ja")])

        let body = try #require(html.elements.first)
        #expect(body.namespace == xhtml)
        #expect(body.declarations.isEmpty, "namespace already in scope must not be redeclared")
        let expected: [ParsedNode] = [
            .element(ParsedElement(
                name: "h1", namespace: xhtml,
                attributes: [
                    .init(name: "id", value: "s1-1"),
                    .init(name: "title", value: hostile + "\n\ttab"),
                ],
                children: [.text(japanese)])),
            .element(ParsedElement(name: "p", namespace: xhtml, children: [.text(hostile + " " + emoji)])),
            .comment(" 資料 <not markup> & "),
        ]
        #expect(body.children == expected)
    }

    @Test func docxPartWithPrefixedNamespaces() throws {
        let bytes = try XMLWriter.document(standalone: true) { w in
            try w.startElement("document", prefix: "w", namespace: wordML)
            try w.writeNamespace(prefix: "r", uri: relationships)
            try w.writeAttribute("Ignorable", "w14 wp14", prefix: "mc", namespace: compatibility)
            try w.startElement("body", prefix: "w")
            try w.startElement("p", prefix: "w", namespace: wordML)
            try w.startElement("r", prefix: "w")
            try w.startElement("t", prefix: "w")
            try w.writeAttribute("space", "preserve", prefix: "xml")
            try w.writeText("  " + japanese + " " + emoji + " ")
            try w.endElement()
            try w.endElement()
            try w.startElement("hyperlink", prefix: "w")
            try w.writeAttribute("id", "rId5", prefix: "r")
            try w.writeAttribute("id", "plain")
        }
        #expect(bytes.utf8String.hasPrefix(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#))

        let document = try parseXML(bytes)
        #expect(document.name == "document" && document.prefix == "w" && document.namespace == wordML)
        #expect(document.declarations == [
            .init(prefix: "w", uri: wordML),
            .init(prefix: "r", uri: relationships),
            .init(prefix: "mc", uri: compatibility),
        ])
        #expect(document.attribute("Ignorable", namespace: compatibility) == "w14 wp14")

        let paragraph = try #require(document.elements.first?.elements.first)
        #expect(paragraph.name == "p" && paragraph.namespace == wordML && paragraph.declarations.isEmpty)
        let text = try #require(paragraph.elements.first?.elements.first)
        #expect(text.name == "t" && text.namespace == wordML)
        #expect(text.attributes == [.init(name: "space", namespace: xmlNamespace, value: "preserve")])
        #expect(text.text == "  " + japanese + " " + emoji + " ")

        let link = try #require(paragraph.elements.last)
        #expect(link.name == "hyperlink")
        #expect(link.attributes == [
            .init(name: "id", namespace: relationships, value: "rId5"),
            .init(name: "id", namespace: nil, value: "plain"),
        ])
    }

    @Test func namespaceIsDeclaredWhereFirstNeededAndUndeclaredDefaultWorks() throws {
        let bytes = try XMLWriter.document { w in
            try w.startElement("root")
            try w.startElement("svg", namespace: "http://www.w3.org/2000/svg")
            try w.startElement("g", namespace: "http://www.w3.org/2000/svg")
            try w.endElement()
            try w.startElement("plain", namespace: "")
        }
        let root = try parseXML(bytes)
        #expect(root.namespace == nil && root.declarations.isEmpty)
        let svg = try #require(root.elements.first)
        #expect(svg.namespace == "http://www.w3.org/2000/svg")
        #expect(svg.declarations == [.init(prefix: nil, uri: "http://www.w3.org/2000/svg")])
        #expect(svg.elements[0].declarations.isEmpty)
        #expect(svg.elements[1].name == "plain" && svg.elements[1].namespace == nil)
        #expect(svg.elements[1].declarations == [.init(prefix: nil, uri: "")])
    }

    @Test func escapingIsVisibleInTheBytes() throws {
        let output = try XMLWriter.document { w in
            try w.element("a", attributes: ["v": "<&>\"'\n\r\t"], text: hostile)
        }.utf8String
        #expect(output.contains(#"v="&lt;&amp;&gt;&quot;'&#10;&#13;&#9;""#))
        #expect(output.contains("&lt;script&gt;"))
        #expect(output.contains("]]&gt;"))
        #expect(!output.contains("<script>"))
    }

    @Test func indentedOutputStillRoundTrips() throws {
        let bytes = try XMLWriter.document(indent: true) { w in
            try w.writeDoctype(name: "html")
            try w.startElement("html", namespace: xhtml)
            try w.startElement("body")
            try w.element("p", text: japanese)
            try w.startElement("div")
            try w.endElement(fullEndTag: true)
        }
        #expect(bytes.utf8String.contains("\n    <p>\(japanese)</p>\n"))
        let body = try #require(try parseXML(bytes).elements.first)
        #expect(body.elements.map(\.name) == ["p", "div"])
        #expect(body.elements[0].text == japanese)
    }

    @Test func doctypeWithIdentifiers() throws {
        let output = try XMLWriter.document { w in
            try w.writeDoctype(
                name: "html", publicID: "-//W3C//DTD XHTML 1.1//EN",
                systemID: "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd")
            try w.element("html", namespace: xhtml, text: "")
        }.utf8String
        #expect(output.contains(
            #"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">"#))
        #expect(try parseXML(Array(output.utf8)).name == "html")
    }

    @Test func sameCallsGiveIdenticalBytes() throws {
        func render() throws -> [UInt8] {
            try XMLWriter.document(standalone: true) { w in
                try w.startElement("document", prefix: "w", namespace: wordML)
                try w.writeNamespace(prefix: "r", uri: relationships)
                for index in 0..<200 {
                    try w.startElement("p", prefix: "w")
                    try w.writeAttribute("rsidR", String(index, radix: 16), prefix: "w")
                    try w.writeAttribute("z", "last")
                    try w.writeAttribute("a", "first-sorted")
                    try w.writeText("\(japanese) \(index)")
                    try w.endElement()
                }
            }
        }
        let first = try render()
        #expect(first == (try render()))
        #expect(first.utf8String.contains(#"<w:p w:rsidR="0" z="last" a="first-sorted">"#),
                "attributes keep the order they were written in")
    }

    @Test func writersOnManyTasksAtOnceAgree() async throws {
        let outputs = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try XMLWriter.document { w in
                        try w.startElement("html", namespace: xhtml)
                        for index in 0..<500 { try w.element("p", text: "\(japanese) \(index)") }
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outputs.count == 8)
        #expect(Set(outputs).count == 1)
    }
}
