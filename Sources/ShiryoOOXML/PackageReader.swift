import Foundation
import ZIPFoundation

/// Reads the parts of a package (ours, or a user's reference document) by path.
package enum PackageReader {
    package static func parts(of data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    /// Entry paths in the order they are stored.
    package static func paths(of data: Data) throws -> [String] {
        try Archive(data: data, accessMode: .read).map(\.path)
    }
}
