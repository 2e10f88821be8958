/// A renderer's failure, with a message for the user.
///
/// The command line prints it as `FORMAT: MESSAGE`, so the message should say what is
/// wrong and what to do ("--option width=abc: expected a whole number"), without Swift
/// type names.
public struct RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The format that failed, e.g. `docx` or `exec:./to-markdown`.
    public var format: String
    public var message: String

    public init(format: String, message: String) {
        self.format = format
        self.message = message
    }

    public var description: String { "\(format): \(message)" }
}
