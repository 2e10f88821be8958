/// Writes a document's JSON straight into bytes, in one pass over the model.
///
/// The bytes are exactly those of `JSONEncoder` with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]` over the model's `Codable` conformances (the conformances stay
/// the definition of the format, and decode it; `DocumentJSONWriterTests` holds the two to the
/// same bytes on the samples, a synthetic report and every kind of value). Written by hand
/// because the encoder builds a tree of boxed values for the whole document and sorts every
/// object's keys as it serialises: about ten times slower, and the whole output in memory
/// twice. Here each object's members are written in their sorted order, known in advance, and
/// the bytes leave in chunks through `flush` as they are made.
///
/// The bytes are assembled in a buffer of the writer's own rather than an array: an array
/// checks that it is uniquely referenced and has room on every append, and JSON is written a
/// byte or two at a time, so those checks were a third of the time.
struct DocumentJSONWriter: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes in `storage` not yet flushed.
    private var count = 0
    private var depth = 0
    /// Whether the container being written has a member yet (a comma goes before the next).
    private var hasMember = false
    /// `hasMember` of the containers around the one being written, innermost last.
    private var outerHasMember: [Bool] = []
    private let flush: ([UInt8]) -> Void
    private static let chunkSize = 1 << 16

    init(flush: @escaping ([UInt8]) -> Void) {
        self.flush = flush
        capacity = Self.chunkSize + 4096
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// `{"schemaVersion": …, "document": …}` and a newline, everything flushed.
    mutating func write(_ document: Document, schemaVersion: Int) {
        open(UInt8(ascii: "{"))
        key("document"); write(document)
        key("schemaVersion"); number(schemaVersion)
        close(UInt8(ascii: "}"))
        byte(0x0A)
        flushBuffer()
    }

    // MARK: The model, members in sorted key order

    private mutating func write(_ document: Document) {
        open(UInt8(ascii: "{"))
        key("blocks"); blocks(document.blocks)
        key("footnotes"); footnotes(document.footnotes)
        key("kind"); string(document.kind.rawValue)
        key("metadata"); write(document.metadata)
        close(UInt8(ascii: "}"))
    }

    private mutating func write(_ metadata: Metadata) {
        open(UInt8(ascii: "{"))
        optional("asOfText", metadata.asOfText)
        optional("dateText", metadata.dateText)
        optional("documentNumber", metadata.documentNumber)
        key("identifier"); string(metadata.identifier)
        if metadata.isDraft { key("isDraft"); bytes("true") }
        optional("issuer", metadata.issuer)
        if !metadata.keywords.isEmpty { key("keywords"); strings(metadata.keywords) }
        key("language"); string(metadata.language)
        if !metadata.stamps.isEmpty { key("stamps"); strings(metadata.stamps) }
        optional("subject", metadata.subject)
        optional("subtitle", metadata.subtitle)
        key("title"); string(metadata.title)
        close(UInt8(ascii: "}"))
    }

    private mutating func footnotes(_ footnotes: [FootnoteDefinition]) {
        array(footnotes) { writer, footnote in
            writer.open(UInt8(ascii: "{"))
            if let content = footnote.content { writer.key("content"); writer.inlines(content) }
            writer.key("id"); writer.string(footnote.id)
            writer.key("label"); writer.string(footnote.label)
            writer.close(UInt8(ascii: "}"))
        }
    }

    private mutating func blocks(_ blocks: [Block]) {
        array(blocks) { $0.write($1) }
    }

    private mutating func write(_ block: Block) {
        open(UInt8(ascii: "{"))
        switch block {
        case .heading(let heading):
            optional("anchor", heading.anchor)
            key("content"); inlines(heading.content)
            key("level"); number(heading.level)
            optional("number", heading.number)
            type("heading")
        case .paragraph(let content):
            key("content"); inlines(content)
            type("paragraph")
        case .list(let list):
            key("items")
            array(list.items) { $0.blocks($1) }
            key("start"); number(list.start)
            key("style"); string(list.style.rawValue)
            type("list")
        case .table(let table):
            write(table)
        case .figure(let figure):
            key("caption"); inlines(figure.caption)
            if let credit = figure.credit { key("credit"); inlines(credit) }
            if let description = figure.description { key("description"); inlines(description) }
            optional("image", figure.image)
            type("figure")
        case .note(let note):
            key("content"); inlines(note.content)
            key("marker"); string(note.marker)
            type("note")
        case .columns(let columns):
            key("content")
            array(columns) { writer, column in
                writer.open(UInt8(ascii: "{"))
                writer.key("blocks"); writer.blocks(column.blocks)
                if let title = column.title { writer.key("title"); writer.inlines(title) }
                writer.close(UInt8(ascii: "}"))
            }
            type("columns")
        case .slide(let slide):
            optional("anchor", slide.anchor)
            key("blocks"); blocks(slide.blocks)
            key("footnotes"); footnotes(slide.footnotes)
            optional("number", slide.number)
            key("role"); string(slide.role.rawValue)
            optional("source", slide.source)
            key("title"); inlines(slide.title)
            type("slide")
        }
        close(UInt8(ascii: "}"))
    }

    /// A table's members, inside the block's object.
    private mutating func write(_ table: Table) {
        if let caption = table.caption { key("caption"); inlines(caption) }
        key("columns")
        array(table.columns) { writer, column in
            writer.open(UInt8(ascii: "{"))
            writer.key("width"); writer.number(column.width)
            writer.close(UInt8(ascii: "}"))
        }
        key("headerRows")
        array(table.headerRows) { $0.cells($1) }
        key("rows")
        array(table.rows) { writer, row in
            writer.open(UInt8(ascii: "{"))
            switch row {
            case .cells(let cells):
            writer.key("cells"); writer.cells(cells)
            writer.type("cells")
            case .group(let content):
            writer.key("content"); writer.inlines(content)
            writer.type("group")
            }
            writer.close(UInt8(ascii: "}"))
        }
        type("table")
    }

    private mutating func cells(_ cells: [TableCell]) {
        array(cells) { writer, cell in
            writer.open(UInt8(ascii: "{"))
            writer.key("blocks"); writer.blocks(cell.blocks)
            writer.key("columnSpan"); writer.number(cell.columnSpan)
            writer.key("rowSpan"); writer.number(cell.rowSpan)
            writer.close(UInt8(ascii: "}"))
        }
    }

    private mutating func inlines(_ content: [Inline]) {
        array(content) { $0.write($1) }
    }

    private mutating func write(_ inline: Inline) {
        open(UInt8(ascii: "{"))
        switch inline {
        case .text(let text):
            key("text"); string(text)
            type("text")
        case .strong(let content):
            key("content"); inlines(content)
            type("strong")
        case .emphasis(let content):
            key("content"); inlines(content)
            type("emphasis")
        case .footnoteReference(let reference):
            key("id"); string(reference.id)
            key("label"); string(reference.label)
            type("footnoteReference")
        case .crossReference(let reference):
            optional("anchor", reference.anchor)
            key("content"); inlines(reference.content)
            optional("documentIdentifier", reference.documentIdentifier)
            type("crossReference")
        case .lineBreak:
            type("lineBreak")
        }
        close(UInt8(ascii: "}"))
    }

    // MARK: JSON, laid out as JSONEncoder's .prettyPrinted lays it out

    private mutating func type(_ name: StaticString) {
        key("type"); verbatimString(name)
    }

    private mutating func optional(_ name: StaticString, _ value: String?) {
        if let value { key(name); string(value) }
    }

    private mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

    /// `[` the elements, each written by `write`, `]`.
    private mutating func array<Element>(_ elements: [Element], _ write: (inout Self, Element) -> Void) {
        open(UInt8(ascii: "["))
        for value in elements {
            element()
            write(&self, value)
        }
        close(UInt8(ascii: "]"))
    }

    /// The next member's key, after a comma if it is not the object's first.
    private mutating func key(_ name: StaticString) {
        element()
        verbatimString(name)
        bytes(" : ")
    }

    private mutating func open(_ bracket: UInt8) {
        byte(bracket)
        depth += 1
        outerHasMember.append(hasMember)
        hasMember = false
    }

    /// An empty container is written with an empty line inside, as the encoder writes it.
    private mutating func close(_ bracket: UInt8) {
        let hadMembers = hasMember
        hasMember = outerHasMember.removeLast()
        depth -= 1
        reserve(2 + 2 * depth + 1)
        append(0x0A)
        if !hadMembers { append(0x0A) }
        indent()
        append(bracket)
        if count >= Self.chunkSize { flushBuffer() }
    }

    /// Before a member or element: a comma after the previous one, a newline, the indentation.
    private mutating func element() {
        reserve(2 + 2 * depth)
        if hasMember { append(UInt8(ascii: ",")) }
        hasMember = true
        append(0x0A)
        indent()
    }

    /// Two spaces a level; room was reserved.
    private mutating func indent() {
        let width = 2 * depth
        (storage + count).initialize(repeating: 0x20, count: width)
        count += width
    }

    private mutating func number(_ value: Int) {
        // The digits backwards into a scratch of 20 (the most a 64-bit magnitude has), then on.
        reserve(21)
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let length = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
            var index = scratch.count
            repeat {
                index -= 1
                scratch[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            let length = scratch.count - index
            for offset in 0..<length { storage[count + offset] = scratch[index + offset] }
            return length
        }
        count += length
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// A JSON string: quote, backslash and the C0 controls escaped (the short forms where JSON
    /// has them), everything else as its UTF-8 bytes, `/` included.
    private mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            if let clean = Self.needsNoEscaping(utf8) ? utf8.baseAddress : nil {
                reserve(utf8.count + 2)
                append(UInt8(ascii: "\""))
                (storage + count).update(from: clean, count: utf8.count)
                count += utf8.count
                append(UInt8(ascii: "\""))
            } else {
                escapedString(utf8)
            }
        }
    }

    private static func needsNoEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == 0x5C { return false }
        return true
    }

    private mutating func escapedString(_ utf8: UnsafeBufferPointer<UInt8>) {
        byte(UInt8(ascii: "\""))
        for byte in utf8 {
            // The longest escape, \u00XX.
            reserve(6)
            switch byte {
            case UInt8(ascii: "\""): append(0x5C); append(UInt8(ascii: "\""))
            case 0x5C: append(0x5C); append(0x5C)
            case 0x0A: append(0x5C); append(UInt8(ascii: "n"))
            case 0x0D: append(0x5C); append(UInt8(ascii: "r"))
            case 0x09: append(0x5C); append(UInt8(ascii: "t"))
            case 0x08: append(0x5C); append(UInt8(ascii: "b"))
            case 0x0C: append(0x5C); append(UInt8(ascii: "f"))
            case 0x00..<0x20:
                append(0x5C); append(UInt8(ascii: "u")); append(UInt8(ascii: "0")); append(UInt8(ascii: "0"))
                append(Self.hexDigits.utf8Start[Int(byte >> 4)])
                append(Self.hexDigits.utf8Start[Int(byte & 0xF)])
            default: append(byte)
            }
        }
        self.byte(UInt8(ascii: "\""))
    }

    /// A string the writer itself names (a key or a type): written as it is, since none of
    /// them holds a character JSON escapes.
    private mutating func verbatimString(_ text: StaticString) {
        reserve(text.utf8CodeUnitCount + 2)
        append(UInt8(ascii: "\""))
        (storage + count).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
        append(UInt8(ascii: "\""))
    }

    // MARK: The buffer

    private mutating func bytes(_ text: StaticString) {
        reserve(text.utf8CodeUnitCount)
        (storage + count).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
    }

    private mutating func byte(_ value: UInt8) {
        reserve(1)
        append(value)
    }

    /// Appends into room made by `reserve`.
    @inline(__always)
    private mutating func append(_ value: UInt8) {
        storage[count] = value
        count += 1
    }

    /// Makes room for `needed` more bytes: flushes what is there, and grows the buffer for a
    /// string longer than it.
    @inline(__always)
    private mutating func reserve(_ needed: Int) {
        if count + needed > capacity { makeRoom(needed) }
    }

    private mutating func makeRoom(_ needed: Int) {
        flushBuffer()
        guard needed > capacity else { return }
        storage.deallocate()
        capacity = needed
        storage = .allocate(capacity: capacity)
    }

    private mutating func flushBuffer() {
        guard count > 0 else { return }
        flush(Array(UnsafeBufferPointer(start: storage, count: count)))
        count = 0
    }
}
