import Foundation

/// Where a renderer writes its output: an append-only byte buffer.
///
/// Renderers write as they go (a streaming XML writer can append each chunk it produces);
/// the pipeline decides where the bytes end up — a file written atomically once every
/// format has succeeded, or standard output.
///
/// An output is a reference type with no locking: write to it from the task that was given
/// it, and do not keep it after ``DocumentRenderer/render(_:context:to:)`` returns.
public final class RenderOutput {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty output. The pipeline makes one for each document and format; make your own
    /// in a test, or to render another format into memory.
    public init() {}

    /// The number of bytes written so far.
    public var count: Int { bytes.count }

    /// Appends bytes: a `Data`, an `[UInt8]` or any other sequence of bytes.
    public func write(_ data: some Sequence<UInt8>) {
        bytes.append(contentsOf: data)
    }

    /// Writes the string as UTF-8.
    public func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// The bytes written, as `Data`.
    public var data: Data { Data(bytes) }
}
