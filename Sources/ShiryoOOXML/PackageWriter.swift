import Foundation

/// Zips parts reproducibly: `[Content_Types].xml` first (some readers sniff it there), then
/// the rest sorted by path (see `ZipArchive` for the fixed dates and modes).
package enum PackageWriter {
    /// Parts that are whole in memory (tests, small packages).
    package static func zip(_ parts: [PackagePart]) throws -> Data {
        try zip(entries: parts.map { try ZipEntryEncoder.entry($0.path, $0.data, compressed: compresses($0.path)) })
    }

    /// Entries already compressed, as `PackageBuilder` collects them.
    package static func zip(entries: [ZipEntry]) throws -> Data {
        try ZipArchive.bytes(of: ordered(entries))
    }

    /// `zip(entries:)` handed to `sink` piece by piece, never whole in memory.
    package static func write(entries: [ZipEntry], to sink: (UnsafeRawBufferPointer) -> Void) throws {
        try ZipArchive.write(ordered(entries), to: sink)
    }

    /// `[Content_Types].xml` first, where readers that sniff a package look; the rest by path.
    private static func ordered(_ entries: [ZipEntry]) -> [ZipEntry] {
        entries.filter { $0.path == ContentTypesPart.path }
            + entries.filter { $0.path != ContentTypesPart.path }.sorted { $0.path < $1.path }
    }

    /// Images are already compressed; deflating them again only costs time.
    package static func compresses(_ path: String) -> Bool {
        !ImageInfo.Format.isImagePath(path)
    }
}
