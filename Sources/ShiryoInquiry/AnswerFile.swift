import Foundation
import ShiryoXLSX

/// A returned answer as sheets of cells, whatever it was saved as.
package struct AnswerFile: Sendable {
    /// The name shown in messages (the path as given).
    package var name: String
    /// Rows by sheet name, in file order.
    package var sheets: [(name: String, rows: [ReadRow])]

    package func rows(of sheet: String) -> [ReadRow]? {
        sheets.first { $0.name == sheet }?.rows
    }

    /// Reads an answer by its content: an .xlsx workbook (or an encrypted one, refused).
    package static func read(_ data: Data, name: String) throws -> AnswerFile {
        try workbook(data, name: name)
    }

    /// Reads an .xlsx answer, every sheet of it.
    package static func workbook(_ data: Data, name: String) throws(XLSXReadError) -> AnswerFile {
        let reader = try WorkbookReader(data: data)
        var sheets: [(name: String, rows: [ReadRow])] = []
        for sheet in reader.sheetNames {
            sheets.append((sheet, try reader.rows(ofSheet: sheet)))
        }
        return AnswerFile(name: name, sheets: sheets)
    }
}

extension CellValue {
    /// The text of a text cell; nil for numbers, booleans and errors.
    var text: String? {
        if case .text(let text) = self { text } else { nil }
    }

    /// How the cell reads in a message.
    var shown: String {
        switch self {
        case .text(let text): "「\(text)」"
        case .number(let number): "the number \(number)"
        case .boolean(let value): "the boolean \(value ? "TRUE" : "FALSE")"
        case .error(let error): "the error \(error)"
        }
    }
}
