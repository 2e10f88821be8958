import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a renderer writes its output: an append-only byte stream.
///
/// Renderers write as they go (a streaming XML writer can append each chunk it produces);
/// the pipeline decides where the bytes end up. An output made with ``init()`` keeps them in
/// memory, in ``bytes``; the pipeline's outputs stream them into a staged file in the output
/// folder, which becomes the real file only once every input, document and format has
/// succeeded, so that a large report's outputs are never all in memory at once.
///
/// An output is a reference type with no locking: write to it from the task that was given
/// it, and do not keep it after ``DocumentRenderer/render(_:context:to:)`` returns.
public final class RenderOutput {
    /// Everything written so far, for an output in memory. An output the pipeline streams
    /// into a file keeps here only what has not been written out yet.
    public private(set) var bytes: [UInt8] = []

    /// The file the bytes stream into, when there is one.
    private let descriptor: Int32?
    /// The first write error (`errno`); once set, later bytes are dropped and ``finish()`` throws.
    private var writeError: Int32 = 0
    private var written = 0
    /// Bytes are handed to the file in chunks of about this size.
    private static let chunkSize = 1 << 18

    /// An empty output in memory. The pipeline makes its own; make one in a test, or to render
    /// another format into memory.
    public init() {
        descriptor = nil
    }

    /// An output that streams into an open file, which it does not close.
    package init(fileDescriptor: Int32) {
        descriptor = fileDescriptor
        bytes.reserveCapacity(Self.chunkSize)
    }

    /// The number of bytes written so far.
    public var count: Int { written + bytes.count }

    /// Appends bytes: a `Data`, an `[UInt8]` or any other sequence of bytes.
    public func write(_ data: some Sequence<UInt8>) {
        if descriptor != nil, bytes.isEmpty,
           let direct = data.withContiguousStorageIfAvailable({ buffer -> Bool in
               // A whole file handed over at once (a zipped package) goes out without a copy.
               guard buffer.count >= Self.chunkSize else { return false }
               writeOut(UnsafeRawBufferPointer(buffer))
               return true
           }), direct {
            return
        }
        bytes.append(contentsOf: data)
        if descriptor != nil, bytes.count >= Self.chunkSize { drain() }
    }

    /// Writes the string as UTF-8.
    public func write(_ text: String) {
        write(text.utf8)
    }

    /// The bytes written, as `Data` (for an output in memory).
    public var data: Data { Data(bytes) }

    /// Writes out what is still buffered. Throws the `errno` of the first failed write.
    package func finish() throws(WriteError) {
        drain()
        if writeError != 0 { throw WriteError(code: writeError) }
    }

    /// A file write that failed, with its `errno`.
    package struct WriteError: Error {
        package var code: Int32
    }

    private func drain() {
        guard descriptor != nil else { return }
        defer { bytes.removeAll(keepingCapacity: true) }
        bytes.withUnsafeBytes { writeOut($0) }
    }

    /// Hands `buffer` to the file, all of it, unless a write failed before.
    private func writeOut(_ buffer: UnsafeRawBufferPointer) {
        guard let descriptor, writeError == 0 else { return }
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            #if canImport(Glibc)
            let result = Glibc.write(descriptor, base + offset, buffer.count - offset)
            #else
            let result = Darwin.write(descriptor, base + offset, buffer.count - offset)
            #endif
            if result < 0 {
                if errno == EINTR { continue }
                writeError = errno
                return
            }
            offset += result
        }
        written += buffer.count
    }
}
