/// The data format's inline markup: `**strong**`, `[^footnote]`, backslash escapes, and
/// line breaks kept from block scalars. Deliberately tiny: it is typed by officials, not
/// by Markdown users, so anything that is not clearly markup stays text.
enum InlineMarkup {
    struct Failure: Error, Equatable {
        /// Offset in Unicode scalars from the start of the text.
        var offset: Int
        var message: String
    }

    /// True if the text holds a byte that can start markup or a line break; false means the
    /// text is its own single span.
    static func mayHoldMarkup(_ source: String) -> Bool {
        func isMarkupByte(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "[") || byte == 0x0A
        }
        // A loop over the string's own bytes, eight at a time: most texts are long Japanese
        // sentences without any of the four bytes.
        if let found = source.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            var index = 0
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let word = WordBytes.load(base + index)
                    if WordBytes.holds(word, UInt8(ascii: "\\")) || WordBytes.holds(word, UInt8(ascii: "*"))
                        || WordBytes.holds(word, UInt8(ascii: "[")) || WordBytes.holds(word, 0x0A) {
                        return true
                    }
                    index += 8
                }
            }
            for byte in bytes[index...] where isMarkupByte(byte) { return true }
            return false
        }) {
            return found
        }
        return source.utf8.contains(where: isMarkupByte)
    }

    static func parse(_ source: String) -> Result<RichText, Failure> {
        // Most texts hold no markup at all: they are their own single span.
        if !mayHoldMarkup(source) {
            return .success(RichText(source.isEmpty ? [] : [.text(source)]))
        }
        let scalars = Array(source.unicodeScalars)
        var outer: [RichText.Span] = []
        var strong: [RichText.Span]?
        var strongStart = 0
        var text = String.UnicodeScalarView()

        func flushText() {
            guard !text.isEmpty else { return }
            let span = RichText.Span.text(String(text))
            if strong != nil { strong?.append(span) } else { outer.append(span) }
            text = String.UnicodeScalarView()
        }
        func append(_ span: RichText.Span) {
            flushText()
            if strong != nil { strong?.append(span) } else { outer.append(span) }
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\" where index + 1 < scalars.count:
                text.append(scalars[index + 1])
                index += 2
            case "*" where index + 1 < scalars.count && scalars[index + 1] == "*":
                flushText()
                if let content = strong {
                    if content.isEmpty {
                        return .failure(Failure(offset: strongStart, message: "empty strong emphasis '****'"))
                    }
                    outer.append(.strong(content))
                    strong = nil
                } else {
                    strong = []
                    strongStart = index
                }
                index += 2
            case "[" where index + 1 < scalars.count && scalars[index + 1] == "^":
                var end = index + 2
                while end < scalars.count, scalars[end] != "]", !scalars[end].properties.isWhitespace { end += 1 }
                guard end < scalars.count, scalars[end] == "]" else {
                    return .failure(Failure(
                        offset: index,
                        message: "unclosed footnote reference: expected '[^id]' (write '\\[' for a literal '[')"))
                }
                guard end > index + 2 else {
                    return .failure(Failure(offset: index, message: "empty footnote reference '[^]'"))
                }
                var id = String.UnicodeScalarView()
                id.append(contentsOf: scalars[(index + 2)..<end])
                append(.footnote(id: String(id)))
                index = end + 1
            case "\n":
                append(.lineBreak)
                index += 1
            default:
                text.append(scalar)
                index += 1
            }
        }
        if strong != nil {
            return .failure(Failure(
                offset: strongStart, message: "'**' is not closed: expected a closing '**' (write '\\*' for a literal '*')"))
        }
        flushText()
        return .success(RichText(outer))
    }
}
