import Foundation
import ZIPFoundation

/// Zips the parts reproducibly: `[Content_Types].xml` first (some readers sniff it there),
/// then the rest sorted by path; every entry dated 1980-01-01 00:00 and mode 0644.
package enum PackageWriter {
    /// ZIPFoundation 0.9.20 converts entry dates to DOS time with `gmtime`, so a date at
    /// midnight UTC is stored as 1980-01-01 00:00 whatever the local time zone. Tests read
    /// the stored bytes back to hold it to that.
    package static let entryDate = Date(timeIntervalSince1970: 315_532_800)
    package static let entryPermissions: UInt16 = 0o644

    package static func zip(_ parts: [PackagePart]) throws -> Data {
        let contentTypesName = "[Content_Types].xml"
        let ordered = parts.filter { $0.path == contentTypesName }
            + parts.filter { $0.path != contentTypesName }.sorted { $0.path < $1.path }
        let archive = try Archive(accessMode: .create)
        for part in ordered {
            let data = part.data
            // Images are already compressed; deflating them again only costs time.
            let method: CompressionMethod = ImageInfo.Format.isImagePath(part.path) ? .none : .deflate
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: entryDate, permissions: entryPermissions, compressionMethod: method,
                provider: { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                })
        }
        guard let bytes = archive.data else {
            throw PackageError.packaging("the in-memory archive has no data")
        }
        return bytes
    }
}
