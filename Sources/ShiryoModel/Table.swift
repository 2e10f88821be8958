/// A table with relative column widths, header rows and body rows that may be group rows.
public struct Table: Sendable, Equatable, Codable {
    /// The caption printed above the table, if any.
    public var caption: [Inline]?
    /// The columns' relative widths, one per column.
    public var columns: [TableColumn]
    /// Rows repeated at the top of every page the table spans.
    public var headerRows: [[TableCell]]
    /// The body rows, ordinary or group rows.
    public var rows: [TableRow]

    /// A table of `columns` with its header and body rows.
    public init(caption: [Inline]? = nil, columns: [TableColumn], headerRows: [[TableCell]], rows: [TableRow]) {
        self.caption = caption
        self.columns = columns
        self.headerRows = headerRows
        self.rows = rows
    }
}

/// A column of a ``Table``.
public struct TableColumn: Sendable, Equatable, Codable {
    /// A relative weight: a column of width 2 is twice as wide as one of width 1.
    public var width: Int

    /// A column of relative `width`.
    public init(width: Int) {
        self.width = width
    }
}

/// A cell of a header or body row.
public struct TableCell: Sendable, Equatable, Codable {
    /// The cell's content.
    public var blocks: [Block]
    /// How many columns the cell spans; 1 for a single column.
    public var columnSpan: Int
    /// How many rows the cell spans; 1 for a single row.
    public var rowSpan: Int

    /// A cell of `blocks` spanning `columnSpan` columns and `rowSpan` rows.
    public init(blocks: [Block], columnSpan: Int = 1, rowSpan: Int = 1) {
        self.blocks = blocks
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
    }
}

/// A body row of a ``Table``.
public enum TableRow: Sendable, Equatable {
    /// An ordinary row.
    case cells([TableCell])
    /// A heading row that spans every column and groups the rows after it.
    case group([Inline])
}
