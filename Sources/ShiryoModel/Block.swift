/// A block of the document. The set is closed on purpose: a renderer that handles every
/// case handles every document.
public indirect enum Block: Sendable, Equatable {
    case heading(Heading)
    case paragraph([Inline])
    case list(ListBlock)
    case table(Table)
    case figure(Figure)
    /// A note printed with a marker, 「※ …」.
    case note(Note)
    /// Blocks laid out side by side (this year's actions beside next year's goals).
    case columns([Column])
    /// One page of a slide document.
    case slide(Slide)
}

public struct Heading: Sendable, Equatable, Codable {
    /// 1 is the highest level.
    public var level: Int
    /// The number as printed before the title (目標1, 戦略1.1, １．, （１）), if any.
    public var number: String?
    public var content: [Inline]
    /// A stable anchor for cross references.
    public var anchor: String?

    public init(level: Int, number: String? = nil, content: [Inline], anchor: String? = nil) {
        self.level = level
        self.number = number
        self.content = content
        self.anchor = anchor
    }
}

/// The list styles of Japanese official documents.
public enum ListStyle: String, Sendable, Equatable, Codable, CaseIterable {
    /// • (the slide bullet)
    case bullet
    /// ・ (中黒)
    case dot
    /// ○ (lead bullets of a 概要)
    case circle
    /// 1. 2. 3.
    case decimal
    /// (1) (2) (3)
    case parenthesized
    /// （１）（２）（３）
    case fullwidthParenthesized
    /// ① ② ③
    case circled
    /// ア イ ウ
    case katakana
    /// No marker: items that carry their own.
    case none
}

public struct ListBlock: Sendable, Equatable, Codable {
    public var style: ListStyle
    /// The number of the first item, for numbered styles.
    public var start: Int
    public var items: [[Block]]

    public init(style: ListStyle, start: Int = 1, items: [[Block]]) {
        self.style = style
        self.start = start
        self.items = items
    }
}

public struct Figure: Sendable, Equatable, Codable {
    /// Path of the image relative to the input report's folder, when there is one.
    public var image: String?
    public var caption: [Inline]
    /// A second, explanatory caption line, as printed (with its parentheses).
    public var description: [Inline]?
    /// The source as printed: （提供：…）, （…より引用）.
    public var credit: [Inline]?

    public init(image: String? = nil, caption: [Inline], description: [Inline]? = nil, credit: [Inline]? = nil) {
        self.image = image
        self.caption = caption
        self.description = description
        self.credit = credit
    }
}

public struct Note: Sendable, Equatable, Codable {
    public var marker: String
    public var content: [Inline]

    public init(marker: String = "※", content: [Inline]) {
        self.marker = marker
        self.content = content
    }
}

public struct Column: Sendable, Equatable, Codable {
    /// The column's heading (令和6年度の取組), if it has one.
    public var title: [Inline]?
    public var blocks: [Block]

    public init(title: [Inline]? = nil, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

public struct Slide: Sendable, Equatable, Codable {
    /// The slide's role, for renderers that lay out the title slide differently.
    public enum Role: String, Sendable, Equatable, Codable {
        case title, overview, section, conclusion
    }

    public var role: Role
    public var title: [Inline]
    /// The number as printed before the title (１．), if any.
    public var number: String?
    public var blocks: [Block]
    /// Footnotes printed at the foot of this slide, numbered from *1 on each slide.
    public var footnotes: [FootnoteDefinition]
    public var anchor: String?

    public init(
        role: Role, title: [Inline], number: String? = nil, blocks: [Block],
        footnotes: [FootnoteDefinition] = [], anchor: String? = nil
    ) {
        self.role = role
        self.title = title
        self.number = number
        self.blocks = blocks
        self.footnotes = footnotes
        self.anchor = anchor
    }
}
