/// A goal of the plan (目標) or a section of a strategy document (１．…).
public struct Goal: Sendable, Equatable {
    public var number: Int
    public var title: RichText
    public var summaryTitle: RichText?
    public var overview: RichText?
    public var ministries: [String]
    public var actions: [Action]
    public var strategies: [Strategy]
    public var nextYear: [RichText]
    public var policy: RichText?
    public var figures: [Figure]
    public var notes: [RichText]
    public var seeAlso: [RichText]

    public init(
        number: Int, title: RichText, summaryTitle: RichText? = nil, overview: RichText? = nil,
        ministries: [String] = [], actions: [Action] = [], strategies: [Strategy] = [], nextYear: [RichText] = [],
        policy: RichText? = nil, figures: [Figure] = [], notes: [RichText] = [], seeAlso: [RichText] = []
    ) {
        self.number = number
        self.title = title
        self.summaryTitle = summaryTitle
        self.overview = overview
        self.ministries = ministries
        self.actions = actions
        self.strategies = strategies
        self.nextYear = nextYear
        self.policy = policy
        self.figures = figures
        self.notes = notes
        self.seeAlso = seeAlso
    }

    /// Actions that the 総括 repeats, in order: the goal's own, then its strategies'.
    public var highlightedActions: [Action] {
        (actions + strategies.flatMap(\.actions)).filter(\.isHighlighted)
    }

    /// Whether any strategy has indicator rows.
    public var hasIndicators: Bool { strategies.contains { !$0.indicators.isEmpty } }
}

/// A strategy of a goal (戦略1.1) or an item of a section (（１）).
public struct Strategy: Sendable, Equatable {
    public var number: String
    public var title: RichText
    public var ministries: [String]
    public var actions: [Action]
    public var figures: [Figure]
    public var notes: [RichText]
    public var indicators: [IndicatorEntry]

    public init(
        number: String, title: RichText, ministries: [String] = [], actions: [Action] = [],
        figures: [Figure] = [], notes: [RichText] = [], indicators: [IndicatorEntry] = []
    ) {
        self.number = number
        self.title = title
        self.ministries = ministries
        self.actions = actions
        self.figures = figures
        self.notes = notes
        self.indicators = indicators
    }
}

/// Something done this year.
public struct Action: Sendable, Equatable {
    public var text: RichText
    public var highlight: Bool
    /// The 総括's shorter wording, if it differs.
    public var summary: RichText?

    public init(text: RichText, highlight: Bool = false, summary: RichText? = nil) {
        self.text = text
        self.highlight = highlight
        self.summary = summary
    }

    public var isHighlighted: Bool { highlight || summary != nil }
}

public struct Figure: Sendable, Equatable {
    public var caption: RichText
    public var description: RichText?
    public var credit: RichText?
    /// Relative to the report's folder.
    public var image: String?

    public init(caption: RichText, description: RichText? = nil, credit: RichText? = nil, image: String? = nil) {
        self.caption = caption
        self.description = description
        self.credit = credit
        self.image = image
    }
}
