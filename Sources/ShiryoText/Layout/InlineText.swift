import ShiryoModel

/// The text of inlines as a plain-text reader sees it.
///
/// Strong and emphasis print as their text (plain text has no reliable way to mark them,
/// and chat tools would read `*…*` as markup), footnote references as their labels (*1),
/// cross references as their text, line breaks as hard breaks. Control characters, which a
/// terminal would not print in one column, are normalised: CR LF and CR become LF, a tab
/// becomes a space, other controls are dropped.
enum InlineText {
    static func plain(_ inlines: [Inline]) -> String {
        var output = ""
        append(inlines, to: &output)
        return normalized(output)
    }

    private static func append(_ inlines: [Inline], to output: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text): output += text
            case .strong(let content), .emphasis(let content): append(content, to: &output)
            case .footnoteReference(let reference): output += reference.label
            case .crossReference(let reference): append(reference.content, to: &output)
            case .lineBreak: output += "\n"
            }
        }
    }

    static func normalized(_ text: String) -> String {
        // Most text has no control character at all.
        guard containsControl(text) else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\r": scalars.append("\n")
            case "\n": if !previousWasCR { scalars.append("\n") }
            case "\t": scalars.append(" ")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || isC1(scalar) { continue }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether `text` has a C0 or C1 control or DEL, in one pass over its UTF-8: the C1
    /// controls U+0080…U+009F are the two bytes C2 80…C2 9F (C2 is always a lead byte).
    private static func containsControl(_ text: String) -> Bool {
        func search(_ bytes: some Sequence<UInt8>) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte < 0xA0) { return true }
                previous = byte
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(search) ?? search(text.utf8)
    }

    private static func isC1(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && scalar.value < 0xA0
    }
}
