/// A block of the document. The set is closed on purpose: a renderer that handles every
/// case handles every document.
public indirect enum Block: Sendable, Equatable {
    /// A numbered or plain heading of the running text.
    case heading(Heading)
    /// A paragraph of running text.
    case paragraph([Inline])
    /// A list, each item a sequence of blocks.
    case list(ListBlock)
    /// A table, such as the indicator tables of a 詳細.
    case table(Table)
    /// An image with its caption, or a caption alone.
    case figure(Figure)
    /// A note printed with a marker, 「※ …」.
    case note(Note)
    /// Blocks laid out side by side (this year's actions beside next year's goals).
    case columns([Column])
    /// One page of a slide document.
    case slide(Slide)
}

/// A heading: its level, the number printed before it and its text.
public struct Heading: Sendable, Equatable, Codable {
    /// 1 is the highest level.
    public var level: Int
    /// The number as printed before the title (目標1, 戦略1.1, １．, （１）), if any.
    public var number: String?
    /// The heading's text, without its number.
    public var content: [Inline]
    /// A stable anchor for cross references.
    public var anchor: String?

    /// A heading of `level` (1 is the highest).
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
    /// Arabic numerals with a period: 1. 2. 3.
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

/// A list: its marker style and its items.
public struct ListBlock: Sendable, Equatable, Codable {
    /// The markers printed before the items.
    public var style: ListStyle
    /// The number of the first item, for numbered styles.
    public var start: Int
    /// The items, each a sequence of blocks (a paragraph, often followed by a nested list).
    public var items: [[Block]]

    /// A list of `items` marked in `style`, numbered from `start`.
    public init(style: ListStyle, start: Int = 1, items: [[Block]]) {
        self.style = style
        self.start = start
        self.items = items
    }
}

/// An image and its captions.
public struct Figure: Sendable, Equatable, Codable {
    /// Path of the image relative to the input report's folder, when there is one.
    public var image: String?
    /// The caption, e.g. the photograph's subject.
    public var caption: [Inline]
    /// A second, explanatory caption line, as printed (with its parentheses).
    public var description: [Inline]?
    /// The source as printed: （提供：…）, （…より引用）.
    public var credit: [Inline]?

    /// A figure showing `image` (relative to the input report's folder), if any.
    public init(image: String? = nil, caption: [Inline], description: [Inline]? = nil, credit: [Inline]? = nil) {
        self.image = image
        self.caption = caption
        self.description = description
        self.credit = credit
    }
}

/// A note printed after a marker, 「※ …」.
public struct Note: Sendable, Equatable, Codable {
    /// The marker printed before the text, `※` by default.
    public var marker: String
    /// The note's text.
    public var content: [Inline]

    /// A note of `content` after `marker`.
    public init(marker: String = "※", content: [Inline]) {
        self.marker = marker
        self.content = content
    }
}

/// One of the columns of ``Block/columns(_:)``.
public struct Column: Sendable, Equatable, Codable {
    /// The column's heading (令和6年度の取組), if it has one.
    public var title: [Inline]?
    /// The column's content.
    public var blocks: [Block]

    /// A column of `blocks` under `title`, if any.
    public init(title: [Inline]? = nil, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

/// One page of a 概要 (a `Document` of kind ``Document/Kind-swift.enum/slides``).
public struct Slide: Sendable, Equatable, Codable {
    /// The slide's role, for renderers that lay out the title slide differently.
    ///
    /// The cases are `title` (the cover), `overview`, `section` (one part of the plan) and
    /// `conclusion`.
    public enum Role: String, Sendable, Equatable, Codable {
        case title, overview, section, conclusion
    }

    /// What the slide is for.
    public var role: Role
    /// The title printed at the top of the slide.
    public var title: [Inline]
    /// The number as printed before the title (１．), if any.
    public var number: String?
    /// The slide's content.
    public var blocks: [Block]
    /// Footnotes printed at the foot of this slide, numbered from *1 on each slide.
    public var footnotes: [FootnoteDefinition]
    /// A stable anchor for cross references.
    public var anchor: String?
    /// Where the slide's content was written in the input, as a key path (`goals[2]`), so
    /// that a renderer can say which part of the data to shorten when a slide cannot be
    /// laid out. `nil` for slides not made from one part of the data.
    public var source: String?

    /// A slide of `role` with its title and content.
    public init(
        role: Role, title: [Inline], number: String? = nil, blocks: [Block],
        footnotes: [FootnoteDefinition] = [], anchor: String? = nil, source: String? = nil
    ) {
        self.role = role
        self.title = title
        self.number = number
        self.blocks = blocks
        self.footnotes = footnotes
        self.anchor = anchor
        self.source = source
    }
}
