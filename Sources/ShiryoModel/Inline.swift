/// Running text inside a block.
public enum Inline: Sendable, Equatable {
    /// Plain text.
    case text(String)
    /// Text printed in bold (`**…**` in the data).
    case strong([Inline])
    /// Emphasised text.
    case emphasis([Inline])
    /// A reference to a footnote of the enclosing slide or document.
    case footnoteReference(FootnoteReference)
    /// A reference to another place, in this document or in a companion one.
    case crossReference(CrossReference)
    /// A line break within the block.
    case lineBreak
}

/// A footnote reference: the label printed in the text (*1) and the footnote it points to.
public struct FootnoteReference: Sendable, Equatable, Codable {
    /// The id of a `FootnoteDefinition` of the enclosing slide or document.
    public var id: String
    /// What the reference prints, e.g. `*1`.
    public var label: String

    /// A reference to the footnote `id`, printed as `label`.
    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// A link to a place in this document or in a companion one (資料1-2).
public struct CrossReference: Sendable, Equatable, Codable {
    /// The target: `documentIdentifier` alone for a whole document, or with `anchor`.
    ///
    /// It is a `Metadata.identifier` (`summary`, `detail`); `nil` means this document.
    public var documentIdentifier: String?
    /// The ``Heading/anchor`` or ``Slide/anchor`` of the target, or `nil` for the whole
    /// document.
    public var anchor: String?
    /// What the reference prints, e.g. 資料1-2.
    public var content: [Inline]

    /// A reference to `anchor` of the document `documentIdentifier`, printed as `content`.
    public init(documentIdentifier: String? = nil, anchor: String? = nil, content: [Inline]) {
        self.documentIdentifier = documentIdentifier
        self.anchor = anchor
        self.content = content
    }
}

extension Inline {
    /// The text a reader sees, with markup dropped and references printed as their labels.
    public var plainText: String {
        switch self {
        case .text(let text): text
        case .strong(let content), .emphasis(let content): content.plainText
        case .footnoteReference(let reference): reference.label
        case .crossReference(let reference): reference.content.plainText
        case .lineBreak: "\n"
        }
    }
}

extension Array where Element == Inline {
    /// The text a reader sees of these inlines, joined without separators.
    public var plainText: String { map(\.plainText).joined() }
}
