/// Wraps text into lines of at most a given display width, the Japanese way.
///
/// A line may end only where UAX #14 (ICU, `ja@lb=strict`) *and* the genre's rules
/// (`JapaneseLineBreakRules`: kinsoku, unbroken Latin words and numbers) both allow it. Lines
/// are filled greedily: each takes as many break-to-break segments as fit. Nothing is inserted:
/// joining the lines gives back the text, except that spaces (U+0020) at the end of a line
/// are dropped there, so a break in Latin text stands for the space it replaced. A segment
/// wider than the line (a long URL, a run of prohibited characters) is split where it must,
/// at the last point that still keeps the prohibitions, if there is one.
///
/// Characters that `Character.isNewline` accepts are hard line breaks. Widths are measured
/// per grapheme cluster with `DisplayWidth`, so a cluster is never split.
///
/// Linear in the length of the text. One breaker serves one thread at a time.
public struct LineBreaker {
    public let ambiguousWidth: AmbiguousWidth
    private let icu: ICULineBreakIterator

    /// Throws when the system ICU cannot give a line break iterator.
    public init(ambiguousWidth: AmbiguousWidth = .narrow) throws(TextRenderError) {
        self.ambiguousWidth = ambiguousWidth
        self.icu = try ICULineBreakIterator()
    }

    /// The version of the ICU library the breaker uses and of its Unicode data.
    public static var icuVersions: (icu: String, unicode: String) { ICULineBreakIterator.versions }

    /// The lines of `text` at most `width` columns wide (a single character wider than
    /// `width` still gets a line of its own). Always at least one line.
    public func wrap(_ text: String, width: Int) -> [String] {
        wrappedLines(text, width: width).map(\.text)
    }

    /// The offsets (in `Character`s, counted from the start of `text`) before which a line may
    /// start, hard breaks excluded.
    public func breakOpportunities(in text: String) -> [Int] {
        let scanned = ScannedText(text)
        var result: [Int] = []
        scanned.forEachParagraph { range in
            let allowed = breakOpportunities(scanned, range)
            for index in range where allowed[index - range.lowerBound] { result.append(index) }
        }
        return result
    }

    /// The lines with their display widths.
    func wrappedLines(_ text: String, width: Int) -> [TextLine] {
        if let line = singleLine(text, width: max(width, 1)) { return [line] }
        let scanned = ScannedText(text)
        var lines: [TextLine] = []
        scanned.forEachParagraph { range in
            wrapParagraph(scanned, range, width: max(width, 1), into: &lines)
        }
        return lines
    }

    /// The text as its one line, when it has no hard break and fits as it is (its trailing
    /// spaces dropped): what filling gives then, without taking it apart. Most table cells
    /// and list items are such texts.
    private func singleLine(_ text: String, width: Int) -> TextLine? {
        var columns = 0
        var trailingSpaces = 0
        for character in text {
            let first = character.unicodeScalars.first?.value ?? 0
            if first < 0x80 {
                if (0x0A...0x0D).contains(first) { return nil }
                if first == 0x20, character.utf8.count == 1 {
                    trailingSpaces += 1
                    columns += 1
                    continue
                }
            } else if character.isNewline {
                return nil
            }
            trailingSpaces = 0
            columns += DisplayWidth.of(character, ambiguous: ambiguousWidth)
            if columns > width { return nil }
        }
        guard trailingSpaces > 0 else { return TextLine(text: text, width: columns) }
        return TextLine(text: String(text.utf8.dropLast(trailingSpaces)) ?? text, width: columns - trailingSpaces)
    }

    // MARK: - Break opportunities

    /// `allowed[i]` tells whether a line may start before character `range.lowerBound + i`;
    /// never at the start of the range.
    private func breakOpportunities(_ scanned: ScannedText, _ range: Range<Int>) -> [Bool] {
        var allowed = [Bool](repeating: false, count: range.count)
        guard range.count > 1 else { return allowed }
        let characters = scanned.characters
        var utf16: [UInt16] = []
        utf16.reserveCapacity(range.count)
        var starts: [Int] = []
        starts.reserveCapacity(range.count)
        for index in range {
            starts.append(utf16.count)
            utf16.append(contentsOf: characters[index].utf16)
        }
        var cursor = 0
        icu.forEachBreak(in: utf16) { offset in
            // Both sequences increase: walk the character starts along the ICU offsets and
            // ignore an offset inside a grapheme cluster.
            while cursor < starts.count, starts[cursor] < offset { cursor += 1 }
            guard cursor < starts.count, starts[cursor] == offset, cursor > 0 else { return }
            let before = characters[range.lowerBound + cursor - 1]
            let after = characters[range.lowerBound + cursor]
            allowed[cursor] = JapaneseLineBreakRules.allowsBreak(between: before, and: after)
        }
        return allowed
    }

    // MARK: - Filling

    private func wrapParagraph(_ scanned: ScannedText, _ range: Range<Int>, width: Int, into lines: inout [TextLine]) {
        let base = range.lowerBound
        let count = range.count
        guard count > 0 else {
            lines.append(TextLine(text: "", width: 0))
            return
        }
        // prefix[i]: the width of the first i characters of the paragraph.
        var prefix = [Int](repeating: 0, count: count + 1)
        for offset in 0..<count {
            prefix[offset + 1] = prefix[offset] + DisplayWidth.of(scanned.characters[base + offset], ambiguous: ambiguousWidth)
        }
        func columns(_ from: Int, _ to: Int) -> Int { prefix[to] - prefix[from] }
        func isSpace(_ offset: Int) -> Bool { scanned.isSpace[base + offset] }
        func emit(_ from: Int, _ to: Int) {
            var end = to
            while end > from, isSpace(end - 1) { end -= 1 }
            lines.append(TextLine(text: scanned.text(base + from, base + end), width: columns(from, end)))
        }

        let allowed = breakOpportunities(scanned, range)
        var lineStart = 0
        var segmentStart = 0
        while segmentStart < count {
            var segmentEnd = segmentStart + 1
            while segmentEnd < count, !allowed[segmentEnd] { segmentEnd += 1 }
            var visibleEnd = segmentEnd
            while visibleEnd > segmentStart, isSpace(visibleEnd - 1) { visibleEnd -= 1 }

            if lineStart < segmentStart, columns(lineStart, visibleEnd) > width {
                emit(lineStart, segmentStart)
                lineStart = segmentStart
            }
            if lineStart == segmentStart, columns(segmentStart, visibleEnd) > width {
                lineStart = splitOverlong(
                    from: segmentStart, to: visibleEnd, width: width, columns: columns, emit: emit,
                    isSpace: isSpace, characterAt: { scanned.characters[base + $0] })
            }
            segmentStart = segmentEnd
        }
        emit(lineStart, count)
    }

    /// Emits full lines out of a segment wider than the line and returns where its last,
    /// partial line starts. Each line is cut at the last point that fits and keeps, in this
    /// order of preference: all the genre's rules; the line-start and line-end prohibitions
    /// (splitting a Latin word rather than starting a line with 。); nothing. A cut never
    /// leaves a space at the start of the next line (spaces before it are dropped).
    private func splitOverlong(
        from start: Int, to end: Int, width: Int,
        columns: (Int, Int) -> Int, emit: (Int, Int) -> Void,
        isSpace: (Int) -> Bool, characterAt: (Int) -> Character
    ) -> Int {
        // The line ends with the last character before the cut that is not a space.
        func lastCut(after lineStart: Int, upTo fit: Int, _ allowed: (Character, Character) -> Bool) -> Int? {
            var cut = fit
            while cut > lineStart {
                if !isSpace(cut) {
                    var last = cut - 1
                    while last > lineStart, isSpace(last) { last -= 1 }
                    if allowed(characterAt(last), characterAt(cut)) { return cut }
                }
                cut -= 1
            }
            return nil
        }
        var lineStart = start
        while columns(lineStart, end) > width {
            // The longest prefix that fits, at least one character.
            var fit = lineStart + 1
            while fit < end, columns(lineStart, fit + 1) <= width { fit += 1 }
            // (A single character wider than the line takes a line of its own.)
            var cut = fit >= end ? end
                : lastCut(after: lineStart, upTo: fit, JapaneseLineBreakRules.allowsBreak)
                ?? lastCut(after: lineStart, upTo: fit, JapaneseLineBreakRules.keepsProhibitions)
                ?? fit
            emit(lineStart, cut)
            while cut < end, isSpace(cut) { cut += 1 }
            lineStart = cut
        }
        return lineStart
    }
}

/// A text taken apart once into grapheme clusters, with where each starts in the string (so
/// that a line is cut out of the string, not rebuilt character by character) and which are
/// spaces and hard breaks.
private struct ScannedText {
    let text: String
    private(set) var characters: [Character] = []
    private(set) var isSpace: [Bool] = []
    private(set) var isNewline: [Bool] = []
    /// The start of every character, then the end of the text.
    private var boundaries: [String.Index] = []

    init(_ text: String) {
        self.text = text
        let estimate = text.utf8.count / 2
        characters.reserveCapacity(estimate)
        isSpace.reserveCapacity(estimate)
        isNewline.reserveCapacity(estimate)
        boundaries.reserveCapacity(estimate + 1)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            boundaries.append(index)
            characters.append(character)
            // (`Character.asciiValue` would compare every character with CR LF.)
            let first = character.unicodeScalars.first?.value ?? 0
            if first < 0x80 {
                isSpace.append(first == 0x20 && character.utf8.count == 1)
                isNewline.append((0x0A...0x0D).contains(first))  // LF VT FF CR, and CR LF
            } else {
                isSpace.append(false)
                isNewline.append(character.isNewline)
            }
            index = text.index(after: index)
        }
        boundaries.append(text.endIndex)
    }

    /// The characters `from..<to` as a string.
    func text(_ from: Int, _ to: Int) -> String {
        String(text[boundaries[from]..<boundaries[to]])
    }

    /// Calls `body` with the range of each paragraph (text between hard breaks).
    func forEachParagraph(_ body: (Range<Int>) -> Void) {
        var start = 0
        for index in characters.indices where isNewline[index] {
            body(start..<index)
            start = index + 1
        }
        body(start..<characters.count)
    }
}
