import ShiryoXML

/// The property elements a part wrote last, kept as recorded markup.
///
/// A document writes the same few `<w:pPr>` and `<w:rPr>` for nearly every paragraph and run
/// (a table cell's style, East Asian text's font hint), so these are made once, with every
/// check, and copied after that. A few entries of each kind cover the patterns that alternate
/// (a table's header and body cells, list items between paragraphs); the oldest entry makes
/// way for a new one.
///
/// The properties are compared where they lie, in arrays of their own type read through
/// pointers: a lookup that copied a struct of a dozen strings (as iterating, or a tuple
/// key, does) cost nearly what the checks it saves.
final class RecentPropertyMarkup {
    private static let capacity = 8
    private var paragraphs: [ParagraphProperties] = []
    private var marks: [RunProperties?] = []
    private var paragraphSlots = Slots()
    private var runs: [RunProperties] = []
    private var runSlots = Slots()
    private let recorder = XMLFragmentRecorder(bindings: [.init(prefix: "w", uri: WordML.main)])

    /// The fragments of one kind, and which entry a new one replaces once all are taken.
    private struct Slots {
        var fragments: [XMLFragment] = []
        private var next = 0

        /// Where a new entry goes: `fragments.count` (append) until the capacity is reached,
        /// then the oldest entry's index.
        mutating func insert(_ fragment: XMLFragment) -> Int {
            guard fragments.count == RecentPropertyMarkup.capacity else {
                fragments.append(fragment)
                return fragments.count - 1
            }
            let slot = next
            fragments[slot] = fragment
            next = (next + 1) % RecentPropertyMarkup.capacity
            return slot
        }
    }

    /// `<w:pPr>` for `properties` and the paragraph mark's run properties `mark`, recorded
    /// with `make` if it is not among the recent ones.
    func paragraph(
        _ properties: ParagraphProperties, mark: RunProperties?, styleIDs: StyleIDMap, make: (WordWriter) throws -> Void
    ) throws -> XMLFragment {
        let hit = paragraphs.withUnsafeBufferPointer { paragraphs in
            marks.withUnsafeBufferPointer { marks -> Int? in
                guard let paragraph = paragraphs.baseAddress, let paragraphMark = marks.baseAddress else { return nil }
                for index in 0..<paragraphs.count
                where (paragraph + index).pointee == properties && (paragraphMark + index).pointee == mark {
                    return index
                }
                return nil
            }
        }
        if let hit { return paragraphSlots.fragments[hit] }
        let fragment = try record(styleIDs, make)
        let slot = paragraphSlots.insert(fragment)
        if slot == paragraphs.count {
            paragraphs.append(properties)
            marks.append(mark)
        } else {
            paragraphs[slot] = properties
            marks[slot] = mark
        }
        return fragment
    }

    /// `<w:rPr>` for `properties`, recorded with `make` if it is not among the recent ones.
    func run(_ properties: RunProperties, styleIDs: StyleIDMap, make: (WordWriter) throws -> Void) throws -> XMLFragment {
        let hit = runs.withUnsafeBufferPointer { runs -> Int? in
            guard let run = runs.baseAddress else { return nil }
            for index in 0..<runs.count where (run + index).pointee == properties { return index }
            return nil
        }
        if let hit { return runSlots.fragments[hit] }
        let fragment = try record(styleIDs, make)
        let slot = runSlots.insert(fragment)
        if slot == runs.count { runs.append(properties) } else { runs[slot] = properties }
        return fragment
    }

    private func record(_ styleIDs: StyleIDMap, _ make: (WordWriter) throws -> Void) throws -> XMLFragment {
        try recorder.record { xml in try make(WordWriter(xml, styleIDs: styleIDs)) }
    }
}
