import CICU

/// UAX #14 line break opportunities from the system ICU (`ja@lb=strict`).
///
/// Swift's Foundation on Linux bundles its own ICU, but exports it under `swift_`-prefixed
/// names (`swift_ubrk_open`), while the system library exports versioned names
/// (`ubrk_open_72`): the two live side by side in one process (tested in
/// `ICUCoexistenceTests`). One iterator serves one thread at a time: a `LineBreaker` owns one
/// and is not `Sendable`.
final class ICULineBreakIterator {
    /// The locale asks ICU for strict line breaking: small kana, ー and iteration marks
    /// never start a line (Line_Break class CJ is treated as NS).
    static let locale = "ja@lb=strict"

    private let iterator: OpaquePointer

    init() throws(TextRenderError) {
        var status: Int32 = 0
        guard let iterator = shiryo_ubrk_open_line(Self.locale, &status) else {
            throw .lineBreakingUnavailable(icuStatus: status)
        }
        self.iterator = iterator
    }

    deinit {
        shiryo_ubrk_close(iterator)
    }

    /// The UTF-16 offsets, strictly inside `utf16`, before which a line may start.
    /// Calls `body` once per offset, in increasing order.
    func forEachBreak(in utf16: [UInt16], _ body: (Int) -> Void) {
        guard utf16.count > 1, utf16.count <= Int(Int32.max) else { return }
        utf16.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let status = shiryo_ubrk_set_text(iterator, base, Int32(buffer.count))
            guard status <= 0 else { return }
            _ = shiryo_ubrk_first(iterator)
            while true {
                let offset = Int(shiryo_ubrk_next(iterator))
                if offset < 0 || offset >= buffer.count { break }
                if offset > 0 { body(offset) }
            }
        }
    }

    /// The version of the linked ICU and of its Unicode data, e.g. ("72.1", "15.0").
    static var versions: (icu: String, unicode: String) {
        func read(_ fill: (UnsafeMutablePointer<CChar>) -> Void) -> String {
            var buffer = [CChar](repeating: 0, count: 32)
            buffer.withUnsafeMutableBufferPointer { pointer in
                if let base = pointer.baseAddress { fill(base) }
            }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return (read { shiryo_icu_version($0) }, read { shiryo_unicode_version($0) })
    }
}
