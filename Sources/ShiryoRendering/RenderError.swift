/// A renderer's failure, with a message for the user.
///
/// The command line prints it as `Error: FORMAT: MESSAGE` and exits with status 1, so the
/// message should say what is wrong and what to do ("option width=abc: expected a whole
/// number"), without Swift type names.
public struct RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The format that failed, e.g. `docx` or `exec:./to-markdown`.
    public var format: String
    /// What is wrong and what to do, without the format's name (``description`` adds it).
    public var message: String

    /// An error of `format` (pass your ``DocumentRenderer/formatName``) with `message`.
    public init(format: String, message: String) {
        self.format = format
        self.message = message
    }

    /// `FORMAT: MESSAGE`, as the user reads it.
    public var description: String { "\(format): \(message)" }
}
