import Foundation
import ShiryoModel

/// The assembled `Document` as JSON: how external tools read Shiryo's model.
public struct JSONRenderer: DocumentRenderer {
    public let formatName = "json"
    public let fileExtension = "json"
    public let summary = "the assembled document model as JSON (for external tools)"

    public init() {}

    public func render(_ document: Document, context: RenderContext) throws -> Data {
        try DocumentJSON.encode(document)
    }
}
