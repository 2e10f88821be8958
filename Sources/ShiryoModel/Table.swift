/// A table with relative column widths, header rows and body rows that may be group rows.
public struct Table: Sendable, Equatable, Codable {
    public var caption: [Inline]?
    public var columns: [TableColumn]
    /// Rows repeated at the top of every page the table spans.
    public var headerRows: [[TableCell]]
    public var rows: [TableRow]

    public init(caption: [Inline]? = nil, columns: [TableColumn], headerRows: [[TableCell]], rows: [TableRow]) {
        self.caption = caption
        self.columns = columns
        self.headerRows = headerRows
        self.rows = rows
    }
}

public struct TableColumn: Sendable, Equatable, Codable {
    /// A relative weight: a column of width 2 is twice as wide as one of width 1.
    public var width: Int

    public init(width: Int) {
        self.width = width
    }
}

public struct TableCell: Sendable, Equatable, Codable {
    public var blocks: [Block]
    public var columnSpan: Int
    public var rowSpan: Int

    public init(blocks: [Block], columnSpan: Int = 1, rowSpan: Int = 1) {
        self.blocks = blocks
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
    }
}

public enum TableRow: Sendable, Equatable {
    /// An ordinary row.
    case cells([TableCell])
    /// A heading row that spans every column and groups the rows after it.
    case group([Inline])
}
