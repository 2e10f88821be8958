/// Running text inside a block.
public enum Inline: Sendable, Equatable {
    case text(String)
    case strong([Inline])
    case emphasis([Inline])
    /// A reference to a footnote of the enclosing slide or document.
    case footnoteReference(FootnoteReference)
    /// A reference to another place, in this document or in a companion one.
    case crossReference(CrossReference)
    case lineBreak
}

public struct FootnoteReference: Sendable, Equatable, Codable {
    /// The id of a `FootnoteDefinition` of the enclosing slide or document.
    public var id: String
    /// What the reference prints, e.g. `*1`.
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

public struct CrossReference: Sendable, Equatable, Codable {
    /// The target: `documentIdentifier` alone for a whole document, or with `anchor`.
    public var documentIdentifier: String?
    public var anchor: String?
    /// What the reference prints, e.g. 資料1-2.
    public var content: [Inline]

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
    public var plainText: String { map(\.plainText).joined() }
}
