import Foundation
import ShiryoModel

/// Collects a package's parts and adds what every OOXML package has: the core and app
/// properties, the package relationships to the main part, and `[Content_Types].xml`; then
/// zips it reproducibly. A format adds only its own parts.
package struct PackageBuilder {
    private let mainPart: String
    private var parts: [PackagePart] = []

    /// A package whose main part (the one `_rels/.rels` points to) is `mainPart`.
    package init(mainPart: String) {
        self.mainPart = mainPart
    }

    package mutating func add(_ path: String, _ bytes: [UInt8], contentType: String?) {
        parts.append(PackagePart(path, bytes, contentType: contentType))
    }

    package mutating func add(_ part: PackagePart) {
        parts.append(part)
    }

    /// The part `.rels` of `partPath` (empty lists write no part).
    package mutating func addRelationships(of partPath: String, _ relationships: [Relationship]) throws {
        guard !relationships.isEmpty else { return }
        add(RelationshipsPart.path(for: partPath), try RelationshipsPart.write(relationships), contentType: nil)
    }

    /// The images of `media`, stored as they are.
    package mutating func add(_ media: MediaRegistry) {
        for image in media.images {
            parts.append(PackagePart(image.partName, data: image.data, contentType: nil))
        }
    }

    /// The zipped package, with properties from `metadata` and `appCounts` (such as
    /// `Slides`) in docProps/app.xml.
    package func zip(metadata: Metadata, appCounts: KeyValuePairs<String, Int> = [:]) throws -> Data {
        var all = parts
        all.append(PackagePart(PropertiesParts.corePath, try PropertiesParts.core(metadata), contentType: OPC.ContentType.coreProperties))
        all.append(PackagePart(PropertiesParts.appPath, try PropertiesParts.app(metadata, counts: appCounts), contentType: OPC.ContentType.extendedProperties))
        all.append(PackagePart("_rels/.rels", try RelationshipsPart.write(RelationshipsPart.package(mainPart: mainPart)), contentType: nil))
        all.append(PackagePart(ContentTypesPart.path, try ContentTypesPart.write(parts: all), contentType: nil))
        return try PackageWriter.zip(all)
    }
}
