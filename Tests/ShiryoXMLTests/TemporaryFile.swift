#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Plain POSIX on purpose: this target imports CLibXML2, whose headers pull in the system's
// ICU, and Foundation's bundled ICU clashes with it inside one Swift module.

/// A file in the temporary directory, removed when the value is released.
final class TemporaryFile {
    let path: String

    init() throws {
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(directory)/shiryo-xml-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw POSIXFailure(operation: "mkstemp", code: errno) }
        close(fd)
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    deinit { unlink(path) }

    func readAll() throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw POSIXFailure(operation: "open", code: errno) }
        defer { close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count >= 0 else { throw POSIXFailure(operation: "read", code: errno) }
            if count == 0 { return result }
            result += chunk[..<count]
        }
    }
}

struct POSIXFailure: Error {
    var operation: String
    var code: Int32
}

func environmentVariable(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}
