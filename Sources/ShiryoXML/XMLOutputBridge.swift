internal import CLibXML2

/// Connects libxml2's C output callback to a Swift `XMLByteSink`.
///
/// A Swift error cannot cross the C frames of libxml2, so the callback parks it here and
/// reports a plain failure to libxml2; the writer picks the parked error up after the call
/// and rethrows it.
final class XMLOutputBridge {
    private let sink: any XMLByteSink

    struct State {
        /// The sink's error from the most recent failing write, until the writer collects it.
        var pendingFailure: (any Error)?
        /// Set when an unfinished writer is destroyed: libxml2 still flushes its buffer while
        /// freeing, and a half document should not reach the sink from a `deinit`.
        var discardsOutput = false
    }

    /// Behind a pointer, as `XMLWriter`'s state is, for the same reason: the writer asks for
    /// `pendingFailure` after every libxml2 call, and a stored `var` would be checked for
    /// overlapping access each time.
    private let state: UnsafeMutablePointer<State> = {
        let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State())
        return state
    }()

    var pendingFailure: (any Error)? {
        _read { yield state.pointee.pendingFailure }
        set { state.pointee.pendingFailure = newValue }
    }

    var discardsOutput: Bool {
        get { state.pointee.discardsOutput }
        set { state.pointee.discardsOutput = newValue }
    }

    init(sink: any XMLByteSink) {
        self.sink = sink
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// A libxml2 output buffer that writes through this bridge. The caller must keep the
    /// bridge alive until the buffer is closed (the writer owns both).
    func makeOutputBuffer() -> xmlOutputBufferPtr? {
        xmlOutputBufferCreateIO(
            { context, buffer, length in
                guard let context else { return -1 }
                let bridge = Unmanaged<XMLOutputBridge>.fromOpaque(context).takeUnretainedValue()
                return bridge.forward(buffer, length)
            },
            nil,
            Unmanaged.passUnretained(self).toOpaque(),
            nil)
    }

    /// Returns the byte count as consumed even when the sink fails: the failure is parked
    /// for the writer, which checks after every call and then refuses all further output.
    /// Told of it, libxml2 would raise an I/O report of its own; this way its hot calls
    /// (tags, attributes, text) never raise one, so they need no error handler around them.
    private func forward(_ buffer: UnsafePointer<CChar>?, _ length: Int32) -> Int32 {
        guard length > 0 else { return 0 }
        if discardsOutput || pendingFailure != nil { return length }
        guard let buffer else { return length }
        do {
            try sink.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
        } catch {
            pendingFailure = error
        }
        return length
    }
}
