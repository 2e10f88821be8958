import ShiryoModel
import ShiryoRendering

/// The assembled `Document` as JSON (`DocumentJSON`, with its `schemaVersion`): how
/// external tools read Shiryo's model, and what `exec:` programs receive.
public struct JSONRenderer: DocumentRenderer {
    public let formatName = "json"
    public let fileExtension = "json"
    public let summary = "the assembled document model as JSON (for external tools)"

    public init() {}

    public func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws {
        DocumentJSON.write(document) { output.write($0) }
    }
}
