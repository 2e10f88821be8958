import Testing
@testable import ShiryoXML

/// A recorded fragment stands in for the calls that made it: written where its prefixes are
/// bound as they were when it was recorded, it must give exactly the bytes of those calls,
/// and anywhere else it must be refused.
@Suite("Recorded fragments")
struct XMLFragmentTests {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Property markup as the DOCX renderer writes it: nested elements, prefixed attributes,
    /// a value libxml2 escapes (non-ASCII and a quote) and text.
    static func properties(_ xml: XMLWriter) throws {
        try xml.startElement("pPr", prefix: "w")
        try xml.emptyElement("pStyle", prefix: "w", attribute: "val", value: "Table\"見出し", attributePrefix: "w")
        try xml.emptyElement("keepNext", prefix: "w")
        try xml.element("t", prefix: "w", attributes: ["space": "preserve"], attributePrefix: "xml", text: " a<b ")
        try xml.endElement()
    }

    /// A document with `<w:p>` holding `content` twice.
    static func document(_ content: (XMLWriter) throws -> Void) throws -> [UInt8] {
        try XMLWriter.document { xml in
            try xml.startElement("document", prefix: "w", namespace: main)
            for _ in 0..<2 {
                try xml.startElement("p", prefix: "w")
                try content(xml)
                try xml.endElement()
            }
        }
    }

    @Test func aFragmentWritesTheBytesOfTheCallsThatMadeIt() throws {
        let recorder = XMLFragmentRecorder(bindings: [.init(prefix: "w", uri: Self.main)])
        let fragment = try recorder.record(Self.properties)
        // A second fragment from the same recorder holds only its own markup.
        let second = try recorder.record { try $0.emptyElement("b", prefix: "w") }
        #expect(String(decoding: second.markup, as: UTF8.self) == "<w:b/>")
        let direct = try Self.document(Self.properties)
        let copied = try Self.document { try $0.write(fragment) }
        #expect(String(decoding: copied, as: UTF8.self) == String(decoding: direct, as: UTF8.self))
        #expect(String(decoding: fragment.markup, as: UTF8.self).hasPrefix("<w:pPr><w:pStyle w:val=\"Table&quot;"))
    }

    @Test func aFragmentIsRefusedWhereItsPrefixIsBoundOtherwise() throws {
        let fragment = try XMLFragmentRecorder(bindings: [.init(prefix: "w", uri: Self.main)]).record(Self.properties)
        let elsewhere = XMLWriter.deferredDocument { xml in
            try xml.startElement("document", prefix: "w", namespace: "urn:other")
            try xml.write(fragment)
        }
        #expect(throws: XMLWriterError.self) { try elsewhere() }
        let undeclared = XMLWriter.deferredDocument { xml in
            try xml.startElement("document")
            try xml.write(fragment)
        }
        #expect(throws: XMLWriterError.self) { try undeclared() }
        // Not inside an element: there is no place for content.
        let outside = XMLWriter.deferredDocument { xml in try xml.write(fragment) }
        #expect(throws: XMLWriterError.self) { try outside() }
    }

    @Test func aFragmentMustCloseWhatItOpens() throws {
        let recorder = XMLFragmentRecorder(bindings: [.init(prefix: "w", uri: Self.main)])
        #expect(throws: XMLWriterError.self) { try recorder.record { try $0.startElement("pPr", prefix: "w") } }
        #expect(throws: XMLWriterError.self) { try recorder.record { try $0.endElement() } }
        // A prefix the recorder does not bind is refused as the writer refuses it anywhere.
        #expect(throws: XMLWriterError.self) { try recorder.record { try $0.emptyElement("x", prefix: "a") } }
        // After a failed body the recorder starts afresh: the next fragment is whole.
        let fragment = try recorder.record { try $0.emptyElement("b", prefix: "w") }
        #expect(String(decoding: fragment.markup, as: UTF8.self) == "<w:b/>")
    }
}

extension XMLWriter {
    /// `document(_:)` as a closure to call later, for `#expect(throws:)`.
    static func deferredDocument(_ body: @escaping (XMLWriter) throws -> Void) -> () throws -> [UInt8] {
        { try XMLWriter.document(body) }
    }
}
