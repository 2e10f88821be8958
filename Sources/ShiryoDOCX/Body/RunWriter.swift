import ShiryoModel

/// Writes inlines as runs: text with the East Asian hint where it holds Japanese, strong
/// and emphasis as Word's character styles, footnote references, internal hyperlinks.
struct RunWriter {
    struct Format {
        var strong = false
        var emphasis = false
        var hyperlink = false
        var footnoteMark = false

        /// One character style per run: the most specific wins, the rest become direct
        /// formatting, so nested markup is never lost.
        func runProperties(eastAsian: Bool, size: Int? = nil) -> RunProperties {
            var properties = RunProperties(size: size)
            if footnoteMark {
                properties.style = StyleID.footnoteReference
            } else if hyperlink {
                properties.style = StyleID.hyperlink
            } else if strong {
                properties.style = StyleID.strong
            } else if emphasis {
                properties.style = StyleID.emphasis
            }
            if eastAsian { properties.fonts = .init(hint: "eastAsia") }
            if strong && properties.style != StyleID.strong { properties.bold = true }
            if emphasis && properties.style != StyleID.emphasis { properties.emphasisMark = "dot" }
            return properties
        }
    }

    let w: WordWriter
    let context: BodyContext
    var allowsFootnotes = true
    /// Links to the companion document need a relationship of the part written: only
    /// document.xml has them, so footnotes print such a reference as text.
    var allowsCompanionLinks = false
    /// Direct text size (half-points), set while a slide is shrunk to fit.
    var size: Int?

    func write(_ inlines: [Inline], format: Format = Format()) throws {
        for inline in inlines {
            try write(inline, format: format)
        }
    }

    private func write(_ inline: Inline, format: Format) throws {
        switch inline {
        case .text(let text):
            try writeText(text, format: format)
        case .strong(let content):
            var inner = format
            inner.strong = true
            try write(content, format: inner)
        case .emphasis(let content):
            var inner = format
            inner.emphasis = true
            try write(content, format: inner)
        case .lineBreak:
            try w.element("r") { try w.empty("br") }
        case .footnoteReference(let reference):
            try writeFootnoteReference(reference, format: format)
        case .crossReference(let reference):
            if allowsCompanionLinks, let id = context.companionLinkID(for: reference) {
                // A relative link to the companion document in the same folder (資料1-2).
                try w.start("hyperlink")
                try w.xml.writeAttribute("id", id, prefix: "r")
                try w.attribute("history", "1")
                var inner = format
                inner.hyperlink = true
                try write(reference.content, format: inner)
                try w.end()
                return
            }
            guard context.isInternal(reference), let anchor = reference.anchor else {
                try write(reference.content, format: format)
                return
            }
            try w.start("hyperlink")
            try w.attribute("anchor", Bookmarks.name(for: anchor))
            var inner = format
            inner.hyperlink = true
            try write(reference.content, format: inner)
            try w.end()
        }
    }

    func writeText(_ text: String, format: Format) throws {
        guard !text.isEmpty else { return }
        let properties = format.runProperties(eastAsian: text.containsEastAsian, size: size)
        // Most texts have neither: no need to walk them character by character.
        guard text.containsBreakOrTab else { return try w.textRun(properties, text: text) }
        try w.element("r") {
            try properties.write(to: w)
            // Line breaks and tabs inside a text are Word's own elements, not characters.
            var segment = ""
            for character in text {
                switch character {
                case "\n", "\r\n", "\r":
                    try flush(&segment)
                    try w.empty("br")
                case "\t":
                    try flush(&segment)
                    try w.empty("tab")
                default:
                    segment.append(character)
                }
            }
            try flush(&segment)
        }
    }

    private func flush(_ segment: inout String) throws {
        guard !segment.isEmpty else { return }
        try w.textElement(segment)
        segment = ""
    }

    private func writeFootnoteReference(_ reference: FootnoteReference, format: Format) throws {
        var markFormat = format
        markFormat.footnoteMark = true
        guard allowsFootnotes, case .footnote(let note) = context.footnotes.use(reference) else {
            try writeText(reference.label, format: markFormat)
            return
        }
        try w.element("r") {
            try markFormat.runProperties(eastAsian: false, size: size).write(to: w)
            if note.customMark {
                try w.empty("footnoteReference", ["customMarkFollows": "1", "id": String(note.id)])
                try w.textElement(reference.label)
            } else {
                try w.empty("footnoteReference", ["id": String(note.id)])
            }
        }
    }
}

extension String {
    /// Whether the text holds characters Word should set in the East Asian font: kana,
    /// kanji, fullwidth forms, CJK punctuation and symbols such as ※ ○ ①.
    var containsEastAsian: Bool {
        unicodeScalars.contains { $0.isEastAsian }
    }

    /// Whether a line break or tab is in the text (as `\n`, `\r` or `\t`), which
    /// `RunWriter.writeText` turns into Word's own elements.
    ///
    /// Every text of a document is asked, so native strings are scanned as bytes in place
    /// (a control byte below 0x0E never occurs inside a multi-byte character).
    var containsBreakOrTab: Bool {
        let scanned = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes where byte <= 0x0D && (byte == 0x0A || byte == 0x0D || byte == 0x09) { return true }
            return false
        }
        return scanned ?? utf8.contains { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }
}

extension Unicode.Scalar {
    /// Kana, kanji, fullwidth forms, CJK punctuation and symbols such as ※ ○ ①.
    var isEastAsian: Bool {
        switch value {
        case 0x2010...0x203B, 0x2190...0x21FF, 0x2460...0x24FF, 0x2500...0x27BF, 0x2E80...0x9FFF,
             0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
            true
        default:
            false
        }
    }
}
