import Testing
@testable import ShiryoXML
import CLibXML2

/// Writes `<root>` and hands the writer over, so each check starts inside an element.
private func withOpenRoot(_ body: (XMLWriter) throws -> Void) throws {
    let writer = try XMLWriter(sink: XMLMemorySink())
    try writer.startElement("root")
    try body(writer)
}

@Suite("Validation and misuse")
struct XMLWriterValidationTests {
    static let forbidden: [UInt32] = [0x0, 0x1, 0x8, 0xB, 0xC, 0x1F, 0xFFFE, 0xFFFF]

    @Test(arguments: forbidden)
    func forbiddenCharacterInTextIsRejected(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        try withOpenRoot { w in
            try w.startElement("p")
            let error = #expect(throws: XMLWriterError.self) {
                try w.writeText("ab" + String(Character(scalar)) + "c")
            }
            guard case let .invalidCharacter(found, offset, field, element)? = error else {
                Issue.record("unexpected error \(String(describing: error))")
                return
            }
            #expect(found == scalar && offset == 2 && field == "text" && element == "p")
            #expect(error?.description.contains(codePoint(value)) == true)
            // Nothing reached libxml2, so the writer is still usable.
            try w.writeText("fine")
        }
    }

    @Test(arguments: forbidden)
    func forbiddenCharacterInAttributeIsRejected(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        try withOpenRoot { w in
            let error = #expect(throws: XMLWriterError.self) {
                try w.writeAttribute("title", String(Character(scalar)))
            }
            guard case let .invalidCharacter(found, offset, field, element)? = error else {
                Issue.record("unexpected error \(String(describing: error))")
                return
            }
            #expect(found == scalar && offset == 0 && field == #"attribute "title""# && element == "root")
            #expect(throws: XMLWriterError.self) {
                try w.element("p", attributes: ["ok": "1", "bad": "x\(Character(scalar))"], text: "")
            }
            #expect(throws: XMLWriterError.self) { try w.writeComment("\(Character(scalar))") }
        }
    }

    @Test func validEdgeCharactersRoundTrip() throws {
        let edge = "\u{9}\u{A}\u{D}\u{20}\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}"
        let bytes = try XMLWriter.document { w in
            try w.element("p", attributes: ["v": edge], text: edge)
        }
        let root = try parseXML(bytes)
        #expect(root.text == edge)
        #expect(root.attribute("v") == edge)
    }

    @Test func endElementWithNothingOpenIsAnError() throws {
        let writer = try XMLWriter(sink: XMLMemorySink())
        #expect(throws: XMLWriterError.self) { try writer.endElement() }
        try writer.startElement("a")
        try writer.endElement()
        let error = #expect(throws: XMLWriterError.self) { try writer.endElement() }
        guard case .misuse? = error else { Issue.record("expected misuse, got \(String(describing: error))"); return }
    }

    @Test(arguments: ["", "a b", "a<b", "1abc", "-x", "w:p", "a\u{0}", "a&b", "x\"y"])
    func invalidNamesAreRejected(_ name: String) throws {
        try withOpenRoot { w in
            let error = #expect(throws: XMLWriterError.self) { try w.startElement(name) }
            guard case .invalidName? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(throws: XMLWriterError.self) { try w.writeAttribute(name, "v") }
            #expect(throws: XMLWriterError.self) { try w.startElement("p", prefix: name) }
            #expect(throws: XMLWriterError.self) { try w.element(name, text: "") }
        }
    }

    @Test(arguments: ["資料", "_a", "a-b.c", "Ａ１", "xml-stylesheet"])
    func unusualButValidNamesAreAccepted(_ name: String) throws {
        let bytes = try XMLWriter.document { w in
            try w.element(name, attributes: [name: "v"], text: "")
        }
        #expect(try parseXML(bytes).name == name)
    }

    @Test func outOfOrderCallsAreMisuse() throws {
        // Text, a second root, attributes after content, declaration not first.
        let sink = XMLMemorySink()
        let w = try XMLWriter(sink: sink)
        #expect(throws: XMLWriterError.self) { try w.writeText("loose") }
        #expect(throws: XMLWriterError.self) { try w.endDocument() }
        try w.writeComment("prolog comment")
        #expect(throws: XMLWriterError.self) { try w.startDocument() }
        try w.startElement("root")
        try w.writeAttribute("a", "1")
        #expect(throws: XMLWriterError.self) { try w.writeDoctype(name: "root") }
        try w.writeText("content")
        #expect(throws: XMLWriterError.self) { try w.writeAttribute("b", "2") }
        #expect(throws: XMLWriterError.self) { try w.writeNamespace(prefix: "p", uri: "urn:p") }
        try w.endElement()
        #expect(throws: XMLWriterError.self) { try w.startElement("second") }
        #expect(throws: XMLWriterError.self) { try w.writeText("after root") }
        try w.writeComment("epilog comment")
        try w.endDocument()
        #expect(throws: XMLWriterError.self) { try w.startElement("late") }
        #expect(throws: XMLWriterError.self) { try w.endDocument() }
        try w.flush()
        #expect(sink.bytes.utf8String == "<!--prolog comment--><root a=\"1\">content</root><!--epilog comment-->\n")
    }

    @Test func duplicateAttributesAreRejected() throws {
        try withOpenRoot { w in
            try w.startElement("p", namespace: "urn:a")
            try w.writeAttribute("id", "1")
            #expect(throws: XMLWriterError.self) { try w.writeAttribute("id", "2") }
            try w.writeAttribute("id", "3", prefix: "a", namespace: "urn:x")
            try w.writeNamespace(prefix: "b", uri: "urn:x")
            let error = #expect(throws: XMLWriterError.self) { try w.writeAttribute("id", "4", prefix: "b") }
            guard case .duplicateAttribute? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(throws: XMLWriterError.self) { try w.element("q", attributes: ["x": "1", "x": "2"], text: "") }
        }
    }

    @Test func namespaceMistakesAreRejected() throws {
        try withOpenRoot { w in
            #expect(throws: XMLWriterError.self) { try w.startElement("p", prefix: "w") }
            try w.startElement("p", prefix: "w", namespace: "urn:w")
            #expect(throws: XMLWriterError.self) { try w.writeNamespace(prefix: "w", uri: "urn:other") }
            try w.writeNamespace(prefix: "w", uri: "urn:w") // identical repeat is harmless
            #expect(throws: XMLWriterError.self) { try w.writeAttribute("a", "1", prefix: "w", namespace: "urn:other") }
            #expect(throws: XMLWriterError.self) { try w.writeAttribute("a", "1", prefix: "undeclared") }
            #expect(throws: XMLWriterError.self) { try w.writeAttribute("a", "1", namespace: "urn:w") }
            #expect(throws: XMLWriterError.self) { try w.writeAttribute("xmlns", "urn:x") }
            #expect(throws: XMLWriterError.self) { try w.writeAttribute("q", "urn:x", prefix: "xmlns") }
            #expect(throws: XMLWriterError.self) { try w.writeNamespace(prefix: "xmlns", uri: "urn:x") }
            #expect(throws: XMLWriterError.self) { try w.writeNamespace(prefix: "xml", uri: "urn:x") }
            #expect(throws: XMLWriterError.self) { try w.writeNamespace(prefix: "x", uri: "") }
            #expect(throws: XMLWriterError.self) {
                try w.writeNamespace(prefix: "x", uri: "http://www.w3.org/XML/1998/namespace")
            }
            #expect(throws: XMLWriterError.self) { try w.startElement("q", prefix: "xml", namespace: "urn:x") }
        }
    }

    @Test func commentsThatWouldEndEarlyAreRejected() throws {
        try withOpenRoot { w in
            #expect(throws: XMLWriterError.self) { try w.writeComment("a -- b") }
            #expect(throws: XMLWriterError.self) { try w.writeComment("ends with -") }
            #expect(throws: XMLWriterError.self) { try w.writeComment("early end --> <b>") }
            try w.writeComment("- fine - <b> & ->")
        }
    }

    @Test func doctypeIdentifiersAreChecked() throws {
        let w = try XMLWriter(sink: XMLMemorySink())
        #expect(throws: XMLWriterError.self) { try w.writeDoctype(name: "html", publicID: "-//X//Y", systemID: nil) }
        #expect(throws: XMLWriterError.self) { try w.writeDoctype(name: "html", systemID: "a\"b") }
        #expect(throws: XMLWriterError.self) { try w.writeDoctype(name: "html", publicID: "é", systemID: "x") }
        #expect(throws: XMLWriterError.self) { try w.writeDoctype(name: "a b") }
        try w.writeDoctype(name: "html")
        #expect(throws: XMLWriterError.self) { try w.writeDoctype(name: "html") }
    }

    @Test func fullEndTagChoice() throws {
        let output = try XMLWriter.document { w in
            try w.startElement("html")
            try w.startElement("div")
            try w.endElement(fullEndTag: true)
            try w.startElement("br")
            try w.endElement()
            try w.startElement("span")
            try w.writeAttribute("class", "x")
            try w.endElement(fullEndTag: true)
            try w.element("p", text: "")
            try w.startElement("img")
        }.utf8String
        #expect(output.hasSuffix(#"<html><div></div><br/><span class="x"></span><p></p><img/></html>"# + "\n"))
    }

    @Test func libxml2FailuresBecomeSwiftErrorsWithItsMessage() throws {
        let writer = try XMLWriter(sink: XMLMemorySink())
        // Our API only ever asks for UTF-8, so provoke libxml2 through the internal hook.
        let error = #expect(throws: XMLWriterError.self) {
            try writer.call("xmlTextWriterStartDocument") { xmlTextWriterStartDocument($0, "1.0", "x-no-such-encoding", nil) }
        }
        guard case let .libxml2(operation, _, message)? = error else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(operation == "xmlTextWriterStartDocument")
        #expect(message?.contains("encoding") == true)
        // The handler was only borrowed for the call.
        #expect(__xmlStructuredError().pointee == nil)
        // A libxml2 failure leaves output in an unknown state: the writer stays failed.
        #expect(throws: XMLWriterError.self) { try writer.startElement("a") }
    }

    @Test func errorDescriptionsNameTheProblem() {
        let character = XMLWriterError.invalidCharacter("\u{B}", offset: 3, field: "text", element: "w:t")
        #expect(character.description == "character U+000B is not allowed in text of <w:t> (at Unicode scalar offset 3)")
        let name = XMLWriterError.invalidName("a b", role: "element name", reason: "U+0020 cannot appear in a name")
        #expect(name.description.contains("element name \"a b\""))
    }

    @Test func parserHelperRejectsBrokenXML() {
        #expect(throws: XMLParseFailure.self) { try parseXML(Array("<a><b></a>".utf8)) }
        #expect(throws: XMLParseFailure.self) { try parseXML(Array("<w:p/>".utf8)) }
        #expect(throws: XMLParseFailure.self) { try parseXML(Array("<a x='1' x='2'/>".utf8)) }
    }
}

/// `U+000B` for 0xB, as the writer's messages spell code points.
private func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
