internal import CLibXML2

/// Markup handed to libxml2 in one piece where its tag-by-tag calls would only copy it.
///
/// For an empty element libxml2 pushes an entry on its element stack (three allocations: the
/// entry, a copy of the name, the list link), measures every piece with `strlen` and pops it
/// all again at once; for text it allocates an escaped copy even when there is nothing to
/// escape. When nothing needs escaping, the bytes it writes are known: exactly those
/// assembled here, written with `xmlTextWriterWriteRawLen`, which closes the parent's start
/// tag first just as the element and text calls do. Anything that needs escaping, and every
/// indenting writer (libxml2 indents inside those calls), takes libxml2's own calls.
extension XMLWriter {
    /// Writes `<prefix:name a="v" …/>`; every name and value has been checked.
    func emitEmptyTag<Attributes: RandomAccessCollection<(key: String, value: String)>>(
        _ name: String, prefix: String?, attributes: Attributes, attributePrefix: String?
    ) throws(XMLWriterError) {
        guard !indents, attributes.allSatisfy({ Self.isWrittenVerbatim(attributeValue: $0.value) }) else {
            try call("xmlTextWriterStartElement", reports: false) { writer in
                withQualifiedXMLName(prefix, name) { xmlTextWriterStartElement(writer, $0) }
            }
            for (key, value) in attributes {
                try emitAttribute(prefix: attributePrefix, key, value)
            }
            try call("xmlTextWriterEndElement", reports: false) { xmlTextWriterEndElement($0) }
            return
        }
        let length = Self.openingLength(prefix, name, attributes: attributes, attributePrefix: attributePrefix) + 2
        try call("xmlTextWriterWriteRawLen", reports: false) { writer in
            // On the stack for any tag of ordinary size; Swift takes the heap for a huge one.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
                var cursor = ByteCursor(buffer)
                cursor.putOpening(prefix, name, attributes: attributes, attributePrefix: attributePrefix)
                cursor.put(UInt8(ascii: "/"))
                cursor.put(UInt8(ascii: ">"))
                return Self.writeVerbatim(UnsafeBufferPointer(cursor.written), to: writer)
            }
        }
    }

    /// Writes `<prefix:name a="v" …>text</prefix:name>` in one piece if neither the values
    /// nor the text need escaping; false (nothing written) otherwise. Every name, value and
    /// the text have been checked.
    func emitTextElement(
        _ name: String, prefix: String?, attributes: KeyValuePairs<String, String>, attributePrefix: String?, text: String
    ) throws(XMLWriterError) -> Bool {
        guard !indents, Self.isWrittenVerbatim(text: text),
              attributes.allSatisfy({ Self.isWrittenVerbatim(attributeValue: $0.value) })
        else { return false }
        let length = Self.openingLength(prefix, name, attributes: attributes, attributePrefix: attributePrefix)
            + 1 + text.utf8.count + 2 + Self.qualifiedLength(prefix, name) + 1
        try call("xmlTextWriterWriteRawLen", reports: false) { writer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
                var cursor = ByteCursor(buffer)
                cursor.putOpening(prefix, name, attributes: attributes, attributePrefix: attributePrefix)
                cursor.put(UInt8(ascii: ">"))
                cursor.put(text)
                cursor.put(UInt8(ascii: "<"))
                cursor.put(UInt8(ascii: "/"))
                cursor.put(prefix, name)
                cursor.put(UInt8(ascii: ">"))
                return Self.writeVerbatim(UnsafeBufferPointer(cursor.written), to: writer)
            }
        }
        return true
    }

    /// Writes checked text content, escaped as `xmlTextWriterWriteString` escapes it.
    func emitText(_ text: String) throws(XMLWriterError) {
        let verbatim = Self.isWrittenVerbatim(text: text)
        try call(verbatim ? "xmlTextWriterWriteRawLen" : "xmlTextWriterWriteString", reports: false) { writer in
            if verbatim, let result = text.utf8.withContiguousStorageIfAvailable({ Self.writeVerbatim($0, to: writer) }) {
                return result
            }
            return text.withXMLChars { xmlTextWriterWriteString(writer, $0) }
        }
    }

    /// Hands libxml2 bytes that are already markup, in pieces its 32-bit lengths can carry.
    /// Returns the first failing call's result, else the last one's.
    static func writeVerbatim(_ bytes: UnsafeBufferPointer<UInt8>, to writer: OpaquePointer) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var offset = 0
        var result: Int32 = 0
        while offset < bytes.count, result >= 0 {
            let length = min(bytes.count - offset, Int(Int32.max))
            result = xmlTextWriterWriteRawLen(writer, base + offset, Int32(length))
            offset += length
        }
        return result
    }

    private static func qualifiedLength(_ prefix: String?, _ name: String) -> Int {
        (prefix.map { $0.utf8.count + 1 } ?? 0) + name.utf8.count
    }

    /// The bytes of `<prefix:name a="v" …`, what `ByteCursor.putOpening` puts.
    private static func openingLength<Attributes: Sequence<(key: String, value: String)>>(
        _ prefix: String?, _ name: String, attributes: Attributes, attributePrefix: String?
    ) -> Int {
        var length = 1 + qualifiedLength(prefix, name)
        for (key, value) in attributes {
            length += 1 + qualifiedLength(attributePrefix, key) + 2 + value.utf8.count + 1
        }
        return length
    }

    /// Whether libxml2 writes an attribute value as it is: printable ASCII without the
    /// quote, `<`, `>` and `&`. (It escapes those, tabs and line breaks, and writes
    /// non-ASCII characters as character references.) False only means "let libxml2 do it".
    static func isWrittenVerbatim(attributeValue value: String) -> Bool {
        let verdict = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes {
                guard byte >= 0x20, byte < 0x7F else { return false }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): return false
                default: continue
                }
            }
            return true
        }
        return verdict ?? false
    }

    /// Whether libxml2 writes text content as it is: none of `<`, `>`, `&`, the quote and
    /// the carriage return, the characters `xmlEncodeSpecialChars` replaces. False only
    /// means "let libxml2 do it".
    static func isWrittenVerbatim(text: String) -> Bool {
        let verdict = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes where byte < 0x3F {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x0D: return false
                default: continue
                }
            }
            return true
        }
        return verdict ?? false
    }
}

/// Fills memory set aside for markup front to back, copying strings' UTF-8 whole.
struct ByteCursor {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// What has been put so far.
    var written: UnsafeMutableBufferPointer<UInt8> { UnsafeMutableBufferPointer(rebasing: buffer[..<count]) }

    /// The caller has set aside room for everything it puts.
    mutating func put(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
        (target + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func put(_ string: String) {
        let copied: Int? = string.utf8.withContiguousStorageIfAvailable { utf8 in
            guard let source = utf8.baseAddress, let target = buffer.baseAddress else { return 0 }
            (target + count).update(from: source, count: utf8.count)
            return utf8.count
        }
        if let copied {
            count += copied
        } else {
            for byte in string.utf8 { put(byte) }
        }
    }

    /// `<prefix:name a="v" …`: a start or empty tag up to its closing bracket. The values
    /// need no escaping.
    mutating func putOpening<Attributes: Sequence<(key: String, value: String)>>(
        _ prefix: String?, _ name: String, attributes: Attributes, attributePrefix: String?
    ) {
        put(UInt8(ascii: "<"))
        put(prefix, name)
        for (key, value) in attributes {
            put(UInt8(ascii: " "))
            put(attributePrefix, key)
            put(UInt8(ascii: "="))
            put(UInt8(ascii: "\""))
            put(value)
            put(UInt8(ascii: "\""))
        }
    }

    /// `prefix:name`, or `name`.
    mutating func put(_ prefix: String?, _ name: String) {
        if let prefix {
            put(prefix)
            put(UInt8(ascii: ":"))
        }
        put(name)
    }
}
