import Foundation
import ZIPFoundation

/// Reads the parts of a package (ours, or a user's reference document) by path, within
/// `PackageLimits`: a package that declares too much is refused before anything is inflated.
package enum PackageReader {
    package static func parts(of data: Data, limits: PackageLimits = .standard) throws(PackageReadError) -> [String: Data] {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .unreadable("no zip directory")
        }
        // What the directory declares, every limit judged before the first byte is inflated.
        var entries: [Entry] = []
        var total: UInt64 = 0
        for entry in archive {
            guard entries.count < limits.maximumEntries else { throw .tooManyEntries(limit: limits.maximumEntries) }
            guard entry.uncompressedSize <= limits.maximumEntryBytes else {
                throw .entryTooLarge(entry: entry.path, declared: entry.uncompressedSize, limit: limits.maximumEntryBytes)
            }
            total += entry.uncompressedSize
            guard total <= limits.maximumTotalBytes else { throw .totalTooLarge(declared: total, limit: limits.maximumTotalBytes) }
            entries.append(entry)
        }
        for entry in entries where entry.uncompressedSize > limits.ratioGraceBytes {
            let ratio = entry.uncompressedSize / max(entry.compressedSize, 1)
            guard ratio <= limits.maximumRatio else {
                throw .ratioTooHigh(entry: entry.path, ratio: ratio, limit: limits.maximumRatio)
            }
        }
        var parts: [String: Data] = [:]
        for entry in entries where entry.type == .file {
            let declared = entry.uncompressedSize
            var bytes = Data()
            bytes.reserveCapacity(Int(min(declared, 16 << 20)))
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    guard UInt64(bytes.count + chunk.count) <= declared else {
                        throw PackageReadError.largerThanDeclared(entry: entry.path, declared: declared)
                    }
                    bytes.append(chunk)
                }
            } catch let error as PackageReadError {
                throw error
            } catch {
                throw .unreadable("entry \(entry.path): \(error)")
            }
            parts[entry.path] = bytes
        }
        return parts
    }

    /// Entry paths in the order they are stored.
    package static func paths(of data: Data) throws -> [String] {
        try Archive(data: data, accessMode: .read).map(\.path)
    }
}
