import Foundation

/// One line of progress on standard error, rewritten in place (for a terminal only).
enum TerminalProgress {
    private static let lock = NSLock()

    static func show(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    /// Clears the line, so that what is printed next starts on an empty one.
    static func finish() {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
