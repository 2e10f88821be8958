import Foundation
import ShiryoModel

/// A format Shiryo can write: takes a `Document`, gives bytes.
///
/// Renderers see only the format-neutral model, never the follow-up data, so a new format
/// needs no change to the core: implement this protocol and register it.
public protocol DocumentRenderer: Sendable {
    /// The name users pass to `--format` (lowercase ASCII, e.g. `json`, `xhtml`).
    var formatName: String { get }
    /// The output file's extension, without the dot.
    var fileExtension: String { get }
    /// One line for `shiryo formats`.
    var summary: String { get }
    /// Renders the whole document. Throw `RenderError` (or any error with a useful
    /// description) rather than writing partial output: nothing is written on error.
    func render(_ document: Document, context: RenderContext) throws -> Data
}

/// What a renderer may need besides the document.
public struct RenderContext: Sendable {
    /// The folder of the input report, against which figure paths are resolved.
    public var inputDirectory: URL?
    /// The other documents made from the same report, by identifier, for cross references.
    public var companionFileNames: [String: String]

    public init(inputDirectory: URL? = nil, companionFileNames: [String: String] = [:]) {
        self.inputDirectory = inputDirectory
        self.companionFileNames = companionFileNames
    }
}

/// A renderer's failure, with a message for the user.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    public var format: String
    public var message: String

    public init(format: String, message: String) {
        self.format = format
        self.message = message
    }

    public var description: String { "\(format): \(message)" }
}
