import Testing
@testable import ShiryoXML
import CLibXML2

/// The writer decides most names and values with byte scans, caches namespace lookups and
/// assembles qualified names on the stack. These tests hold those shortcuts to the rules
/// and messages of the full checks they stand in for.
@Suite("Fast paths agree with the full checks")
struct XMLWriterFastPathTests {
    /// Scalars around every boundary of the XML `Char` production and of UTF-8 lengths.
    static let probedScalars: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [
            0x0...0x2FF, 0x7F0...0x810, 0xD7F0...0xD7FF, 0xE000...0xE0FF, 0xEFB0...0xF010,
            0xFDC0...0xFFFF, 0x10000...0x100FF, 0x10FF00...0x10FFFF,
        ]
        return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
    }()

    @Test func characterScanAcceptsExactlyTheXMLCharacters() {
        var disagreements: [String] = []
        for scalar in Self.probedScalars {
            let character = String(Character(scalar))
            let expected = XMLValidation.isXMLCharacter(scalar)
            // Alone, between ASCII, after and before multi-byte text, at the very end.
            for text in [character, "a\(character)b", "資料\(character)", "\(character)１", "xyz" + character] {
                if XMLValidation.hasOnlyXMLCharacters(text) != expected {
                    disagreements.append("\(scalar.codePointDescription) in \(text.debugDescription)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test func asciiNameScanAgreesWithTheFullNameCheck() {
        let alphabet = (0x20...0x7E).compactMap(Unicode.Scalar.init).map { String(Character($0)) }
        var candidates = alphabet
        for first in alphabet { for second in ["a", "1", "-", ".", "_", ":", " ", "é"] { candidates.append(first + second) } }
        candidates += ["", "é", "資料", "a資", "Ａ１", "w", "rFonts", "xml-stylesheet", "a\u{0}"]
        for name in candidates {
            let accepted = (try? XMLValidation.requireName(name, role: "name", allowColon: false)) != nil
            if XMLValidation.isASCIINCName(name) {
                #expect(accepted, "\(name.debugDescription) passed the scan but is no NCName")
            } else if name.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(!accepted, "\(name.debugDescription) is an ASCII NCName the scan missed")
            }
        }
    }

    @Test func longAndNonASCIIQualifiedNamesArriveWhole() throws {
        let prefix = "p" + String(repeating: "x", count: 60)
        let name = "資料" + String(repeating: "名", count: 200)
        let bytes = try XMLWriter.document { w in
            try w.startElement(name, prefix: prefix, namespace: "urn:long")
            try w.writeAttribute(name, "v", prefix: prefix)
            try w.writeAttribute("短", "w", prefix: "資料", namespace: "urn:kanji")
            try w.writeText("t")
        }
        let root = try parseXML(bytes)
        #expect(root.name == name && root.prefix == prefix && root.namespace == "urn:long")
        #expect(root.attribute(name, namespace: "urn:long") == "v")
        #expect(root.attribute("短", namespace: "urn:kanji") == "w")
        #expect(root.declarations == [.init(prefix: prefix, uri: "urn:long"), .init(prefix: "資料", uri: "urn:kanji")])
    }

    @Test func shadowedBindingsResolveInnermostFirstAndComeBackAfterwards() throws {
        // Each inner scope ends right after a lookup of the prefix it binds, so a lookup
        // remembered past the end of its scope would show as a missing or redundant
        // declaration, or an undeclared prefix let through.
        let bytes = try XMLWriter.document { w in
            try w.startElement("root", prefix: "p", namespace: "urn:outer")
            try w.writeNamespace(prefix: nil, uri: "urn:default")
            try w.writeAttribute("a", "1", prefix: "p")
            try w.startElement("inner", prefix: "p", namespace: "urn:inner")
            try w.writeNamespace(prefix: nil, uri: "")
            try w.writeAttribute("b", "2", prefix: "p")
            try w.startElement("plain")                             // undeclared default: no namespace
            try w.endElement()
            try w.startElement("deep", prefix: "p")
            try w.writeAttribute("d", "4", prefix: "q", namespace: "urn:q")
            try w.startElement("deeper", prefix: "q")
            try w.endElement()
            try w.endElement()
            #expect(throws: XMLWriterError.self) { try w.startElement("gone", prefix: "q") }
            try w.startElement("deep", prefix: "p")
            try w.endElement()
            try w.endElement()
            try w.startElement("after", prefix: "p", namespace: "urn:outer") // the outer binding again
            try w.writeAttribute("c", "3", prefix: "p")
            try w.endElement()
            try w.startElement("undeclaring", namespace: "")
            try w.startElement("plain")
            try w.endElement()
            try w.endElement()
            try w.startElement("plain", namespace: "urn:default")  // the outer default again
        }
        let root = try parseXML(bytes)
        #expect(root.namespace == "urn:outer" && root.attribute("a", namespace: "urn:outer") == "1")
        let inner = root.elements[0]
        #expect(inner.namespace == "urn:inner" && inner.attribute("b", namespace: "urn:inner") == "2")
        #expect(inner.declarations == [.init(prefix: "p", uri: "urn:inner"), .init(prefix: nil, uri: "")])
        #expect(inner.elements.map(\.namespace) == [nil, "urn:inner", "urn:inner"])
        #expect(inner.elements[1].elements.map(\.namespace) == ["urn:q"])
        let after = root.elements[1]
        #expect(after.name == "after" && after.namespace == "urn:outer" && after.declarations.isEmpty)
        #expect(after.attribute("c", namespace: "urn:outer") == "3")
        let undeclaring = root.elements[2]
        #expect(undeclaring.namespace == nil && undeclaring.elements[0].namespace == nil)
        #expect(root.elements[3].name == "plain" && root.elements[3].namespace == "urn:default")
        #expect(root.elements[3].declarations.isEmpty)
    }

    @Test func prefixedAttributeErrorsNameEverythingInFull() throws {
        let writer = try XMLWriter(sink: XMLMemorySink())
        try writer.startElement("p", prefix: "w", namespace: "urn:w")
        try writer.writeAttribute("val", "ok", prefix: "w")

        let character = #expect(throws: XMLWriterError.self) { try writer.writeAttribute("x", "資\u{B}", prefix: "w") }
        guard case let .invalidCharacter(scalar, offset, field, element)? = character else {
            Issue.record("got \(String(describing: character))")
            return
        }
        #expect(scalar == "\u{B}" && offset == 1 && field == #"attribute "w:x""# && element == "w:p")

        let duplicate = #expect(throws: XMLWriterError.self) { try writer.writeAttribute("val", "again", prefix: "w") }
        guard case let .duplicateAttribute(name, element: on)? = duplicate else {
            Issue.record("got \(String(describing: duplicate))")
            return
        }
        #expect(name == "w:val" && on == "w:p")

        try writer.writeNamespace(prefix: "v", uri: "urn:w")
        let sameURI = #expect(throws: XMLWriterError.self) { try writer.writeAttribute("val", "3", prefix: "v") }
        guard case .duplicateAttribute("v:val", element: "w:p")? = sameURI else {
            Issue.record("got \(String(describing: sameURI))")
            return
        }

        let undeclared = #expect(throws: XMLWriterError.self) { try writer.writeAttribute("x", "1", prefix: "q") }
        #expect(undeclared?.description.contains("q:x on <w:p>") == true)

        let badName = #expect(throws: XMLWriterError.self) { try writer.writeAttribute("a b", "1", prefix: "w") }
        guard case .invalidName("a b", role: "attribute name", _)? = badName else {
            Issue.record("got \(String(describing: badName))")
            return
        }
        // Nothing reached libxml2: the writer goes on.
        try writer.writeAttribute("fine", "1", prefix: "w")
        try writer.endDocument()
    }

    @Test func unprefixedAndPrefixedAttributesOfOneNameCoexist() throws {
        let bytes = try XMLWriter.document { w in
            try w.startElement("e", prefix: "w", namespace: "urn:w")
            try w.writeAttribute("id", "plain")
            try w.writeAttribute("id", "w", prefix: "w")
            try w.writeAttribute("id", "r", prefix: "r", namespace: "urn:r")
            #expect(throws: XMLWriterError.self) { try w.writeAttribute("id", "again") }
        }
        let root = try parseXML(bytes)
        #expect(root.attributes.map(\.value) == ["plain", "w", "r"])
    }

    @Test func theCallersErrorHandlerIsBorrowedAndGivenBack() throws {
        final class Sentinel { var calls = 0 }
        let sentinel = Sentinel()
        let context = Unmanaged.passUnretained(sentinel).toOpaque()
        xmlSetStructuredErrorFunc(context) { context, _ in
            guard let context else { return }
            Unmanaged<Sentinel>.fromOpaque(context).takeUnretainedValue().calls += 1
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let installed = __xmlStructuredError().pointee

        let writer = try XMLWriter(sink: XMLMemorySink())
        try writer.startElement("a")
        try writer.writeAttribute("b", "c")
        #expect(__xmlStructuredErrorContext().pointee == context)
        #expect(__xmlStructuredError().pointee.map { unsafeBitCast($0, to: UnsafeRawPointer.self) }
            == installed.map { unsafeBitCast($0, to: UnsafeRawPointer.self) })

        // libxml2's own report goes to the writer's error, not to the caller's handler.
        let fresh = try XMLWriter(sink: XMLMemorySink())
        let error = #expect(throws: XMLWriterError.self) {
            try fresh.call("xmlTextWriterStartDocument") { xmlTextWriterStartDocument($0, "1.0", "x-no-such-encoding", nil) }
        }
        guard case let .libxml2(_, _, message)? = error else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(message?.contains("encoding") == true)
        #expect(sentinel.calls == 0)
        #expect(__xmlStructuredErrorContext().pointee == context)
    }

    /// `emptyElement` in place of `startElement`, `writeAttribute`… and `endElement`.
    @Test func emptyElementWritesWhatTheGeneralPathWrites() throws {
        let cases: [(prefix: String?, attributes: KeyValuePairs<String, String>, attributePrefix: String?)] = [
            ("w", [:], nil),
            ("w", ["val": "center"], "w"),
            ("w", ["w": "3685", "type": "dxa"], "w"),
            ("w", ["val": "<&\"'>\n\t\r 資料 📄"], "w"),
            (nil, ["id": "a", "class": "b c"], nil),
            (nil, ["space": "preserve"], "xml"),
            ("r", ["id": "rId1"], "w"),
        ]
        for (index, item) in cases.enumerated() {
            func document(_ write: (XMLWriter) throws -> Void) throws -> [UInt8] {
                try XMLWriter.document { w in
                    try w.startElement("root", prefix: "w", namespace: "urn:w")
                    try w.writeNamespace(prefix: "r", uri: "urn:r")
                    try w.startElement("p", prefix: "w")
                    try write(w)
                    try w.emptyElement("next", prefix: "w")
                }
            }
            let general = try document { w in
                try w.startElement("e\(index)", prefix: item.prefix)
                for (key, value) in item.attributes { try w.writeAttribute(key, value, prefix: item.attributePrefix) }
                try w.endElement()
            }
            let fast = try document { w in
                try w.emptyElement("e\(index)", prefix: item.prefix, attributes: item.attributes, attributePrefix: item.attributePrefix)
            }
            #expect(fast == general, "case \(index): \(fast.utf8String)")
            #expect(fast.utf8String.contains("<w:p><"), "the parent's start tag is closed first")
        }
    }

    @Test func emptyElementRefusesWhatTheGeneralPathRefusesAndWritesNothing() throws {
        let refused: [(String, (XMLWriter) throws -> Void)] = [
            ("undeclared element prefix", { try $0.emptyElement("e", prefix: "x") }),
            ("undeclared attribute prefix", { try $0.emptyElement("e", prefix: "w", attributes: ["a": "1"], attributePrefix: "x") }),
            ("element name", { try $0.emptyElement("1e", prefix: "w") }),
            ("attribute name", { try $0.emptyElement("e", prefix: "w", attributes: ["a b": "1"], attributePrefix: "w") }),
            ("duplicate", { try $0.emptyElement("e", prefix: "w", attributes: ["a": "1", "a": "2"], attributePrefix: "w") }),
            ("unprefixed duplicate", { try $0.emptyElement("e", attributes: ["a": "1", "a": "2"]) }),
            ("character", { try $0.emptyElement("e", prefix: "w", attributes: ["a": "\u{B}"], attributePrefix: "w") }),
            ("xmlns attribute", { try $0.emptyElement("e", attributes: ["xmlns": "urn:x"]) }),
            ("xmlns prefix", { try $0.emptyElement("e", attributes: ["x": "urn:x"], attributePrefix: "xmlns") }),
        ]
        let untouched = try XMLWriter.document { w in
            try w.startElement("root", prefix: "w", namespace: "urn:w")
            try w.startElement("p", prefix: "w")
        }
        for (what, call) in refused {
            let bytes = try XMLWriter.document { w in
                try w.startElement("root", prefix: "w", namespace: "urn:w")
                try w.startElement("p", prefix: "w")
                #expect(throws: XMLWriterError.self, "\(what)") { try call(w) }
            }
            #expect(bytes == untouched, "\(what): \(bytes.utf8String)")
        }
    }

    /// Texts and values with every ASCII character, a few beyond and each of them alone:
    /// what the verbatim paths must write exactly as libxml2's escaping calls do.
    static let verbatimProbes: [String] = {
        let ascii = (0x09...0x7E).compactMap(Unicode.Scalar.init).filter(XMLValidation.isXMLCharacter)
        let others: [Unicode.Scalar] = ["\u{80}", "\u{A0}", "é", "‐", "資", "　", "\u{FFFD}", "📄"]
        let singles = (ascii + others).map { "a\(Character($0))b" }
        return singles + ["", "3685", "dxa", "rIdHeader1", "1F3864", "資料 1-2", String(ascii.map(Character.init))]
    }()

    @Test func textWrittenVerbatimIsWhatLibxml2sEscapingWrites() throws {
        for text in Self.verbatimProbes {
            func document(_ write: (XMLWriter) throws -> Void) throws -> [UInt8] {
                try XMLWriter.document { w in
                    try w.startElement("root")
                    try write(w)
                    try w.startElement("next")
                }
            }
            let escaped = try document { w in
                try w.call("xmlTextWriterWriteString") { writer in
                    text.withXMLChars { xmlTextWriterWriteString(writer, $0) }
                }
            }
            let written = try document { try $0.writeText(text) }
            #expect(written == escaped, "\(text.debugDescription): \(written.utf8String)")
            if XMLWriter.isWrittenVerbatim(text: text) {
                #expect(escaped.utf8String.contains("<root>\(text)<next"), "\(text.debugDescription) is not escaped")
            }
        }
    }

    @Test func emptyTagsWrittenVerbatimAreWhatLibxml2sCallsWrite() throws {
        for value in Self.verbatimProbes {
            func document(_ write: (XMLWriter) throws -> Void) throws -> [UInt8] {
                try XMLWriter.document { w in
                    try w.startElement("root", prefix: "w", namespace: "urn:w")
                    try w.startElement("p", prefix: "w")
                    try write(w)
                    try w.emptyElement("next")
                }
            }
            let general = try document { w in
                try w.startElement("e", prefix: "w")
                try w.writeAttribute("val", value, prefix: "w")
                try w.writeAttribute("color", "auto", prefix: "w")
                try w.endElement()
                try w.startElement("f")
                try w.writeAttribute("val", value, prefix: "w")
                try w.endElement()
                try w.startElement("g")
                try w.writeAttribute("type", value)
                try w.endElement()
            }
            let fast = try document { w in
                try w.emptyElement("e", prefix: "w", attributes: ["val": value, "color": "auto"], attributePrefix: "w")
                try w.emptyElement("f", attribute: "val", value: value, attributePrefix: "w")
                try w.emptyElement("g", attributes: ["type": value])
            }
            #expect(fast == general, "\(value.debugDescription): \(fast.utf8String)")
            if XMLWriter.isWrittenVerbatim(attributeValue: value) {
                #expect(general.utf8String.contains("<f w:val=\"\(value)\"/>"), "\(value.debugDescription) is not escaped")
            }
        }
    }

    /// `element(_:text:)` in one piece against the calls it stands for.
    @Test func textElementsWrittenVerbatimAreWhatLibxml2sCallsWrite() throws {
        for probe in Self.verbatimProbes {
            func document(_ write: (XMLWriter) throws -> Void) throws -> [UInt8] {
                try XMLWriter.document { w in
                    try w.startElement("root", prefix: "w", namespace: "urn:w")
                    try w.startElement("r", prefix: "w")
                    try write(w)
                    try w.emptyElement("next")
                }
            }
            let general = try document { w in
                try w.startElement("t", prefix: "w")
                try w.writeAttribute("space", probe, prefix: "xml")
                try w.writeText(probe)
                try w.endElement(fullEndTag: true)
                try w.startElement("t", prefix: "w")
                try w.writeText(probe)
                try w.endElement(fullEndTag: true)
                try w.startElement("s")
                try w.writeAttribute("id", probe)
                try w.writeAttribute("class", "c")
                try w.endElement(fullEndTag: true)
            }
            let fast = try document { w in
                try w.element("t", prefix: "w", attributes: ["space": probe], attributePrefix: "xml", text: probe)
                try w.element("t", prefix: "w", text: probe)
                try w.element("s", attributes: ["id": probe, "class": "c"], text: "")
            }
            #expect(fast == general, "\(probe.debugDescription): \(fast.utf8String)")
        }
    }

    @Test func textElementsRefuseWhatTheGeneralPathRefusesAndWriteNothing() throws {
        let refused: [(String, (XMLWriter) throws -> Void)] = [
            ("undeclared attribute prefix", { try $0.element("t", prefix: "w", attributes: ["a": "1"], attributePrefix: "x", text: "") }),
            ("xmlns prefix", { try $0.element("t", prefix: "w", attributes: ["x": "urn:x"], attributePrefix: "xmlns", text: "") }),
            ("duplicate", { try $0.element("t", prefix: "w", attributes: ["a": "1", "a": "2"], attributePrefix: "w", text: "") }),
            ("attribute character", { try $0.element("t", prefix: "w", attributes: ["a": "\u{B}"], attributePrefix: "w", text: "") }),
            ("text character", { try $0.element("t", prefix: "w", text: "a\u{0}") }),
            ("undeclared element prefix", { try $0.element("t", prefix: "x", text: "") }),
        ]
        let untouched = try XMLWriter.document { w in
            try w.startElement("root", prefix: "w", namespace: "urn:w")
            try w.startElement("p", prefix: "w")
        }
        for (what, call) in refused {
            let bytes = try XMLWriter.document { w in
                try w.startElement("root", prefix: "w", namespace: "urn:w")
                try w.startElement("p", prefix: "w")
                #expect(throws: XMLWriterError.self, "\(what)") { try call(w) }
            }
            #expect(bytes == untouched, "\(what): \(bytes.utf8String)")
        }
    }
}
