import ShiryoXML

/// The property markup a part wrote last, kept as recorded markup.
///
/// A document writes the same few `<w:pPr>`, `<w:rPr>`, `<w:tcPr>` and `<w:trPr>` for nearly
/// every paragraph, run, cell and row (a table cell's style and width, East Asian text's
/// font hint), and most runs are those properties around one `<w:t>`. These are made once,
/// with every check, and copied after that. A few entries of each kind cover the patterns
/// that alternate (a table's header and body cells, list items between paragraphs).
final class RecentPropertyMarkup {
    private var paragraphs = RecentMarkup<(properties: ParagraphProperties, mark: RunProperties?), XMLFragment>()
    private var runs = RecentMarkup<RunProperties, XMLFragment>()
    private var textRuns = RecentMarkup<RunProperties, XMLTextTemplate>()
    private var cells = RecentMarkup<CellProperties, XMLFragment>()
    private var rows = RecentMarkup<RowProperties, XMLFragment>()
    private let recorder = XMLFragmentRecorder(bindings: [.init(prefix: "w", uri: WordML.main)])

    /// `<w:pPr>` for `properties` and the paragraph mark's run properties `mark`, recorded
    /// with `make` if it is not among the recent ones.
    func paragraph(
        _ properties: ParagraphProperties, mark: RunProperties?, styleIDs: StyleIDMap, make: (WordWriter) throws -> Void
    ) throws -> XMLFragment {
        if let kept = paragraphs.first(where: { $0.properties == properties && $0.mark == mark }) { return kept }
        let fragment = try record(styleIDs, make)
        paragraphs.keep(fragment, for: (properties, mark))
        return fragment
    }

    /// `<w:rPr>` for `properties`, recorded with `make` if it is not among the recent ones.
    func run(_ properties: RunProperties, styleIDs: StyleIDMap, make: (WordWriter) throws -> Void) throws -> XMLFragment {
        if let kept = runs.first(where: { $0 == properties }) { return kept }
        let fragment = try record(styleIDs, make)
        runs.keep(fragment, for: properties)
        return fragment
    }

    /// `<w:r>` with `properties` around one text, recorded with `make` (which writes the text
    /// it is given) if it is not among the recent ones.
    func textRun(
        _ properties: RunProperties, styleIDs: StyleIDMap, make: (WordWriter, String) throws -> Void
    ) throws -> XMLTextTemplate {
        if let kept = textRuns.first(where: { $0 == properties }) { return kept }
        let template = try recorder.recordTemplate { xml, text in try make(WordWriter(xml, styleIDs: styleIDs), text) }
        textRuns.keep(template, for: properties)
        return template
    }

    /// `<w:tcPr>` for `properties`, recorded with `make` if it is not among the recent ones.
    func cell(_ properties: CellProperties, styleIDs: StyleIDMap, make: (WordWriter) throws -> Void) throws -> XMLFragment {
        if let kept = cells.first(where: { $0 == properties }) { return kept }
        let fragment = try record(styleIDs, make)
        cells.keep(fragment, for: properties)
        return fragment
    }

    /// `<w:trPr>` for `properties`, recorded with `make` if it is not among the recent ones.
    func row(_ properties: RowProperties, styleIDs: StyleIDMap, make: (WordWriter) throws -> Void) throws -> XMLFragment {
        if let kept = rows.first(where: { $0 == properties }) { return kept }
        let fragment = try record(styleIDs, make)
        rows.keep(fragment, for: properties)
        return fragment
    }

    private func record(_ styleIDs: StyleIDMap, _ make: (WordWriter) throws -> Void) throws -> XMLFragment {
        try recorder.record { xml in try make(WordWriter(xml, styleIDs: styleIDs)) }
    }
}

/// The last few markups kept for one kind of key; once all places are taken, the oldest
/// makes way for a new one.
///
/// Keys are compared where they lie, read through a pointer: a lookup that copied a key of a
/// dozen strings (as iterating an array, or building a tuple to compare, does) cost nearly
/// what the recorded markup saves.
struct RecentMarkup<Key, Markup> {
    private static var capacity: Int { 8 }
    /// Side by side: `markups[i]` was recorded for `keys[i]`.
    private var keys: [Key] = []
    private var markups: [Markup] = []
    /// The place the next key takes once all are taken.
    private var next = 0

    /// The markup kept for the first key `matches` accepts, if any.
    func first(where matches: (Key) -> Bool) -> Markup? {
        keys.withUnsafeBufferPointer { keys -> Markup? in
            guard let base = keys.baseAddress else { return nil }
            for index in 0..<keys.count where matches((base + index).pointee) { return markups[index] }
            return nil
        }
    }

    mutating func keep(_ markup: Markup, for key: Key) {
        guard keys.count == Self.capacity else {
            keys.append(key)
            markups.append(markup)
            return
        }
        keys[next] = key
        markups[next] = markup
        next = (next + 1) % Self.capacity
    }
}
