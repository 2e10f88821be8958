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
/// Linear in the length of the text. One breaker serves one thread at a time: it keeps its
/// working arrays from one text to the next.
public struct LineBreaker {
    public let ambiguousWidth: AmbiguousWidth
    private let icu: ICULineBreakIterator
    private let workspace = Workspace()
    /// False only in tests: every text is then taken apart through `Character`.
    let scalarShortcut: Bool

    /// Throws when the system ICU cannot give a line break iterator.
    public init(ambiguousWidth: AmbiguousWidth = .narrow) throws(TextRenderError) {
        try self.init(ambiguousWidth: ambiguousWidth, scalarShortcut: true)
    }

    init(ambiguousWidth: AmbiguousWidth, scalarShortcut: Bool) throws(TextRenderError) {
        self.ambiguousWidth = ambiguousWidth
        self.icu = try ICULineBreakIterator()
        self.scalarShortcut = scalarShortcut
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
        withScanned(text) { state, bytes in
            var result: [Int] = []
            state.scan.forEachParagraph { range in
                breakOpportunities(&state, range, bytes)
                for index in range where state.allowed[index - range.lowerBound] { result.append(index) }
            }
            return result
        }
    }

    /// The lines with their display widths.
    func wrappedLines(_ text: String, width: Int) -> [TextLine] {
        let width = max(width, 1)
        if scalarShortcut, let line = Self.fittingLine(text, width: width, ambiguous: ambiguousWidth) { return [line] }
        return withScanned(text) { state, bytes in
            if let line = singleLine(text, state.scan, bytes, width: width) { return [line] }
            var lines: [TextLine] = []
            state.scan.forEachParagraph { range in
                wrapParagraph(&state, range, bytes, width: width, into: &lines)
            }
            return lines
        }
    }

    /// Runs `body` with the working arrays, `text` scanned into them, and its UTF-8.
    private func withScanned<Result>(
        _ text: String, _ body: (inout WrapState, UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        // The arrays are moved out of the workspace while in use, so that they are uniquely
        // referenced (mutated in place) and not reached through a class on every access.
        var state = WrapState()
        swap(&state, &workspace.state)
        defer { swap(&state, &workspace.state) }
        func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
            state.scan.scan(text, bytes: bytes, ambiguous: ambiguousWidth, shortcut: scalarShortcut)
            return body(&state, bytes)
        }
        if let result = text.utf8.withContiguousStorageIfAvailable(run) { return result }
        // A bridged string without contiguous UTF-8.
        return Array(text.utf8).withUnsafeBufferPointer(run)
    }

    /// The text as its one line, when it has no hard break and fits as it is (its trailing
    /// spaces dropped): what filling gives then, without taking it apart. Most table cells
    /// and list items are such texts.
    private func singleLine(_ text: String, _ scan: ClusterScan, _ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> TextLine? {
        guard !scan.hasNewline else { return nil }
        var end = scan.count
        while end > 0, scan.isSpace[end - 1] { end -= 1 }
        let columns = scan.totalWidth - (scan.count - end)
        guard columns <= width else { return nil }
        return TextLine(text: end == scan.count ? text : Self.string(bytes, 0, scan.starts[end]), width: columns)
    }

    /// What `singleLine` gives for a text made of `SingleScalarClusters`, found in one pass
    /// over its bytes without filling the working arrays, and given up as soon as the text
    /// turns out to need them (a hard break, another cluster, or more than `width` columns).
    /// Most table cells are such texts.
    private static func fittingLine(_ text: String, width: Int, ambiguous: AmbiguousWidth) -> TextLine? {
        let fit = text.utf8.withContiguousStorageIfAvailable { bytes -> (byteCount: Int, width: Int)? in
            var offset = 0
            var columns = 0
            // Up to the last character that is not a space: trailing spaces are dropped.
            var visible = (byteCount: 0, width: 0)
            while offset < bytes.count {
                let (value, length) = UTF8Scalar.decode(bytes, at: offset)
                guard SingleScalarClusters.contains(value), !(value >= 0x0A && value <= 0x0D) else { return nil }
                columns += DisplayWidth.of(scalarValue: value, ambiguous: ambiguous)
                offset += length
                if value != 0x20 {
                    visible = (offset, columns)
                    if columns > width { return nil }
                }
            }
            return visible
        }
        guard let fit, let fit else { return nil }
        let line = fit.byteCount == text.utf8.count ? text : String(decoding: text.utf8.prefix(fit.byteCount), as: UTF8.self)
        return TextLine(text: line, width: fit.width)
    }

    /// The bytes `from..<to` as a string.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    // MARK: - Break opportunities

    /// Sets `state.allowed[i]` to whether a line may start before cluster
    /// `range.lowerBound + i`; never at the start of the range.
    private func breakOpportunities(_ state: inout WrapState, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
        var allowed = state.takeAllowed()
        defer { state.allowed = allowed }
        allowed.append(contentsOf: repeatElement(false, count: range.count))
        guard range.count > 1 else { return }
        // ICU reads UTF-16; starts[i] is where cluster range.lowerBound + i starts in it.
        var utf16 = state.takeUTF16()
        var starts = state.takeUTF16Starts()
        defer {
            state.utf16 = utf16
            state.utf16Starts = starts
        }
        state.scan.appendUTF16(of: range, bytes, to: &utf16, starts: &starts)
        let firstScalars = state.scan.firstScalars
        let base = range.lowerBound
        var cursor = 0
        icu.forEachBreak(in: utf16) { offset in
            // Both sequences increase: walk the cluster starts along the ICU offsets and
            // ignore an offset inside a grapheme cluster.
            while cursor < starts.count, starts[cursor] < offset { cursor += 1 }
            guard cursor < starts.count, starts[cursor] == offset, cursor > 0 else { return }
            allowed[cursor] = JapaneseLineBreakRules.allowsBreak(
                betweenScalars: firstScalars[base + cursor - 1], and: firstScalars[base + cursor])
        }
    }

    // MARK: - Filling

    private func wrapParagraph(
        _ state: inout WrapState, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, width: Int,
        into lines: inout [TextLine]
    ) {
        let base = range.lowerBound
        let count = range.count
        guard count > 0 else {
            lines.append(TextLine(text: "", width: 0))
            return
        }
        breakOpportunities(&state, range, bytes)
        let allowed = state.allowed
        let scan = state.scan
        // prefix[i]: the width of the first i clusters of the paragraph.
        var prefix = state.takePrefix()
        defer { state.prefix = prefix }
        prefix.append(0)
        for offset in 0..<count { prefix.append(prefix[offset] + scan.widths[base + offset]) }
        func columns(_ from: Int, _ to: Int) -> Int { prefix[to] - prefix[from] }
        func isSpace(_ offset: Int) -> Bool { scan.isSpace[base + offset] }
        func emit(_ from: Int, _ to: Int) {
            var end = to
            while end > from, isSpace(end - 1) { end -= 1 }
            lines.append(TextLine(text: Self.string(bytes, scan.starts[base + from], scan.starts[base + end]), width: columns(from, end)))
        }

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
                    isSpace: isSpace, firstScalarAt: { scan.firstScalars[base + $0] })
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
        isSpace: (Int) -> Bool, firstScalarAt: (Int) -> UInt32
    ) -> Int {
        // The line ends with the last cluster before the cut that is not a space.
        func lastCut(after lineStart: Int, upTo fit: Int, _ allowed: (UInt32, UInt32) -> Bool) -> Int? {
            var cut = fit
            while cut > lineStart {
                if !isSpace(cut) {
                    var last = cut - 1
                    while last > lineStart, isSpace(last) { last -= 1 }
                    if allowed(firstScalarAt(last), firstScalarAt(cut)) { return cut }
                }
                cut -= 1
            }
            return nil
        }
        var lineStart = start
        while columns(lineStart, end) > width {
            // The longest prefix that fits, at least one cluster.
            var fit = lineStart + 1
            while fit < end, columns(lineStart, fit + 1) <= width { fit += 1 }
            // (A single cluster wider than the line takes a line of its own.)
            var cut = fit >= end ? end
                : lastCut(after: lineStart, upTo: fit, JapaneseLineBreakRules.allowsBreak(betweenScalars:and:))
                ?? lastCut(after: lineStart, upTo: fit, JapaneseLineBreakRules.keepsProhibitions(betweenScalars:and:))
                ?? fit
            emit(lineStart, cut)
            while cut < end, isSpace(cut) { cut += 1 }
            lineStart = cut
        }
        return lineStart
    }
}

/// The working arrays of a breaker, kept from one text to the next.
struct WrapState {
    var scan = ClusterScan()
    var allowed: [Bool] = []
    var utf16: [UInt16] = []
    var utf16Starts: [Int] = []
    var prefix: [Int] = []

    // Each hands over its array emptied (its capacity kept) and uniquely referenced.
    mutating func takeAllowed() -> [Bool] { Self.take(&allowed) }
    mutating func takeUTF16() -> [UInt16] { Self.take(&utf16) }
    mutating func takeUTF16Starts() -> [Int] { Self.take(&utf16Starts) }
    mutating func takePrefix() -> [Int] { Self.take(&prefix) }

    private static func take<Element>(_ array: inout [Element]) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &array)
        taken.removeAll(keepingCapacity: true)
        return taken
    }
}

/// Where a breaker keeps its `WrapState` between texts.
private final class Workspace {
    var state = WrapState()
}
