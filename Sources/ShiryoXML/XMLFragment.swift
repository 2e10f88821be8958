internal import CLibXML2

/// Markup made once by an `XMLWriter`, checked as it was made, and written again and again.
///
/// WordprocessingML repeats the same few property elements for every paragraph and run
/// (`<w:pPr><w:pStyle w:val="ShiryoTableText"/></w:pPr>`): a table of 10,000 rows writes
/// them tens of thousands of times, and each time every name, prefix and value is checked
/// anew. A fragment is written with all the checks once, then copied in one piece.
///
/// A fragment is a run of complete elements (and text) and names the namespace bindings its
/// prefixes assume. `XMLWriter.write(_:)` refuses it where a prefix is bound otherwise, so
/// the copy is always what the same calls would have written there.
public struct XMLFragment: Sendable {
    /// The markup, as libxml2 wrote it (without indentation).
    public let markup: [UInt8]
    /// The prefixes the markup uses and the URIs they must be bound to where it goes.
    public let bindings: [Binding]

    public struct Binding: Sendable, Equatable {
        public let prefix: String
        public let uri: String

        public init(prefix: String, uri: String) {
            self.prefix = prefix
            self.uri = uri
        }
    }
}

/// Makes `XMLFragment`s with one writer kept open for all of them, so a fragment costs what
/// writing its markup costs, not a writer of its own.
///
/// The writer holds one root element that declares the bindings; each fragment is what its
/// body writes inside it. A body that throws leaves the writer in an unknown state, so the
/// recorder starts a new one for the next fragment.
public final class XMLFragmentRecorder {
    private let bindings: [XMLFragment.Binding]
    private var recording: (writer: XMLWriter, sink: XMLMemorySink)?

    public init(bindings: [XMLFragment.Binding]) {
        self.bindings = bindings
    }

    /// The markup `body` writes: complete elements only (every element it opens, it closes).
    public func record(_ body: (XMLWriter) throws -> Void) throws -> XMLFragment {
        let (writer, sink) = try recording ?? start()
        recording = nil
        try body(writer)
        // The root is the one element the recorder opened.
        guard writer.openElements.count == 1 else {
            throw XMLWriterError.misuse("a fragment must close every element it opens, and only those")
        }
        try writer.flush()
        recording = (writer, sink)
        return XMLFragment(markup: sink.takeBytes(), bindings: bindings)
    }

    private func start() throws(XMLWriterError) -> (writer: XMLWriter, sink: XMLMemorySink) {
        let sink = XMLMemorySink()
        let writer = try XMLWriter(sink: sink)
        // Declared UTF-8 as every document is: without an encoding libxml2 writes characters
        // beyond ASCII in attribute values as references, which the same calls in a document
        // would not.
        try writer.startDocument()
        try writer.startElement("fragment")
        for binding in bindings {
            try writer.writeNamespace(prefix: binding.prefix, uri: binding.uri)
        }
        // An empty comment closes the root's start tag, so that what follows is content only.
        try writer.writeComment("")
        try writer.flush()
        _ = sink.takeBytes()
        return (writer, sink)
    }
}

extension XMLWriter {
    /// Writes a recorded fragment inside the current element, after checking that every
    /// prefix it uses is bound here as it was where it was recorded.
    public func write(_ fragment: XMLFragment) throws(XMLWriterError) {
        try requireBindings(fragment.bindings, of: "fragment")
        startTag.close()
        try writeRaw(fragment.markup)
    }

    /// That the writer is inside an element where every prefix of recorded markup is bound
    /// as it was where the markup was recorded.
    func requireBindings(_ bindings: [XMLFragment.Binding], of kind: String) throws(XMLWriterError) {
        try requireUsable()
        guard !openElements.isEmpty else {
            throw .misuse("a \(kind) can only be written inside an element")
        }
        for binding in bindings {
            let inScope = namespaces.uri(for: binding.prefix)
            guard let inScope, XMLNamespaceScope.same(inScope, binding.uri) else {
                throw .namespace(
                    "the \(kind) needs prefix \"\(binding.prefix)\" bound to \(binding.uri); here it is "
                        + (inScope.map { "bound to \($0)" } ?? "not declared"))
            }
        }
    }

    /// Markup recorded earlier, handed to libxml2 as it is.
    func writeRaw(_ markup: [UInt8]) throws(XMLWriterError) {
        guard !markup.isEmpty else { return }
        try call("xmlTextWriterWriteRawLen", reports: false) { writer in
            markup.withUnsafeBufferPointer { Self.writeVerbatim($0, to: writer) }
        }
    }
}
