import Testing
@testable import ShiryoXML

/// A recorded text template stands in for the calls that made it: for any text, the bytes
/// it writes must be the bytes those calls write with that text, checked and escaped alike,
/// and it is refused wherever a fragment would be.
@Suite("Recorded text templates")
struct XMLTextTemplateTests {
    static let main = XMLFragmentTests.main

    /// A run as the DOCX renderer writes it: properties with an escaped value, then the text.
    static func run(_ xml: XMLWriter, _ text: String) throws {
        try xml.startElement("r", prefix: "w")
        try xml.startElement("rPr", prefix: "w")
        try xml.emptyElement("rStyle", prefix: "w", attribute: "val", value: "強&調", attributePrefix: "w")
        try xml.endElement()
        try xml.element("t", prefix: "w", text: text)
        try xml.endElement()
    }

    static func recorder() -> XMLFragmentRecorder {
        XMLFragmentRecorder(bindings: [.init(prefix: "w", uri: main)])
    }

    @Test(arguments: ["普及啓発", "a<b & \"c\" > d", "", "改\r行\n", "\u{F8FF}\u{E000}\u{F8FF}", "😀 x"])
    func aTemplateWritesTheBytesOfTheCallsThatMadeIt(text: String) throws {
        let template = try Self.recorder().recordTemplate(Self.run)
        #expect(template.textElement == "w:t")
        let direct = try XMLFragmentTests.document { try Self.run($0, text) }
        let copied = try XMLFragmentTests.document { try $0.write(template, text: text) }
        #expect(String(decoding: copied, as: UTF8.self) == String(decoding: direct, as: UTF8.self))
        #expect(String(decoding: template.before, as: UTF8.self) == "<w:r><w:rPr><w:rStyle w:val=\"強&amp;調\"/></w:rPr><w:t>")
        #expect(String(decoding: template.after, as: UTF8.self) == "</w:t></w:r>")
    }

    @Test func aTextThatIsNotXMLIsRefusedNamingItsElement() throws {
        let template = try Self.recorder().recordTemplate(Self.run)
        let written = XMLWriter.deferredDocument { xml in
            try xml.startElement("document", prefix: "w", namespace: Self.main)
            try xml.write(template, text: "a\u{1}b")
        }
        #expect {
            try written()
        } throws: { error in
            guard case .invalidCharacter(let scalar, let offset, _, let element) = error as? XMLWriterError else { return false }
            return scalar == "\u{1}" && offset == 1 && element == "w:t"
        }
    }

    @Test func aTemplateIsRefusedWhereItsPrefixIsNotBoundAsRecorded() throws {
        let template = try Self.recorder().recordTemplate(Self.run)
        let elsewhere = XMLWriter.deferredDocument { xml in
            try xml.startElement("document", prefix: "w", namespace: "urn:other")
            try xml.write(template, text: "x")
        }
        #expect(throws: XMLWriterError.self) { try elsewhere() }
        let outside = XMLWriter.deferredDocument { xml in try xml.write(template, text: "x") }
        #expect(throws: XMLWriterError.self) { try outside() }
    }

    @Test func theBodyMustWriteItsTextOnceInsideAnElement() throws {
        let recorder = Self.recorder()
        #expect(throws: XMLWriterError.self) {
            try recorder.recordTemplate { xml, _ in try xml.emptyElement("b", prefix: "w") }
        }
        #expect(throws: XMLWriterError.self) {
            try recorder.recordTemplate { xml, text in
                try xml.element("t", prefix: "w", text: text)
                try xml.element("t", prefix: "w", text: text)
            }
        }
        // An attribute is not a text's place.
        #expect(throws: XMLWriterError.self) {
            try recorder.recordTemplate { xml, text in try xml.emptyElement("t", prefix: "w", attribute: "val", value: text, attributePrefix: "w") }
        }
        // After a refused body the recorder still records whole templates.
        let template = try recorder.recordTemplate(Self.run)
        #expect(String(decoding: template.after, as: UTF8.self) == "</w:t></w:r>")
    }
}
