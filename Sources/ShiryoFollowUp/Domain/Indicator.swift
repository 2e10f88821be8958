/// One entry of a strategy's indicator rows: a row, or a group heading with its rows.
public enum IndicatorEntry: Sendable, Equatable {
    case row(IndicatorRow)
    case group(IndicatorGroup)
}

public struct IndicatorGroup: Sendable, Equatable {
    public var title: RichText
    public var rows: [IndicatorRow]

    public init(title: RichText, rows: [IndicatorRow]) {
        self.title = title
        self.rows = rows
    }
}

/// An indicator (評価指標) with its results (実績) and the reporting ministries.
public struct IndicatorRow: Sendable, Equatable {
    public var name: CellContent
    /// One entry per result column.
    public var values: [CellContent]
    public var ministries: [String]
    /// Last year's results (前年度), one entry per result column: kept by `next-year` so that
    /// the table can show them beside this year's.
    public var previous: [CellContent]

    public init(name: CellContent, values: [CellContent], ministries: [String], previous: [CellContent] = []) {
        self.name = name
        self.values = values
        self.ministries = ministries
        self.previous = previous
    }

    /// Whether last year's results hold anything.
    public var hasPrevious: Bool { previous.contains { $0 != .empty } }
}

/// What a table cell holds: text, or a list.
public enum CellContent: Sendable, Equatable {
    public enum ListStyle: String, Sendable, Equatable, CaseIterable {
        case bullet, dot, none
    }

    case text(RichText)
    case list([RichText], style: ListStyle)

    public static let empty = CellContent.text(RichText([]))
}
