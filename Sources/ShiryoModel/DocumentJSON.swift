import Foundation

/// The JSON form of a document, as external tools read it: the model plus the version of
/// its schema, written with sorted keys so the same document always gives the same bytes.
public enum DocumentJSON {
    private struct Envelope: Codable {
        var schemaVersion: Int
        var document: Document
    }

    public enum Error: Swift.Error, CustomStringConvertible, Equatable {
        case unsupportedSchemaVersion(Int)
        public var description: String {
            switch self {
            case .unsupportedSchemaVersion(let version):
                "document JSON has schema version \(version); this Shiryo reads version \(Document.schemaVersion)"
            }
        }
    }

    public static func encode(_ document: Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(Envelope(schemaVersion: Document.schemaVersion, document: document))
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> Document {
        let envelope = try JSONDecoder().decode(Envelope.self, from: data)
        guard envelope.schemaVersion == Document.schemaVersion else {
            throw Error.unsupportedSchemaVersion(envelope.schemaVersion)
        }
        return envelope.document
    }
}
