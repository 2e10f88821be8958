import Foundation

/// The JSON form of a document, as external tools read it: the model plus the version of
/// its schema, written with sorted keys so the same document always gives the same bytes.
public enum DocumentJSON {
    private struct Envelope: Codable {
        var schemaVersion: Int
        var document: Document
    }

    /// Why JSON could not be read as a document, besides the decoder's own errors.
    public enum Error: Swift.Error, CustomStringConvertible, Equatable {
        /// The JSON was written for another schema version than `Document.schemaVersion`.
        case unsupportedSchemaVersion(Int)
        /// The problem, for the user.
        public var description: String {
            switch self {
            case .unsupportedSchemaVersion(let version):
                "document JSON has schema version \(version); this Shiryo reads version \(Document.schemaVersion)"
            }
        }
    }

    /// The JSON of `document`: `{"schemaVersion": 1, "document": …}`, UTF-8, pretty-printed
    /// with sorted keys and ending with a newline: the bytes `JSONEncoder` gives the model's
    /// `Codable` form with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`.
    public static func encode(_ document: Document) throws -> Data {
        var data = Data()
        write(document) { data.append(contentsOf: $0) }
        return data
    }

    /// Writes the JSON of ``encode(_:)`` in chunks as it is made, so a large document is never
    /// held in memory as JSON.
    public static func write(_ document: Document, to sink: ([UInt8]) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var writer = DocumentJSONWriter(flush: sink)
            writer.write(document, schemaVersion: Document.schemaVersion)
        }
    }

    /// What `JSONEncoder` makes of the model's `Codable` form: the definition the written
    /// bytes are held to (by tests; ``encode(_:)`` is the same bytes, ten times faster).
    package static func encodeWithFoundation(_ document: Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(Envelope(schemaVersion: Document.schemaVersion, document: document))
        data.append(0x0A)
        return data
    }

    /// The document of JSON written by ``encode(_:)`` (or by any tool that follows it).
    ///
    /// - Throws: ``Error/unsupportedSchemaVersion(_:)`` for JSON of another schema version,
    ///   or the decoder's error for JSON that is not a document.
    public static func decode(_ data: Data) throws -> Document {
        let envelope = try JSONDecoder().decode(Envelope.self, from: data)
        guard envelope.schemaVersion == Document.schemaVersion else {
            throw Error.unsupportedSchemaVersion(envelope.schemaVersion)
        }
        return envelope.document
    }
}
