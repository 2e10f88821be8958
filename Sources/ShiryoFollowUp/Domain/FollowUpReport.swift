/// A plan's yearly follow-up, as the officials who write it think of it.
///
/// The domain knows nothing about documents or formats: the assemblers decide how a 概要 and
/// a 詳細 present it. Values are checked when loaded (see `ReportLoader`), so code that
/// receives a `FollowUpReport` may trust its references.
public struct FollowUpReport: Sendable, Equatable {
    public var title: String
    public var issuer: String?
    public var plan: Plan
    /// The fiscal year reported on, as its first calendar year (2024 = 令和6年度).
    public var fiscalYear: Int
    public var asOf: CalendarDate
    public var issued: IssueDate
    public var notation: Notation
    public var documentNumbers: DocumentNumbers
    public var lead: [RichText]
    public var labels: NumberingLabels?
    public var ministries: MinistryRegistry
    public var footnotes: [FootnoteEntry]
    public var glossary: [GlossaryEntry]
    public var goals: [Goal]
    public var conclusion: Conclusion?
    public var indicatorTables: IndicatorTableOptions

    public init(
        title: String, issuer: String? = nil, plan: Plan, fiscalYear: Int, asOf: CalendarDate, issued: IssueDate,
        notation: Notation = Notation(), documentNumbers: DocumentNumbers = DocumentNumbers(), lead: [RichText] = [],
        labels: NumberingLabels? = nil, ministries: MinistryRegistry, footnotes: [FootnoteEntry] = [],
        glossary: [GlossaryEntry] = [], goals: [Goal], conclusion: Conclusion? = nil,
        indicatorTables: IndicatorTableOptions = IndicatorTableOptions()
    ) {
        self.title = title
        self.issuer = issuer
        self.plan = plan
        self.fiscalYear = fiscalYear
        self.asOf = asOf
        self.issued = issued
        self.notation = notation
        self.documentNumbers = documentNumbers
        self.lead = lead
        self.labels = labels
        self.ministries = ministries
        self.footnotes = footnotes
        self.glossary = glossary
        self.goals = goals
        self.conclusion = conclusion
        self.indicatorTables = indicatorTables
    }

    /// Whether any indicator row has last year's results.
    public var hasPreviousValues: Bool {
        goals.contains { goal in
            goal.strategies.contains { strategy in
                strategy.indicators.contains { entry in
                    switch entry {
                    case .row(let row): row.hasPrevious
                    case .group(let group): group.rows.contains(where: \.hasPrevious)
                    }
                }
            }
        }
    }
}

/// How the 詳細's indicator tables are drawn.
public struct IndicatorTableOptions: Sendable, Equatable {
    /// Show last year's results (前年度) beside this year's; nil shows them when any row has one.
    public var previous: Bool?

    public init(previous: Bool? = nil) {
        self.previous = previous
    }
}

public struct Plan: Sendable, Equatable {
    public var name: String
    public var englishName: String?
    public var decidedOn: CalendarDate
    public var decidedBy: String

    public init(name: String, englishName: String? = nil, decidedOn: CalendarDate, decidedBy: String) {
        self.name = name
        self.englishName = englishName
        self.decidedOn = decidedOn
        self.decidedBy = decidedBy
    }
}

public enum IssueDate: Sendable, Equatable {
    case date(CalendarDate)
    /// Not yet fixed: printed as 令和N年〇月〇日 for the given calendar year.
    case draft(year: Int)
}

public struct Notation: Sendable, Equatable {
    public enum AsOfCalendar: String, Sendable, Equatable, CaseIterable {
        case japanese, western
    }

    public var digits: DigitStyle
    public var asOfCalendar: AsOfCalendar

    public init(digits: DigitStyle = .halfwidth, asOfCalendar: AsOfCalendar = .japanese) {
        self.digits = digits
        self.asOfCalendar = asOfCalendar
    }
}

/// The numbers of the two documents that go out together (資料1-1, 資料1-2).
public struct DocumentNumbers: Sendable, Equatable {
    public var summary: String?
    public var detail: String?
    /// Handling stamps printed beside the 概要's number (取扱注意, 机上配布).
    public var summaryStamps: [String]
    /// Handling stamps printed beside the 詳細's number.
    public var detailStamps: [String]

    public init(summary: String? = nil, detail: String? = nil, summaryStamps: [String] = [], detailStamps: [String] = []) {
        self.summary = summary
        self.detail = detail
        self.summaryStamps = summaryStamps
        self.detailStamps = detailStamps
    }
}

/// Words before goal and strategy numbers: 目標1, 戦略1.1. Without them goals print as
/// １． and strategies as （１）.
public struct NumberingLabels: Sendable, Equatable {
    public var goal: String
    public var strategy: String

    public init(goal: String, strategy: String) {
        self.goal = goal
        self.strategy = strategy
    }
}

public struct Ministry: Sendable, Equatable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// Ministries by id, in official order.
public struct MinistryRegistry: Sendable, Equatable {
    public private(set) var ministries: [Ministry]
    private var indexByID: [String: Int]

    public init(_ ministries: [Ministry]) {
        self.ministries = ministries
        var indexByID: [String: Int] = [:]
        for (index, ministry) in ministries.enumerated() where indexByID[ministry.id] == nil {
            indexByID[ministry.id] = index
        }
        self.indexByID = indexByID
    }

    public func name(of id: String) -> String? {
        indexByID[id].map { ministries[$0].name }
    }

    public func contains(_ id: String) -> Bool { indexByID[id] != nil }
}

public struct FootnoteEntry: Sendable, Equatable {
    public var id: String
    /// `nil` for a bare marker whose meaning another text gives.
    public var text: RichText?

    public init(id: String, text: RichText?) {
        self.id = id
        self.text = text
    }
}

public struct GlossaryEntry: Sendable, Equatable {
    public var term: String
    public var definition: RichText

    public init(term: String, definition: RichText) {
        self.term = term
        self.definition = definition
    }
}

public struct Conclusion: Sendable, Equatable {
    public var assessment: [RichText]

    public init(assessment: [RichText]) {
        self.assessment = assessment
    }
}
