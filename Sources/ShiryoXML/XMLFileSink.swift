#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Writes a writer's output to a POSIX file descriptor.
///
/// A plain descriptor (rather than `FileHandle`) keeps this module free of Foundation and
/// lets callers hand over pipes, sockets or files they opened themselves.
public final class XMLFileSink: XMLByteSink {
    private var descriptor: Int32
    private let ownsDescriptor: Bool
    private let path: String?

    /// Borrows `fileDescriptor`; the caller stays responsible for closing it.
    public init(fileDescriptor: Int32) {
        descriptor = fileDescriptor
        ownsDescriptor = false
        path = nil
    }

    /// Creates (or truncates) the file at `path`. The sink owns the descriptor: call
    /// `close()` to learn about errors the kernel only reports on close; otherwise it is
    /// closed silently when the sink is released.
    public init(path: String) throws(XMLFileSinkError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw XMLFileSinkError(operation: "open", path: path, code: errno) }
        descriptor = fd
        ownsDescriptor = true
        self.path = path
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else { throw XMLFileSinkError(operation: "write", path: path, code: EBADF) }
        var remaining = bytes
        while let base = remaining.baseAddress, !remaining.isEmpty {
            let written = posixWrite(descriptor, base, remaining.count)
            if written < 0 {
                if errno == EINTR { continue }
                throw XMLFileSinkError(operation: "write", path: path, code: errno)
            }
            remaining = UnsafeRawBufferPointer(rebasing: remaining[written...])
        }
    }

    /// Closes an owned descriptor and reports failure; does nothing for a borrowed one.
    public func close() throws(XMLFileSinkError) {
        guard ownsDescriptor, descriptor >= 0 else { return }
        let fd = descriptor
        descriptor = -1
        if posixClose(fd) != 0 {
            throw XMLFileSinkError(operation: "close", path: path, code: errno)
        }
    }

    deinit {
        if ownsDescriptor, descriptor >= 0 { _ = posixClose(descriptor) }
    }
}

// Free functions, because inside the class `write`/`close` name the sink's own methods.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}

private func posixClose(_ fd: Int32) -> Int32 {
    close(fd)
}

/// A failed system call of `XMLFileSink`, kept as `errno` so callers can tell a full disk
/// from a closed pipe.
public struct XMLFileSinkError: Error, CustomStringConvertible {
    public let operation: String
    public let path: String?
    public let code: Int32

    public var description: String {
        let target = path.map { " \($0)" } ?? ""
        return "\(operation)\(target) failed: \(String(cString: strerror(code))) (errno \(code))"
    }
}
