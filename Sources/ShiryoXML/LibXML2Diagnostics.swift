internal import CLibXML2

/// Captures the structured error reports libxml2 raises during one call.
///
/// Without a structured handler libxml2 prints its reports to stderr through the generic
/// error channel, behind the caller's back. The handler is per thread in libxml2, so
/// installing ours only around a synchronous call (and restoring the previous one after)
/// keeps reports attached to the writer that caused them without disturbing other threads
/// or other libxml2 users.
final class LibXML2Diagnostics {
    struct Report {
        let code: Int32
        let message: String
    }

    /// The first report raised during the last `capture` call; later ones are usually
    /// consequences of it.
    private(set) var firstReport: Report?

    /// Runs `body` with our structured handler installed on this thread, and puts back
    /// whatever was installed before.
    ///
    /// This runs around every libxml2 call a writer makes, so it touches the thread's error
    /// state through the two slots libxml2 hands out (the same ones
    /// `xmlSetStructuredErrorFunc` assigns) instead of looking them up for every read and
    /// write: each lookup finds the thread's libxml2 globals anew. The slots stay valid
    /// for the duration of this synchronous call on this thread.
    func capture<R>(_ body: () -> R) -> R {
        firstReport = nil
        let handlerSlot: UnsafeMutablePointer<xmlStructuredErrorFunc?> = __xmlStructuredError()
        let contextSlot: UnsafeMutablePointer<UnsafeMutableRawPointer?> = __xmlStructuredErrorContext()
        let previousHandler = handlerSlot.pointee
        let previousContext = contextSlot.pointee
        contextSlot.pointee = Unmanaged.passUnretained(self).toOpaque()
        handlerSlot.pointee = { context, error in
            guard let context, let error else { return }
            let diagnostics = Unmanaged<LibXML2Diagnostics>.fromOpaque(context).takeUnretainedValue()
            diagnostics.record(code: error.pointee.code, message: error.pointee.message)
        }
        defer {
            contextSlot.pointee = previousContext
            handlerSlot.pointee = previousHandler
        }
        return body()
    }

    private func record(code: Int32, message: UnsafeMutablePointer<CChar>?) {
        guard firstReport == nil else { return }
        let text = message.map { String(cString: $0) } ?? ""
        firstReport = Report(code: code, message: text.trimmingTrailingWhitespace())
    }
}

extension String {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var result = Substring(self)
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return String(result)
    }
}
