import ShiryoModel

/// Running text as inline Markdown.
///
/// Strong and emphasis need care in Japanese: CommonMark only lets `**` open before a
/// letter (or after a space or punctuation), so `を**「AMR」**の` stays literal. Leading and
/// trailing characters that are not letters or digits are therefore moved outside the
/// markers (`を「**AMR**」の`); the text is the same, only a bracket is not bold.
struct InlineWriter {
    enum FootnoteStyle {
        /// `[^n]`, numbered through the document.
        case numbered
        /// The printed label as text: inside footnote definitions, which cannot nest.
        case labels
    }

    let settings: MarkdownSettings
    let footnotes: FootnoteRegistry
    /// Where footnote references resolve, innermost first.
    let scopes: [FootnoteRegistry.Scope]
    let footnoteStyle: FootnoteStyle
    /// Inside a link's text, where another link cannot go.
    private var insideLink = false

    init(settings: MarkdownSettings, footnotes: FootnoteRegistry, scopes: [FootnoteRegistry.Scope],
         footnoteStyle: FootnoteStyle = .numbered) {
        self.settings = settings
        self.footnotes = footnotes
        self.scopes = scopes
        self.footnoteStyle = footnoteStyle
    }

    /// The lines of a paragraph, split at its line breaks: trimmed, without empty ones, and
    /// each safe to start a line. The hard-break backslashes are added by the block writer.
    func lines(_ inlines: [Inline]) -> [String] {
        var buffer = Buffer()
        write(inlines, hardBreaks: true, into: &buffer)
        return buffer.finishedLines()
    }

    /// One line, with line breaks written as spaces: for headings, table cells and link
    /// text, which never start a line of their own (so `1.` needs no escape there).
    func line(_ inlines: [Inline]) -> String {
        var buffer = Buffer()
        write(inlines, hardBreaks: false, into: &buffer)
        return MarkdownEscaping.trimmed(buffer.current)
    }

    // MARK: - Writing

    private struct Buffer {
        var lines: [String] = []
        var current = ""
        /// The last thing written was a closing `*` or `**`: a span opened right here would
        /// join it into one delimiter run (`**a***b*`), so it is written without markers.
        var afterClosingDelimiter = false
        /// The last thing written was `[^n]`: a `(` or `:` right after it would make it a
        /// link or a footnote definition.
        var afterFootnoteReference = false

        mutating func append(_ markdown: String) {
            guard !markdown.isEmpty else { return }
            current += markdown
            afterClosingDelimiter = false
            afterFootnoteReference = false
        }

        mutating func newLine() {
            lines.append(current)
            current = ""
            afterClosingDelimiter = false
            afterFootnoteReference = false
        }

        func finishedLines() -> [String] {
            (lines + [current]).map(MarkdownEscaping.trimmed).filter { !$0.isEmpty }.map(MarkdownEscaping.lineStart)
        }
    }

    private func write(_ inlines: [Inline], hardBreaks: Bool, into buffer: inout Buffer) {
        for inline in Self.normalized(inlines) {
            switch inline {
            case .text(let text):
                writeText(text, into: &buffer)
            case .lineBreak:
                if hardBreaks { buffer.newLine() } else { buffer.append(" ") }
            case .strong(let content):
                writeSpan(content, delimiter: "**", kind: .strong, hardBreaks: hardBreaks, into: &buffer)
            case .emphasis(let content):
                writeSpan(content, delimiter: "*", kind: .emphasis, hardBreaks: hardBreaks, into: &buffer)
            case .footnoteReference(let reference):
                if footnoteStyle == .numbered, let number = footnotes.number(for: reference, in: scopes) {
                    buffer.append("[^\(number)]")
                    buffer.afterFootnoteReference = true
                } else {
                    writeText(reference.label, into: &buffer)
                }
            case .crossReference(let reference):
                writeCrossReference(reference, hardBreaks: hardBreaks, into: &buffer)
            }
        }
    }

    private func writeText(_ text: String, into buffer: inout Buffer) {
        var escaped = MarkdownEscaping.text(text)
        if buffer.afterFootnoteReference, let first = escaped.first, first == "(" || first == ":" {
            escaped = "\\" + escaped
        }
        buffer.append(escaped)
    }

    private func writeSpan(
        _ content: [Inline], delimiter: String, kind: SpanKind, hardBreaks: Bool, into buffer: inout Buffer
    ) {
        let parts = Self.peeled(Self.normalized(content, unwrapping: kind))
        write(parts.leading, hardBreaks: hardBreaks, into: &buffer)
        if !parts.core.isEmpty {
            if buffer.afterClosingDelimiter {
                write(parts.core, hardBreaks: hardBreaks, into: &buffer)
            } else {
                buffer.append(delimiter)
                write(parts.core, hardBreaks: hardBreaks, into: &buffer)
                buffer.append(delimiter)
                buffer.afterClosingDelimiter = true
            }
        }
        write(parts.trailing, hardBreaks: hardBreaks, into: &buffer)
    }

    /// `[資料１－２](name.detail.md)` for a reference to a companion document; the text
    /// alone for one into this document or to an unknown file. Footnote references in the
    /// link's text follow the link (a footnote inside a link is not portable).
    private func writeCrossReference(_ reference: CrossReference, hardBreaks: Bool, into buffer: inout Buffer) {
        guard !insideLink, let destination = settings.destination(for: reference) else {
            write(reference.content, hardBreaks: hardBreaks, into: &buffer)
            return
        }
        let (text, notes) = Self.separatingFootnotes(reference.content)
        var linkText = self
        linkText.insideLink = true
        let label = Self.guardingCaret(linkText.line(text))
        if !label.isEmpty {
            buffer.append("[" + label + "](" + destination + ")")
        }
        write(notes, hardBreaks: hardBreaks, into: &buffer)
    }

    // MARK: - Preparing inlines

    enum SpanKind {
        case strong, emphasis
    }

    /// Adjacent texts merged, empty texts dropped, adjacent spans of one kind merged, and
    /// spans of `unwrapping`'s kind replaced by their content (bold inside bold is bold).
    static func normalized(_ inlines: [Inline], unwrapping: SpanKind? = nil) -> [Inline] {
        var result: [Inline] = []
        func add(_ inline: Inline) {
            switch (result.last, inline) {
            case (_, .text(let text)) where text.isEmpty:
                return
            case (.text(let previous)?, .text(let text)):
                result[result.count - 1] = .text(previous + text)
            case (_, .strong(let content)) where unwrapping == .strong,
                 (_, .emphasis(let content)) where unwrapping == .emphasis:
                normalized(content, unwrapping: unwrapping).forEach(add)
            case (.strong(let previous)?, .strong(let content)):
                result[result.count - 1] = .strong(previous + content)
            case (.emphasis(let previous)?, .emphasis(let content)):
                result[result.count - 1] = .emphasis(previous + content)
            default:
                result.append(inline)
            }
        }
        inlines.forEach(add)
        return result
    }

    /// A span's content split so that the middle part starts and ends with a letter or
    /// digit, which `*` and `**` can always open before and close after.
    static func peeled(_ content: [Inline]) -> (leading: [Inline], core: [Inline], trailing: [Inline]) {
        var core = content
        var leading: [Inline] = []
        while let first = core.first {
            guard case .text(let text) = first else {
                leading.append(first)
                core.removeFirst()
                continue
            }
            let cut = text.prefix { !isFlankingSafe($0) }
            if cut.isEmpty { break }
            leading.append(.text(String(cut)))
            let rest = text.dropFirst(cut.count)
            if rest.isEmpty {
                core.removeFirst()
            } else {
                core[0] = .text(String(rest))
                break
            }
        }
        var trailing: [Inline] = []
        while let last = core.last {
            guard case .text(let text) = last else {
                trailing.insert(last, at: 0)
                core.removeLast()
                continue
            }
            let cut = text.reversed().prefix { !isFlankingSafe($0) }
            if cut.isEmpty { break }
            trailing.insert(.text(String(cut.reversed())), at: 0)
            let rest = text.dropLast(cut.count)
            if rest.isEmpty {
                core.removeLast()
            } else {
                core[core.count - 1] = .text(String(rest))
                break
            }
        }
        return (leading, core, trailing)
    }

    /// A letter or digit, possibly with combining marks: what CommonMark sees on either
    /// side of it is neither space nor punctuation.
    private static func isFlankingSafe(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first, isLetterOrDigit(first) else { return false }
        return character.unicodeScalars.allSatisfy { isLetterOrDigit($0) || isMark($0) }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// The inlines without their footnote references, and the references in order.
    static func separatingFootnotes(_ inlines: [Inline]) -> (text: [Inline], notes: [Inline]) {
        var text: [Inline] = []
        var notes: [Inline] = []
        for inline in inlines {
            switch inline {
            case .footnoteReference:
                notes.append(inline)
            case .strong(let content):
                let inner = separatingFootnotes(content)
                text.append(.strong(inner.text))
                notes += inner.notes
            case .emphasis(let content):
                let inner = separatingFootnotes(content)
                text.append(.emphasis(inner.text))
                notes += inner.notes
            case .crossReference(var reference):
                let inner = separatingFootnotes(reference.content)
                reference.content = inner.text
                text.append(.crossReference(reference))
                notes += inner.notes
            case .text, .lineBreak:
                text.append(inline)
            }
        }
        return (text, notes)
    }

    /// The text of inlines for an image's alternative text: escaped, on one line, without
    /// footnote references.
    static func alternativeText(_ inlines: [Inline]) -> String {
        func plain(_ inlines: [Inline]) -> String {
            inlines.map { inline in
                switch inline {
                case .text(let text): text
                case .strong(let content), .emphasis(let content): plain(content)
                case .crossReference(let reference): plain(reference.content)
                case .lineBreak: " "
                case .footnoteReference: ""
                }
            }.joined()
        }
        return guardingCaret(MarkdownEscaping.trimmed(MarkdownEscaping.text(plain(inlines))))
    }

    /// Link and image text that starts with `^` would make `[^…]` a footnote reference.
    static func guardingCaret(_ text: String) -> String {
        text.hasPrefix("^") ? "\\" + text : text
    }
}
