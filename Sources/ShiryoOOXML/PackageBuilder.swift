import Foundation
import ShiryoModel
import ShiryoXML

/// Collects a package's parts and adds what every OOXML package has: the core and app
/// properties, the package relationships to the main part, and `[Content_Types].xml`; then
/// zips it reproducibly. A format adds only its own parts.
///
/// Each part is compressed as soon as it is added, and a large part can be streamed in
/// (`addStreamed`), so a package never holds more than its compressed size plus the part
/// being written.
package struct PackageBuilder {
    private let mainPart: String
    private var entries: [ZipEntry] = []
    /// Every part's `Override` content type, in the order added (nil: an extension default).
    private var contentTypes: [(path: String, type: String?)] = []

    /// A package whose main part (the one `_rels/.rels` points to) is `mainPart`.
    package init(mainPart: String) {
        self.mainPart = mainPart
    }

    package mutating func add(_ path: String, _ bytes: [UInt8], contentType: String?) throws {
        try add(ZipEntryEncoder.entry(path, bytes, compressed: PackageWriter.compresses(path)), contentType: contentType)
    }

    package mutating func add(_ part: PackagePart) throws {
        try add(
            ZipEntryEncoder.entry(part.path, part.data, compressed: PackageWriter.compresses(part.path)),
            contentType: part.overrideContentType)
    }

    /// A part written through `body` into its entry as it is produced, e.g. an `XMLWriter`
    /// over the encoder: the part's uncompressed bytes are never all in memory.
    package mutating func addStreamed(
        _ path: String, contentType: String?, _ body: (ZipEntryEncoder) throws -> Void
    ) throws {
        let encoder = try ZipEntryEncoder(path: path, compressed: PackageWriter.compresses(path))
        try body(encoder)
        try add(encoder.finish(), contentType: contentType)
    }

    private mutating func add(_ entry: ZipEntry, contentType: String?) {
        entries.append(entry)
        contentTypes.append((entry.path, contentType))
    }

    /// The part `.rels` of `partPath` (empty lists write no part).
    package mutating func addRelationships(of partPath: String, _ relationships: [Relationship]) throws {
        guard !relationships.isEmpty else { return }
        try add(RelationshipsPart.path(for: partPath), try RelationshipsPart.write(relationships), contentType: nil)
    }

    /// The images of `media`, stored as they are.
    package mutating func add(_ media: MediaRegistry) throws {
        for image in media.images {
            try add(PackagePart(image.partName, data: image.data, contentType: nil))
        }
    }

    /// The zipped package, with properties from `metadata` and `appCounts` (such as
    /// `Slides`) in docProps/app.xml.
    package func zip(metadata: Metadata, appCounts: KeyValuePairs<String, Int> = [:]) throws -> Data {
        try PackageWriter.zip(entries: completed(metadata: metadata, appCounts: appCounts).entries)
    }

    /// `zip(metadata:appCounts:)` handed to `sink` piece by piece (into a renderer's output):
    /// the compressed parts go out as they lie, with no copy of the whole archive.
    package func write(
        metadata: Metadata, appCounts: KeyValuePairs<String, Int> = [:], to sink: (UnsafeRawBufferPointer) -> Void
    ) throws {
        try PackageWriter.write(entries: completed(metadata: metadata, appCounts: appCounts).entries, to: sink)
    }

    /// The package with the parts every package has.
    private func completed(metadata: Metadata, appCounts: KeyValuePairs<String, Int>) throws -> PackageBuilder {
        var all = self
        try all.add(PropertiesParts.corePath, try PropertiesParts.core(metadata), contentType: OPC.ContentType.coreProperties)
        try all.add(
            PropertiesParts.appPath, try PropertiesParts.app(metadata, counts: appCounts),
            contentType: OPC.ContentType.extendedProperties)
        try all.add("_rels/.rels", try RelationshipsPart.write(RelationshipsPart.package(mainPart: mainPart)), contentType: nil)
        try all.add(ContentTypesPart.path, try ContentTypesPart.write(parts: all.contentTypes), contentType: nil)
        return all
    }
}
