import Foundation

/// Where a renderer writes its output: an append-only byte buffer.
///
/// Renderers write as they go (a streaming XML writer can append each chunk it produces);
/// the pipeline decides where the bytes end up — a file written atomically once every
/// format has succeeded, or standard output.
public final class RenderOutput {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// The number of bytes written so far.
    public var count: Int { bytes.count }

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
