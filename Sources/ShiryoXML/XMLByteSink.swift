/// Destination of a writer's serialized bytes.
///
/// Renderers stream document parts straight into files or archive entries instead of
/// building whole documents in memory, so the writer only needs somewhere to push chunks
/// of UTF-8 as libxml2 produces them. A sink is called with consecutive chunks in order;
/// the writer never retains the buffer past the call.
///
/// Throwing from `write` aborts the document: the writer reports the error as
/// `XMLWriterError.sinkFailed` and refuses further output.
public protocol XMLByteSink: AnyObject {
    func write(_ bytes: UnsafeRawBufferPointer) throws
}
