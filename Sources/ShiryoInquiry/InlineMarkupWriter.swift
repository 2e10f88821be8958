import ShiryoFollowUp

/// Writes `RichText` back as the data format's inline markup, so that reading the result
/// gives the same spans: `**strong**`, `[^id]`, line breaks as `\n`, and a backslash
/// before every `\`, before a `*` that could be read as `**`, and before a `[` followed by `^`.
enum InlineMarkupWriter {
    static func markup(_ text: RichText) -> String {
        var output = ""
        write(text.spans, into: &output)
        return output
    }

    private static func write(_ spans: [RichText.Span], into output: inout String) {
        for span in spans {
            switch span {
            case .text(let text):
                // Most text has nothing to escape: taken whole.
                if !text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "[") }) {
                    output += text
                    continue
                }
                let scalars = Array(text.unicodeScalars)
                for (index, scalar) in scalars.enumerated() {
                    let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                    switch scalar {
                    case "\\":
                        output += "\\\\"
                    case "*" where next == nil || next == "*" || output.hasSuffix("*"):
                        // At the end of a span a `*` would join the `**` of strong text after it.
                        output += "\\*"
                    case "[" where next == nil || next == "^":
                        output += "\\["
                    default:
                        output.unicodeScalars.append(scalar)
                    }
                }
            case .strong(let inner):
                output += "**"
                write(inner, into: &output)
                output += "**"
            case .footnote(let id):
                output += "[^\(id)]"
            case .lineBreak:
                output += "\n"
            }
        }
    }
}
