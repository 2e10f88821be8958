import ShiryoXML

/// The property markup a part wrote last, kept as recorded markup.
///
/// A document writes the same few `<w:pPr>`, `<w:rPr>`, `<w:tcPr>` and `<w:trPr>` for nearly
/// every paragraph, run, cell and row (a table cell's style and width, East Asian text's
/// font hint), and most runs are those properties around one `<w:t>`. These are made once,
/// with every check, and copied after that. A few entries of each kind cover the patterns
/// that alternate (a table's header and body cells, list items between paragraphs).
final class RecentPropertyMarkup {
    private var paragraphs = RecentMarkup<ParagraphKey, XMLFragment>()
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
        try paragraphs.markup(for: ParagraphKey(properties: properties, mark: mark)) { try record(styleIDs, make) }
    }

    /// `<w:rPr>` for `properties`, recorded with `make` if it is not among the recent ones.
    func run(_ properties: RunProperties, styleIDs: StyleIDMap, make: (WordWriter) throws -> Void) throws -> XMLFragment {
        try runs.markup(for: properties) { try record(styleIDs, make) }
    }

    /// `<w:r>` with `properties` around one text, recorded with `make` (which writes the text
    /// it is given) if it is not among the recent ones.
    func textRun(
        _ properties: RunProperties, styleIDs: StyleIDMap, make: (WordWriter, String) throws -> Void
    ) throws -> XMLTextTemplate {
        try textRuns.markup(for: properties) {
            try recorder.recordTemplate { xml, text in try make(WordWriter(xml, styleIDs: styleIDs), text) }
        }
    }

    /// `<w:tcPr>` for `properties`, recorded with `make` if it is not among the recent ones.
    func cell(_ properties: CellProperties, styleIDs: StyleIDMap, make: (WordWriter) throws -> Void) throws -> XMLFragment {
        try cells.markup(for: properties) { try record(styleIDs, make) }
    }

    /// `<w:trPr>` for `properties`, recorded with `make` if it is not among the recent ones.
    func row(_ properties: RowProperties, styleIDs: StyleIDMap, make: (WordWriter) throws -> Void) throws -> XMLFragment {
        try rows.markup(for: properties) { try record(styleIDs, make) }
    }

    private func record(_ styleIDs: StyleIDMap, _ make: (WordWriter) throws -> Void) throws -> XMLFragment {
        try recorder.record { xml in try make(WordWriter(xml, styleIDs: styleIDs)) }
    }
}

/// A paragraph's properties and its mark's run properties, looked up together.
struct ParagraphKey: Hashable {
    var properties: ParagraphProperties
    var mark: RunProperties?
}

/// The last few markups kept for one kind of key; once all places are taken, the oldest
/// makes way for a new one.
///
/// Each key is kept with its hash, and a key is compared only where the hashes agree: keys
/// of a dozen strings cost more to compare (Swift copies a key read from an array to compare
/// it) than to hash, and most lookups would compare several.
struct RecentMarkup<Key: Hashable, Markup> {
    static var capacity: Int { 16 }
    /// Side by side: `markups[i]` was recorded for `keys[i]`, whose hash is `hashes[i]`.
    private var hashes: [Int] = []
    private var keys: [Key] = []
    private var markups: [Markup] = []
    /// The place the next key takes once all are taken.
    private var next = 0

    /// The markup kept for `key`, or else the one `make` records, kept from then on.
    mutating func markup(for key: Key, recording make: () throws -> Markup) rethrows -> Markup {
        let hash = key.hashValue
        for index in hashes.indices where hashes[index] == hash && keys[index] == key { return markups[index] }
        let markup = try make()
        guard keys.count == Self.capacity else {
            hashes.append(hash)
            keys.append(key)
            markups.append(markup)
            return markup
        }
        hashes[next] = hash
        keys[next] = key
        markups[next] = markup
        next = (next + 1) % Self.capacity
        return markup
    }
}
