/// Collects a writer's output in memory.
///
/// Used for small parts, tests and anything that is post-processed as a whole; large
/// documents should go to an `XMLFileSink` or a custom `XMLByteSink` instead.
public final class XMLMemorySink: XMLByteSink {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    /// How many chunks libxml2 has pushed; more than one means output was streamed rather
    /// than produced at the end.
    public private(set) var writeCount = 0

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
        writeCount += 1
    }

    /// Hands over the collected bytes and starts again empty, so a caller can drain output
    /// incrementally (e.g. into a compressor) between writer calls.
    public func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }
}
