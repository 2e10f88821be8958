internal import CLibXML2

/// A streaming, validating XML 1.0 writer over libxml2's `xmlTextWriter`.
///
/// Renderers emit XHTML and DOCX parts that can be large, so output is streamed to an
/// `XMLByteSink` as libxml2 fills its buffer instead of being built up as a tree. What
/// libxml2 does not guard against is checked in Swift first: characters XML cannot carry,
/// invalid names, undeclared or conflicting namespace prefixes, duplicate attributes and
/// calls out of order. Such mistakes become an `XMLWriterError` instead of a malformed file.
///
/// Attributes and namespace declarations appear in the order they are written, so the same
/// calls always give the same bytes.
///
/// Not thread-safe: one writer belongs to one task at a time (it is deliberately not
/// `Sendable`). Separate writers may be used concurrently.
public final class XMLWriter {
    enum Phase {
        case initial, prolog, inRoot, epilog, ended
    }

    /// An open element. Prefix and local name are kept apart so the qualified name is only
    /// built for error messages; libxml2 gets it assembled on the stack.
    struct OpenElement {
        let prefix: String?
        let name: String

        var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }
    }

    /// What the innermost start tag already carries, while attributes may still be added.
    ///
    /// A tag has a handful of attributes, so they are kept in arrays searched linearly
    /// (cheaper than hashing at that size), and the arrays are reused from tag to tag.
    struct OpenStartTag {
        struct Attribute {
            let prefix: String?
            let name: String
            /// The namespace of a prefixed attribute; nil for an unprefixed one.
            let uri: String?
        }

        /// Whether attributes may still be added (between `startElement` and content).
        private(set) var isOpen = false
        private var attributes: [Attribute] = []
        /// Prefixes ("" for the default namespace) this tag has committed to a URI.
        private var pins: [(prefix: String, uri: String)] = []

        mutating func open() {
            isOpen = true
            if !attributes.isEmpty { attributes.removeAll(keepingCapacity: true) }
            if !pins.isEmpty { pins.removeAll(keepingCapacity: true) }
        }

        mutating func close() { isOpen = false }

        mutating func record(_ attribute: Attribute) { attributes.append(attribute) }

        /// Whether an attribute already written has the same qualified name (prefix and local
        /// name) or, for prefixed ones, the same expanded name (`{uri}local`): two prefixes
        /// bound to one URI must not repeat a local name.
        func hasAttribute(prefix: String?, name: String, uri: String?) -> Bool {
            for attribute in attributes where XMLNamespaceScope.same(attribute.name, name) {
                switch (attribute.prefix, prefix) {
                case (nil, nil): return true
                case let (written?, new?) where XMLNamespaceScope.same(written, new): return true
                default: break
                }
                if let writtenURI = attribute.uri, let uri, XMLNamespaceScope.same(writtenURI, uri) { return true }
            }
            return false
        }

        func pinnedURI(_ prefix: String) -> String? {
            for pin in pins where XMLNamespaceScope.same(pin.prefix, prefix) { return pin.uri }
            return nil
        }

        mutating func pin(_ prefix: String, to uri: String) {
            for index in pins.indices where XMLNamespaceScope.same(pins[index].prefix, prefix) {
                pins[index].uri = uri
                return
            }
            pins.append((prefix, uri))
        }
    }

    /// The writer's mutable state. It lives behind a pointer of the writer's own rather than
    /// in stored properties: Swift checks every access to a class's stored `var` at run time
    /// for overlapping access, and the writer touches its state a dozen times per tag, where
    /// those checks cost a sixth of writing WordprocessingML. The writer is used by one task
    /// at a time (it is not `Sendable`), so there is no overlap for them to catch.
    struct State {
        var handle: OpaquePointer?
        /// Set by a libxml2 or sink failure; the output is then incomplete for good.
        var failure: XMLWriterError?
        var phase = Phase.initial
        var hasDoctype = false
        /// The open elements, root first.
        var openElements: [OpenElement] = []
        var namespaces = XMLNamespaceScope()
        var startTag = OpenStartTag()
        /// The last (prefix, namespace URI) pair that passed the character and reservation
        /// checks. Renderers pass the same URI with many elements; the checks depend only on
        /// the pair, so a repeat needs no second look.
        var checkedBinding: (prefix: String?, uri: String)?
    }

    private let state: UnsafeMutablePointer<State> = {
        let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State())
        return state
    }()

    let indents: Bool
    let output: XMLOutputBridge
    let diagnostics = LibXML2Diagnostics()

    var handle: OpaquePointer? {
        get { state.pointee.handle }
        set { state.pointee.handle = newValue }
    }
    var failure: XMLWriterError? {
        _read { yield state.pointee.failure }
        set { state.pointee.failure = newValue }
    }
    var phase: Phase {
        get { state.pointee.phase }
        set { state.pointee.phase = newValue }
    }
    var hasDoctype: Bool {
        get { state.pointee.hasDoctype }
        set { state.pointee.hasDoctype = newValue }
    }
    var openElements: [OpenElement] {
        _read { yield state.pointee.openElements }
        _modify { yield &state.pointee.openElements }
    }
    var namespaces: XMLNamespaceScope {
        _read { yield state.pointee.namespaces }
        _modify { yield &state.pointee.namespaces }
    }
    var startTag: OpenStartTag {
        _read { yield state.pointee.startTag }
        _modify { yield &state.pointee.startTag }
    }
    var checkedBinding: (prefix: String?, uri: String)? {
        _read { yield state.pointee.checkedBinding }
        set { state.pointee.checkedBinding = newValue }
    }

    /// - Parameter indent: pretty-prints with two spaces per level. Meant for humans reading
    ///   output; it adds whitespace text nodes, so leave it off for content whose whitespace
    ///   matters.
    public init(sink: some XMLByteSink, indent: Bool = false) throws(XMLWriterError) {
        LibXML2Setup.ensureInitialized()
        indents = indent
        output = XMLOutputBridge(sink: sink)
        handle = diagnostics.capture { () -> OpaquePointer? in
            guard let buffer = output.makeOutputBuffer() else { return nil }
            // On success the writer owns the buffer; on failure it is still ours to close.
            guard let writer = xmlNewTextWriter(buffer) else {
                xmlOutputBufferClose(buffer)
                return nil
            }
            return writer
        }
        guard handle != nil else {
            throw .libxml2(
                operation: "xmlNewTextWriter", code: diagnostics.firstReport?.code,
                message: diagnostics.firstReport?.message ?? "could not allocate the writer")
        }
        if indent {
            try call("xmlTextWriterSetIndent") { xmlTextWriterSetIndent($0, 1) }
            try call("xmlTextWriterSetIndentString") { writer in
                "  ".withXMLChars { xmlTextWriterSetIndentString(writer, $0) }
            }
        }
    }

    deinit {
        // An unfinished document is abandoned: free libxml2's state without pushing the
        // half-written remainder into the sink.
        releaseHandle(discardingOutput: true)
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Builds a complete document (declaration, `body`, closing of anything left open) in
    /// memory: the common case for tests and for small parts such as DOCX relationships.
    public static func document(
        indent: Bool = false, standalone: Bool? = nil, _ body: (XMLWriter) throws -> Void
    ) throws -> [UInt8] {
        let sink = XMLMemorySink()
        let writer = try XMLWriter(sink: sink, indent: indent)
        try writer.startDocument(standalone: standalone)
        try body(writer)
        try writer.endDocument()
        return sink.bytes
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8"?>`.
    ///
    /// Version and encoding are fixed: the character checks implement XML 1.0, and any
    /// encoding but UTF-8 would make libxml2 replace unencodable characters with character
    /// references, which silently corrupts comments.
    /// - Parameter standalone: nil omits the pseudo-attribute; DOCX parts use `true`.
    public func startDocument(standalone: Bool? = nil) throws(XMLWriterError) {
        try requireUsable()
        guard phase == .initial else {
            throw .misuse("startDocument() must come before anything else is written")
        }
        let standaloneValue = standalone.map { $0 ? "yes" : "no" }
        try call("xmlTextWriterStartDocument") { xmlTextWriterStartDocument($0, "1.0", "UTF-8", standaloneValue) }
        phase = .prolog
    }

    /// Writes a document type declaration; `writeDoctype(name: "html")` gives
    /// `<!DOCTYPE html>` as XHTML served to browsers wants.
    public func writeDoctype(name: String, publicID: String? = nil, systemID: String? = nil) throws(XMLWriterError) {
        try requireUsable()
        guard phase == .initial || phase == .prolog, !hasDoctype else {
            throw .misuse("a DOCTYPE can be written only once, before the root element")
        }
        try XMLValidation.requireName(name, role: "DOCTYPE name")
        if let publicID {
            guard systemID != nil else {
                throw .invalidValue(field: "DOCTYPE", reason: "a public identifier needs a system identifier")
            }
            try XMLValidation.requireCharacters(
                publicID, field: "DOCTYPE public identifier", element: nil,
                allowed: XMLValidation.isPublicIDCharacter)
        }
        if let systemID {
            // libxml2 always quotes the literal with `"`, so that is the one character it cannot hold.
            try XMLValidation.requireCharacters(systemID, field: "DOCTYPE system identifier", element: nil) {
                $0 != "\"" && XMLValidation.isXMLCharacter($0)
            }
        }
        try call("xmlTextWriterWriteDTD") { writer in
            name.withXMLChars { name in
                withOptionalXMLChars(publicID) { publicID in
                    withOptionalXMLChars(systemID) { systemID in
                        xmlTextWriterWriteDTD(writer, name, publicID, systemID, nil)
                    }
                }
            }
        }
        if !indents {
            // libxml2 only breaks the line itself when indenting; keep the root element on
            // its own line either way, as the XML declaration is.
            try call("xmlTextWriterWriteRaw") { xmlTextWriterWriteRaw($0, "\n") }
        }
        hasDoctype = true
        phase = .prolog
    }

    /// Closes every open element, ends the document and flushes everything to the sink.
    ///
    /// Elements closed here use the short form when empty (`<x/>`); end them yourself with
    /// `endElement(fullEndTag: true)` where that matters. libxml2's resources are released
    /// now rather than when the writer is deallocated.
    public func endDocument() throws(XMLWriterError) {
        try requireUsable()
        guard phase == .inRoot || phase == .epilog else {
            throw .misuse("endDocument() called before a root element was written")
        }
        while !openElements.isEmpty {
            try endElement()
        }
        try call("xmlTextWriterEndDocument") { xmlTextWriterEndDocument($0) }
        releaseHandle(discardingOutput: false)
        phase = .ended
        if let sinkError = output.pendingFailure {
            throw poison(.sinkFailed(sinkError))
        }
    }

    /// Pushes whatever libxml2 has buffered into the sink, e.g. before handing a pipe's
    /// reader a complete chunk. A no-op once the document has ended.
    public func flush() throws(XMLWriterError) {
        if let failure { throw failure }
        guard handle != nil else { return }
        try call("xmlTextWriterFlush") { xmlTextWriterFlush($0) }
    }

    // MARK: - Plumbing shared by the content methods

    func requireUsable() throws(XMLWriterError) {
        if let failure { throw failure }
        if phase == .ended { throw .misuse("the document was already ended with endDocument()") }
    }

    /// Runs one libxml2 call and turns its failure, or the sink's, into a Swift error.
    /// Internal rather than private so tests can provoke a libxml2 failure directly.
    ///
    /// - Parameter reports: false for the calls that write tags, attributes and text. They
    ///   get names and values checked in Swift first and an output that never fails in
    ///   libxml2's eyes (`XMLOutputBridge`), so the only report left to them is running out
    ///   of memory. Borrowing the thread's error handler around each of them cost more than
    ///   the call itself.
    func call(_ operation: String, reports: Bool = true, _ body: (OpaquePointer) -> Int32) throws(XMLWriterError) {
        if let failure { throw failure }
        guard let handle else { throw .misuse("the document was already ended with endDocument()") }
        let result = reports ? diagnostics.capture { body(handle) } : body(handle)
        if let sinkError = output.pendingFailure {
            throw poison(.sinkFailed(sinkError))
        }
        if result < 0 {
            let report = reports ? diagnostics.firstReport : nil
            throw poison(.libxml2(operation: operation, code: report?.code, message: report?.message))
        }
    }

    private func poison(_ error: XMLWriterError) -> XMLWriterError {
        failure = error
        return error
    }

    private func releaseHandle(discardingOutput: Bool) {
        guard let handle else { return }
        self.handle = nil
        output.discardsOutput = discardingOutput
        // Freeing closes the output buffer, which flushes; keep any I/O report off stderr.
        diagnostics.capture { xmlFreeTextWriter(handle) }
    }
}

@available(*, unavailable, message: "an XMLWriter belongs to one task at a time")
extension XMLWriter: Sendable {}

extension String {
    /// libxml2 takes UTF-8 `xmlChar` strings; Swift strings are already UTF-8.
    func withXMLChars<R>(_ body: (UnsafePointer<xmlChar>) -> R) -> R {
        withCString(encodedAs: UTF8.self, body)
    }
}

/// Hands libxml2 `prefix:name` (or `name`) as a C string assembled on the stack, so that
/// writing a qualified name allocates nothing.
func withQualifiedXMLName<R>(_ prefix: String?, _ name: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
    guard let prefix else { return name.withXMLChars(body) }
    let length = prefix.utf8.count + 1 + name.utf8.count
    return withUnsafeTemporaryAllocation(of: xmlChar.self, capacity: length + 1) { buffer in
        var cursor = ByteCursor(buffer)
        cursor.put(prefix, name)
        cursor.put(0)
        // A buffer of at least two bytes always has an address; the fallback only keeps
        // this free of force unwraps.
        guard let base = buffer.baseAddress else { return "\(prefix):\(name)".withXMLChars(body) }
        return body(UnsafePointer(base))
    }
}

func withOptionalXMLChars<R>(_ string: String?, _ body: (UnsafePointer<xmlChar>?) -> R) -> R {
    guard let string else { return body(nil) }
    return string.withXMLChars { body($0) }
}
