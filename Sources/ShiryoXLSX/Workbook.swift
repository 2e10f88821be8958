/// A workbook to write: sheets of text cells in a small fixed set of styles. Enough for
/// forms that people fill in (headers, locked identifier cells, unlocked input cells with
/// data validation), not a general spreadsheet model.
package struct Workbook: Sendable {
    package var sheets: [Worksheet]
    /// The document title and language for docProps/core.xml.
    package var title: String
    package var language: String

    package init(title: String, language: String = "ja", sheets: [Worksheet]) {
        self.title = title
        self.language = language
        self.sheets = sheets
    }
}

/// The styles every workbook has, in the order of `cellXfs` in styles.xml.
package enum CellStyle: Int, CaseIterable, Sendable {
    /// Excel's default (index 0).
    case plain = 0
    /// A column header: bold on grey, bordered, wrapped, locked.
    case header
    /// A locked data cell (identifiers, names): bordered, wrapped, top-aligned, pale grey.
    case locked
    /// An input cell: unlocked, formatted as text (`@`) so that what is typed stays as typed,
    /// bordered, wrapped, top-aligned, pale yellow.
    case input
    /// Running text (instructions), wrapped, locked.
    case note
    /// A sheet title: bold and larger.
    case title
}

package struct Cell: Sendable, Equatable {
    package var text: String?
    package var style: CellStyle

    package init(_ text: String?, style: CellStyle) {
        self.text = text
        self.style = style
    }
}

package struct Column: Sendable, Equatable {
    /// In Excel's character widths.
    package var width: Double
    /// The style of the column's cells that the sheet does not list (unlocked for input).
    package var style: CellStyle

    package init(width: Double, style: CellStyle = .plain) {
        self.width = width
        self.style = style
    }
}

/// A list validation: the cells of `range` take one of `values` or stay empty.
package struct ListValidation: Sendable, Equatable {
    package var firstCell: CellReference
    package var lastCell: CellReference
    package var values: [String]
    /// Shown when a cell is selected and when a wrong value is typed.
    package var prompt: String

    package init(firstCell: CellReference, lastCell: CellReference, values: [String], prompt: String) {
        self.firstCell = firstCell
        self.lastCell = lastCell
        self.values = values
        self.prompt = prompt
    }
}

package struct Worksheet: Sendable {
    package var name: String
    package var columns: [Column]
    /// Rows from row 1; a nil cell is left out.
    package var rows: [[Cell?]]
    /// Header rows kept in view while scrolling.
    package var frozenRows: Int
    package var validations: [ListValidation]
    /// Sheet protection without a password: locked cells cannot be edited, rows cannot be
    /// inserted or deleted, columns and rows can still be resized.
    package var isProtected: Bool

    package init(
        name: String, columns: [Column], rows: [[Cell?]], frozenRows: Int = 0,
        validations: [ListValidation] = [], isProtected: Bool = true
    ) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.frozenRows = frozenRows
        self.validations = validations
        self.isProtected = isProtected
    }
}
