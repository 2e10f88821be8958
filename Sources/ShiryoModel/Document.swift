/// A format-neutral document: what every renderer receives.
///
/// Like pandoc's AST, the model is small and closed: metadata, blocks and inlines. The
/// assemblers build it from domain data; renderers turn it into bytes and know nothing of
/// the domain. Everything is a value type so a document can be shared across tasks and
/// compared in tests.
public struct Document: Sendable, Equatable, Codable {
    /// The version of the JSON form of this model. Bump it when a change to the model
    /// would make an external tool misread older or newer JSON.
    public static let schemaVersion = 1

    /// Which of the two documents this is, and so how its blocks are laid out.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// A slide deck (概要): the top-level blocks are `.slide`s, one per page.
        case slides
        /// A running report (詳細): headings, paragraphs and tables in reading order.
        case report
    }

    /// A slide deck (概要) or a running report (詳細).
    public var kind: Kind
    /// The title, number, date and identifier of the document.
    public var metadata: Metadata
    /// The content, in reading order: one ``Block/slide(_:)`` per page for ``Kind-swift.enum/slides``.
    public var blocks: [Block]
    /// Footnotes of a report, numbered through the whole document. Slides carry their own.
    public var footnotes: [FootnoteDefinition]

    /// A document of `kind` with its metadata, blocks and (for a report) footnotes.
    public init(kind: Kind, metadata: Metadata, blocks: [Block], footnotes: [FootnoteDefinition] = []) {
        self.kind = kind
        self.metadata = metadata
        self.blocks = blocks
        self.footnotes = footnotes
    }
}

/// What title pages, running headers and document properties show.
public struct Metadata: Sendable, Equatable, Codable {
    /// The document title, e.g. 「…」に基づく施策のフォローアップ（概要）.
    public var title: String
    /// A line printed under the title, if any.
    public var subtitle: String?
    /// The issuing office (内閣感染症危機管理統括庁), as printed on title pages.
    public var issuer: String?
    /// The document number printed in the top corner, e.g. 資料1-1.
    public var documentNumber: String?
    /// The issue date as printed (令和8年3月30日, or a draft placeholder 令和8年〇月〇日).
    public var dateText: String?
    /// The as-of sentence (本資料は、令和7年3月31日時点のものである。).
    public var asOfText: String?
    /// BCP 47 language tag of the content.
    public var language: String
    /// An identifier for the document, stable across runs (used for cross references):
    /// `summary` for the 概要, `detail` for the 詳細.
    public var identifier: String
    /// What the document is about, for document properties (a PDF's or a DOCX's subject):
    /// the plan followed up and the fiscal year.
    public var subject: String?
    /// Keywords for document properties.
    public var keywords: [String]
    /// The document is a draft (案): renderers mark it so (a 「案」 stamp, a watermark).
    public var isDraft: Bool
    /// Handling stamps printed beside the document number (取扱注意, 机上配布), in order.
    public var stamps: [String]

    /// The metadata of a document; `language` defaults to `ja`.
    public init(
        title: String, subtitle: String? = nil, issuer: String? = nil, documentNumber: String? = nil,
        dateText: String? = nil, asOfText: String? = nil, language: String = "ja", identifier: String,
        subject: String? = nil, keywords: [String] = [], isDraft: Bool = false, stamps: [String] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.issuer = issuer
        self.documentNumber = documentNumber
        self.dateText = dateText
        self.asOfText = asOfText
        self.language = language
        self.identifier = identifier
        self.subject = subject
        self.keywords = keywords
        self.isDraft = isDraft
        self.stamps = stamps
    }
}

// Written by hand so that JSON written before `keywords`, `isDraft` and `stamps` existed
// still reads (absent means none, not a draft), and so that a final document without stamps
// writes the same JSON as before.
extension Metadata {
    private enum CodingKeys: String, CodingKey {
        case title, subtitle, issuer, documentNumber, dateText, asOfText, language, identifier
        case subject, keywords, isDraft, stamps
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try values.decode(String.self, forKey: .title),
            subtitle: try values.decodeIfPresent(String.self, forKey: .subtitle),
            issuer: try values.decodeIfPresent(String.self, forKey: .issuer),
            documentNumber: try values.decodeIfPresent(String.self, forKey: .documentNumber),
            dateText: try values.decodeIfPresent(String.self, forKey: .dateText),
            asOfText: try values.decodeIfPresent(String.self, forKey: .asOfText),
            language: try values.decode(String.self, forKey: .language),
            identifier: try values.decode(String.self, forKey: .identifier),
            subject: try values.decodeIfPresent(String.self, forKey: .subject),
            keywords: try values.decodeIfPresent([String].self, forKey: .keywords) ?? [],
            isDraft: try values.decodeIfPresent(Bool.self, forKey: .isDraft) ?? false,
            stamps: try values.decodeIfPresent([String].self, forKey: .stamps) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(title, forKey: .title)
        try values.encodeIfPresent(subtitle, forKey: .subtitle)
        try values.encodeIfPresent(issuer, forKey: .issuer)
        try values.encodeIfPresent(documentNumber, forKey: .documentNumber)
        try values.encodeIfPresent(dateText, forKey: .dateText)
        try values.encodeIfPresent(asOfText, forKey: .asOfText)
        try values.encode(language, forKey: .language)
        try values.encode(identifier, forKey: .identifier)
        try values.encodeIfPresent(subject, forKey: .subject)
        if !keywords.isEmpty { try values.encode(keywords, forKey: .keywords) }
        if isDraft { try values.encode(isDraft, forKey: .isDraft) }
        if !stamps.isEmpty { try values.encode(stamps, forKey: .stamps) }
    }
}

/// A footnote's text with the label its references print (*1, *2 …).
public struct FootnoteDefinition: Sendable, Equatable, Codable {
    /// The id ``FootnoteReference``s point to, unique within the slide or document.
    public var id: String
    /// What the footnote and its references print, e.g. `*1`.
    public var label: String
    /// `nil` for a bare marker whose meaning is given elsewhere (for instance by a note).
    public var content: [Inline]?

    /// A footnote `id` printed as `label`, with its text if it has one.
    public init(id: String, label: String, content: [Inline]?) {
        self.id = id
        self.label = label
        self.content = content
    }
}
