import ShiryoModel

/// Turns the model's footnote references into Word footnotes, or into printed marks.
///
/// In a report, each definition becomes one real footnote at its first reference. When its
/// label is the next in the series *1, *2 … it is an ordinary auto-numbered footnote,
/// which Word renumbers as officials edit and LibreOffice shows correctly; otherwise it
/// keeps its label as a custom mark (`w:customMarkFollows`). Later references print the
/// mark only, like a cross reference to the note.
///
/// On slides the notes are printed as text at the foot of the slide (see `SlideLayout`):
/// their marks restart at *1 on every slide, which needs custom marks, and LibreOffice
/// (7.4) prints every custom mark after the first one twice.
struct FootnoteRegistry {
    struct Note {
        var id: Int
        var label: String
        var content: [Inline]
        /// Printed with its own label rather than Word's running number.
        var customMark: Bool
    }

    enum Use {
        /// Write a `w:footnoteReference` to this note.
        case footnote(Note)
        /// Print the label alone.
        case markOnly
    }

    private(set) var notes: [Note] = []
    private var definitions = FootnoteScope([])
    private var scope = 0
    private var placesNotes = true
    private var placed: Set<String> = []
    private var autoNumbered = 0

    /// Starts a new scope: the report's running text, or a slide (the model's
    /// `FootnoteScope` says which definitions a reference there points to).
    mutating func enter(_ footnotes: FootnoteScope, placesNotes: Bool = true) {
        scope += 1
        self.placesNotes = placesNotes
        definitions = footnotes
    }

    mutating func use(_ reference: FootnoteReference) -> Use {
        guard placesNotes, let definition = definitions.definition(for: reference.id), let content = definition.content else {
            return .markOnly
        }
        guard placed.insert(key(reference.id)).inserted else { return .markOnly }
        let next = autoNumbered + 1
        let customMark = reference.label != "*\(next)" && reference.label != "\(next)"
        if !customMark { autoNumbered = next }
        // Ids -1 and 0 are the separators.
        let note = Note(id: notes.count + 1, label: reference.label, content: content, customMark: customMark)
        notes.append(note)
        return .footnote(note)
    }

    /// Definitions with content that no reference in the current scope placed: printed as
    /// text so that no note is lost (on slides, all of them).
    func unplaced(_ candidates: [FootnoteDefinition]) -> [FootnoteDefinition] {
        candidates.filter { $0.content != nil && !placed.contains(key($0.id)) }
    }

    private func key(_ id: String) -> String { "\(scope)\u{1F}\(id)" }
}
