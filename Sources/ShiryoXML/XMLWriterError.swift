/// Why an `XMLWriter` call was refused or failed.
///
/// Validation cases (`invalidCharacter`, `invalidName`, `invalidValue`,
/// `duplicateAttribute`, `namespace`, `misuse`) are detected in Swift before anything is
/// handed to libxml2, so the writer is unchanged and the caller may recover (for example
/// by substituting text). `libxml2` and `sinkFailed` happen mid-output: the document is
/// then incomplete and the writer refuses all further calls with the same error.
public enum XMLWriterError: Error, CustomStringConvertible {
    /// `scalar` cannot appear in `field` (XML 1.0 cannot carry it at all, not even as a
    /// character reference, or the field's own grammar excludes it). `offset` counts
    /// Unicode scalars from the start of the offending string; `element` is the qualified
    /// name of the innermost open element, if any.
    case invalidCharacter(Unicode.Scalar, offset: Int, field: String, element: String?)

    /// `name` is not usable as `role` (e.g. "element name", "attribute prefix").
    case invalidName(String, role: String, reason: String)

    /// A value breaks a rule of its field beyond single characters (e.g. `--` in a comment).
    case invalidValue(field: String, reason: String)

    /// The same attribute (by qualified or by namespace-expanded name) was written twice on
    /// one start tag, which would make the output not well-formed.
    case duplicateAttribute(String, element: String)

    /// A namespace prefix was used undeclared, rebound inconsistently on one element, or a
    /// reserved prefix/URI was misused.
    case namespace(String)

    /// The call does not fit the document's current state (e.g. `endElement()` with no open
    /// element, a second root element, attributes after content, use after `endDocument()`).
    case misuse(String)

    /// libxml2 reported failure from `operation`; `message` is its own explanation when it
    /// gave one.
    case libxml2(operation: String, code: Int32?, message: String?)

    /// The `XMLByteSink` threw while receiving output.
    case sinkFailed(any Error)

    public var description: String {
        switch self {
        case let .invalidCharacter(scalar, offset, field, element):
            let location = element.map { " of <\($0)>" } ?? ""
            return "character \(scalar.codePointDescription) is not allowed in \(field)\(location) "
                + "(at Unicode scalar offset \(offset))"
        case let .invalidName(name, role, reason):
            return "invalid \(role) \"\(name.debugEscaped)\": \(reason)"
        case let .invalidValue(field, reason):
            return "invalid \(field): \(reason)"
        case let .duplicateAttribute(name, element):
            return "attribute \(name) written twice on <\(element)>"
        case let .namespace(reason):
            return "namespace error: \(reason)"
        case let .misuse(reason):
            return "XML writer misuse: \(reason)"
        case let .libxml2(operation, code, message):
            let codeText = code.map { " (libxml2 error \($0))" } ?? ""
            return "libxml2 \(operation) failed\(codeText): \(message ?? "no message")"
        case let .sinkFailed(error):
            return "XML output sink failed: \(error)"
        }
    }
}

extension Unicode.Scalar {
    /// `U+000B` style, the form used in the Unicode standard and in our error messages.
    var codePointDescription: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension String {
    /// Shows control characters in names as escapes so messages stay on one line.
    fileprivate var debugEscaped: String {
        unicodeScalars.map { $0.value < 0x20 ? $0.codePointDescription : String($0) }.joined()
    }
}
