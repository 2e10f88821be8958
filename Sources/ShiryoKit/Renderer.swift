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
    /// What the user chose for the formats that take choices.
    public var settings: RenderSettings

    public init(inputDirectory: URL? = nil, companionFileNames: [String: String] = [:],
                settings: RenderSettings = RenderSettings()) {
        self.inputDirectory = inputDirectory
        self.companionFileNames = companionFileNames
        self.settings = settings
    }
}

/// The user's choices for the built-in formats, set from the command line.
public struct RenderSettings: Sendable, Equatable {
    /// `text`: the display width of a line, in columns.
    public var textWidth: Int
    /// `text`: count East Asian Ambiguous characters (○, ※, ①, box drawing) as two columns.
    public var ambiguousWide: Bool
    /// `text`: draw frames with ASCII instead of box-drawing characters.
    public var asciiFrame: Bool
    /// `xhtml`, `pdf`: a stylesheet that replaces the built-in one.
    public var stylesheet: URL?
    /// `docx`: a .docx whose styles and page setup the output takes.
    public var referenceDocx: URL?

    public init(textWidth: Int = 80, ambiguousWide: Bool = false, asciiFrame: Bool = false,
                stylesheet: URL? = nil, referenceDocx: URL? = nil) {
        self.textWidth = textWidth
        self.ambiguousWide = ambiguousWide
        self.asciiFrame = asciiFrame
        self.stylesheet = stylesheet
        self.referenceDocx = referenceDocx
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
