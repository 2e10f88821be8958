import Foundation
import ShiryoModel
import ShiryoRendering

/// The `text` format: a document as plain text for e-mail, chat and terminals.
///
/// - A 概要 (`Document.Kind.slides`): each slide a closed frame of the full width, with the
///   page (3/7), the document number and date, the title, the body (two columns side by
///   side when they fit) and the slide's footnotes.
/// - A 詳細 (`.report`): the metadata, then the blocks in reading order (level 1 headings over
///   a double rule, level 2 after ■ over a rule), indicator tables as framed grids, and the
///   footnotes at the end.
///
/// Width is counted in terminal columns after UAX #11 (`DisplayWidth`); lines are broken
/// after UAX #14 and the Japanese prohibitions (`LineBreaker`). The output is UTF-8 with LF
/// line endings and a final newline, without trailing spaces.
public struct TextRenderer: DocumentRenderer {
    public let formatName = "text"
    public let fileExtension = "txt"
    public let summary = "plain-text slides and report for terminals and e-mail (Japanese line breaking)"
    public var acceptedOptions: [RenderOption] { TextRenderOptions.accepted }

    /// The options used where the render context sets none.
    public var options: TextRenderOptions

    public init(options: TextRenderOptions = .init()) {
        self.options = options
    }

    public func validate(_ options: RenderOptions) throws {
        try self.options.overridden(by: options, format: formatName).validate()
    }

    public func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws {
        let chosen = try options.overridden(by: context.options, format: formatName)
        // The lines stream out in chunks as each block is laid out: neither the document's
        // lines nor its text are ever held whole.
        var chunk: [UInt8] = []
        chunk.reserveCapacity(Self.chunkSize + 4096)
        try TextRenderer(options: chosen).forEachLines(of: document) { lines in
            for line in lines {
                Self.append(line, to: &chunk)
                if chunk.count >= Self.chunkSize {
                    output.write(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
        }
        output.write(chunk)
    }

    public func render(_ document: Document) throws -> String {
        var bytes: [UInt8] = []
        try forEachLines(of: document) { lines in
            for line in lines { Self.append(line, to: &bytes) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let chunkSize = 1 << 16

    /// The line's text without its trailing spaces, and LF.
    private static func append(_ line: TextLine, to bytes: inout [UInt8]) {
        let copied = line.withUTF8 { utf8 in
            var end = utf8.count
            while end > 0, utf8[end - 1] == 0x20 { end -= 1 }
            // A space after a non-ASCII scalar may belong to its cluster (a Prepend character
            // takes the character after it): only a space that is a character of its own goes.
            guard end == utf8.count || end == 0 || utf8[end - 1] < 0x80 else { return false }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[0..<end]))
            return true
        }
        if !copied { bytes.append(contentsOf: line.text.droppingTrailing(" ").utf8) }
        bytes.append(0x0A)
    }

    /// The document's output lines, before trailing spaces are dropped, handed to `body` a
    /// slide or a block at a time, in order.
    func forEachLines(of document: Document, _ body: ([TextLine]) -> Void) throws {
        try options.validate()
        let breaker = try LineBreaker(ambiguousWidth: options.ambiguousWidth)
        let frame = FrameCharacters(style: options.frame, ambiguous: options.ambiguousWidth)
        let layout = BlockLayout(breaker: breaker, ambiguous: options.ambiguousWidth, frame: frame)
        withoutActuallyEscaping(body) { body in
            var output = LineCounter(body)
            switch document.kind {
            case .slides: slides(document, layout: layout, width: options.width, into: &output)
            case .report: report(document, layout: layout, width: options.width, into: &output)
            }
        }
    }

    /// Passes lines on and remembers whether any were passed: what follows the first output
    /// is set off by a blank line.
    private struct LineCounter {
        let body: ([TextLine]) -> Void
        private(set) var isEmpty = true

        init(_ body: @escaping ([TextLine]) -> Void) { self.body = body }

        mutating func emit(_ lines: [TextLine]) {
            guard !lines.isEmpty else { return }
            isEmpty = false
            body(lines)
        }
    }

    // MARK: - Documents

    private func slides(_ document: Document, layout: BlockLayout, width: Int, into output: inout LineCounter) {
        let pageCount = document.blocks.reduce(0) { count, block in
            if case .slide = block { return count + 1 }
            return count
        }
        var page = 0
        var loose: [Block] = []
        func flushLoose() {
            guard !loose.isEmpty else { return }
            if !output.isEmpty { output.emit([.empty]) }
            output.emit(layout.lines(for: loose, width: width))
            loose = []
        }
        for block in document.blocks {
            guard case .slide(let slide) = block else {
                loose.append(block)
                continue
            }
            flushLoose()
            page += 1
            if !output.isEmpty { output.emit([.empty]) }
            let header = SlideLayout.Header(page: page, pageCount: pageCount, metadata: document.metadata)
            output.emit(SlideLayout(layout: layout).lines(for: slide, header: header, width: width))
        }
        flushLoose()
        output.emit(footnotes(document.footnotes, layout: layout, width: width, separated: !output.isEmpty))
    }

    private func report(_ document: Document, layout: BlockLayout, width: Int, into output: inout LineCounter) {
        output.emit(ReportHeader(layout: layout).lines(for: document, width: width))
        var first = true
        layout.forEachBlock(of: document.blocks, width: width) { lines in
            if first, !output.isEmpty { output.emit([.empty]) }
            first = false
            output.emit(lines)
        }
        output.emit(footnotes(document.footnotes, layout: layout, width: width, separated: !output.isEmpty))
    }

    /// `*1：text` with a hanging indent, under a short rule; bare markers print nothing.
    private func footnotes(_ definitions: [FootnoteDefinition], layout: BlockLayout, width: Int, separated: Bool) -> [TextLine] {
        let printed = definitions.compactMap { definition in
            definition.content.map { (label: definition.label, text: InlineText.plain($0)) }
        }
        guard !printed.isEmpty else { return [] }
        var output: [TextLine] = []
        if separated { output.append(.empty) }
        output.append(layout.frame.rule(width: layout.frame.frameWidth(atMost: min(20, width))))
        for footnote in printed {
            output += layout.hanging(prefix: footnote.label + "：", text: footnote.text, width: width)
        }
        return output
    }
}
