/// Markup recorded once around one text, written again and again with a different text:
/// `<w:r><w:rPr>…</w:rPr><w:t>` TEXT `</w:t></w:r>`.
///
/// A table of 10,000 rows writes tens of thousands of runs that differ only in their text.
/// The template is what an `XMLWriter` wrote for the markup around a placeholder text, so
/// `XMLWriter.write(_:text:)` gives the bytes the same calls would give with that text: the
/// text is checked and escaped as `writeText` checks and escapes it.
public struct XMLTextTemplate: Sendable {
    /// The markup up to the text, and after it.
    public let before: [UInt8]
    public let after: [UInt8]
    /// The prefixes the markup uses and the URIs they must be bound to where it goes.
    public let bindings: [XMLFragment.Binding]
    /// The qualified name of the element the text goes in, for error messages.
    public let textElement: String
}

extension XMLFragmentRecorder {
    /// The markup `body` writes around the text it is given, which it must write exactly
    /// once, as the content of one element (as `XMLWriter.element(_:text:)` or `writeText`
    /// write it). Every element it opens, it closes.
    public func recordTemplate(_ body: (XMLWriter, String) throws -> Void) throws -> XMLTextTemplate {
        let fragment = try record { try body($0, Self.placeholder) }
        let hole = Array(Self.placeholder.utf8)
        let markup = fragment.markup
        let found = Self.occurrences(of: hole, in: markup)
        guard found.count == 1, let start = found.first else {
            throw XMLWriterError.misuse("a template's body must write the text it is given exactly once")
        }
        let before = Array(markup[..<start])
        let after = Array(markup[(start + hole.count)...])
        // The text's element is the one whose start tag ends right before it, `<w:t …>`, and
        // whose end tag comes right after it (not an attribute's value, not beside a child).
        guard let open = before.lastIndex(of: UInt8(ascii: "<")), before.last == UInt8(ascii: ">"),
              before[open + 1] != UInt8(ascii: "/")
        else { throw XMLWriterError.misuse("a template's text must be the whole content of an element") }
        let name = Array(before[(open + 1)...].prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ">") })
        guard after.starts(with: Array("</".utf8) + name + [UInt8(ascii: ">")]) else {
            throw XMLWriterError.misuse("a template's text must be the whole content of an element")
        }
        return XMLTextTemplate(
            before: before, after: after, bindings: fragment.bindings, textElement: String(decoding: name, as: UTF8.self))
    }

    /// Characters of Unicode's private use area, which XML carries as they are and the markup
    /// of a template has no other use for.
    static let placeholder = "\u{F8FF}\u{E000}\u{F8FF}"

    private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}

extension XMLWriter {
    /// Writes a recorded template around `text` inside the current element: the bytes the
    /// calls that recorded it would write for `text`, after the same checks.
    public func write(_ template: XMLTextTemplate, text: String) throws(XMLWriterError) {
        try requireBindings(template.bindings, of: "template")
        try XMLValidation.requireXMLCharacters(text, field: "text", element: template.textElement)
        startTag.close()
        if Self.isWrittenVerbatim(text: text), let written = text.utf8.withContiguousStorageIfAvailable({ text in
            Result { () throws(XMLWriterError) in try writeVerbatim(template.before, text, template.after) }
        }) {
            return try written.get()
        }
        // Text that needs escaping (or is not stored contiguously) goes through libxml2's
        // own text call, between the two halves.
        try writeRaw(template.before)
        if !text.isEmpty { try emitText(text) }
        try writeRaw(template.after)
    }

    /// The three pieces handed to libxml2 in one call, assembled on the stack.
    private func writeVerbatim(_ before: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ after: [UInt8]) throws(XMLWriterError) {
        let length = before.count + text.count + after.count
        try call("xmlTextWriterWriteRawLen", reports: false) { writer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
                var cursor = ByteCursor(buffer)
                before.withUnsafeBufferPointer { cursor.put($0) }
                cursor.put(text)
                after.withUnsafeBufferPointer { cursor.put($0) }
                return Self.writeVerbatim(UnsafeBufferPointer(cursor.written), to: writer)
            }
        }
    }
}
