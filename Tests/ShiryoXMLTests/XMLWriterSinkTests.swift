import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import ShiryoXML

private struct SinkBroke: Error, Equatable {}

/// Accepts `limit` chunks, then fails like a full disk would.
private final class FailingSink: XMLByteSink {
    let limit: Int
    var received = 0
    init(failAfter limit: Int) { self.limit = limit }
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard received < limit else { throw SinkBroke() }
        received += 1
    }
}

private func sampleDocument(_ w: XMLWriter) throws {
    try w.startDocument(standalone: true)
    try w.startElement("document", prefix: "w", namespace: "urn:w")
    for index in 0..<2_000 {
        try w.element("t", prefix: "w", attributes: ["n": "\(index)"], text: "「資料１－１」 \(index) 📄")
    }
    try w.endDocument()
}

@Suite("Sinks and streaming")
struct XMLWriterSinkTests {
    @Test func fileSinkWritesTheSameBytesAsMemory() throws {
        let memory = XMLMemorySink()
        try sampleDocument(XMLWriter(sink: memory))

        let temporary = try TemporaryFile()
        let file = try XMLFileSink(path: temporary.path)
        try sampleDocument(XMLWriter(sink: file))
        try file.close()

        let written = try temporary.readAll()
        #expect(written == memory.bytes)
        #expect(try parseXML(written).elements.count == 2_000)
    }

    @Test func borrowedDescriptorIsLeftOpen() throws {
        let temporary = try TemporaryFile()
        let fd = open(temporary.path, O_WRONLY | O_TRUNC)
        try #require(fd >= 0)
        defer { close(fd) }
        let sink = XMLFileSink(fileDescriptor: fd)
        try XMLWriter(sink: sink).element("a", text: "x")   // abandoned: nothing reaches the file
        let writer = try XMLWriter(sink: sink)
        try writer.element("a", text: "x")
        try writer.endDocument()
        try sink.close()                       // no-op for a borrowed descriptor
        let after = Array("<!--after-->".utf8)
        #expect(write(fd, after, after.count) == after.count, "descriptor still open")
        #expect(try temporary.readAll().utf8String == "<a>x</a>\n<!--after-->")
    }

    @Test func fileSinkReportsOpenFailure() {
        #expect(throws: XMLFileSinkError.self) { try XMLFileSink(path: "/nonexistent-dir/x/y.xml") }
    }

    @Test func throwingSinkSurfacesAsSwiftError() throws {
        let sink = FailingSink(failAfter: 1)
        let writer = try XMLWriter(sink: sink)
        let error = #expect(throws: XMLWriterError.self) { try sampleDocument(writer) }
        guard case let .sinkFailed(underlying)? = error else {
            Issue.record("expected sinkFailed, got \(String(describing: error))")
            return
        }
        #expect(underlying as? SinkBroke == SinkBroke())
        #expect(sink.received == 1)
        // The document is broken for good; every later call says why.
        let again = #expect(throws: XMLWriterError.self) { try writer.writeText("more") }
        guard case .sinkFailed? = again else { Issue.record("got \(String(describing: again))"); return }
        #expect(throws: XMLWriterError.self) { try writer.endDocument() }
    }

    /// Tags, attributes and text are written without borrowing the thread's error handler,
    /// which holds only because libxml2 never hears of a failing sink: were it told, it
    /// would raise an I/O report during such a call, to whatever handler is installed.
    @Test func aFailingSinkRaisesNoLibxml2Report() throws {
        final class Sentinel { var calls = 0 }
        let sentinel = Sentinel()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(sentinel).toOpaque()) { context, _ in
            guard let context else { return }
            Unmanaged<Sentinel>.fromOpaque(context).takeUnretainedValue().calls += 1
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let writer = try XMLWriter(sink: FailingSink(failAfter: 2))
        let error = #expect(throws: XMLWriterError.self) { try sampleDocument(writer) }
        guard case .sinkFailed? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(sentinel.calls == 0)
    }

    @Test func sinkFailureAtTheFinalFlushIsReported() throws {
        let writer = try XMLWriter(sink: FailingSink(failAfter: 0))
        try writer.element("small", text: "fits in libxml2's buffer")
        #expect(throws: XMLWriterError.self) { try writer.endDocument() }
    }

    @Test func largeDocumentStreamsIncrementally() throws {
        let sink = XMLMemorySink()
        let writer = try XMLWriter(sink: sink)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            try writer.startDocument()
            try writer.startElement("items")
            for index in 0..<100_000 {
                try writer.startElement("item")
                try writer.writeAttribute("n", String(index))
                try writer.writeText("資料 \(index)")
                try writer.endElement()
                if index == 50_000 {
                    #expect(sink.bytes.count > 100_000, "output must reach the sink before the document ends")
                }
            }
            try writer.endDocument()
        }
        #expect(sink.writeCount > 100)
        // scripts/leak-check-xml.sh runs this under valgrind, where wall time means nothing.
        if environmentVariable("SHIRYO_XML_UNDER_VALGRIND") == nil {
            #expect(elapsed < .seconds(30))
        }
        let root = try parseXML(sink.bytes)
        #expect(root.elements.count == 100_000)
        #expect(root.elements.last?.text == "資料 99999")
    }

    @Test func takeBytesDrainsBetweenCalls() throws {
        let sink = XMLMemorySink()
        let writer = try XMLWriter(sink: sink)
        try writer.startElement("a")
        try writer.flush()
        var collected = sink.takeBytes()
        #expect(sink.bytes.isEmpty)
        try writer.writeText("b")
        try writer.endDocument()
        collected += sink.takeBytes()
        #expect(collected.utf8String == "<a>b</a>\n")
    }

    @Test func abandonedWriterDoesNotLeakIntoTheSink() throws {
        let sink = XMLMemorySink()
        do {
            let writer = try XMLWriter(sink: sink)
            try writer.startElement("half")
            try writer.writeText("written")
        }
        #expect(sink.bytes.isEmpty)
    }
}
