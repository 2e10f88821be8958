import Foundation
import ShiryoXLSX

/// A returned answer as sheets of cells, whatever it was saved as.
package struct AnswerFile: Sendable {
    /// The name shown in messages (the path as given).
    package var name: String
    /// Rows by sheet name, in file order.
    package var sheets: [(name: String, rows: [ReadRow])]
    /// The ministry when the file itself does not say (a CSV answer names it in its file name).
    package var ministry: String?
    /// A CSV answer holds one sheet: the others are not missing.
    package var holdsOneSheet = false

    package init(name: String, sheets: [(name: String, rows: [ReadRow])], ministry: String? = nil, holdsOneSheet: Bool = false) {
        self.name = name
        self.sheets = sheets
        self.ministry = ministry
        self.holdsOneSheet = holdsOneSheet
    }

    package func rows(of sheet: String) -> [ReadRow]? {
        sheets.first { $0.name == sheet }?.rows
    }

    /// Reads an answer by its content: an .xlsx workbook (an encrypted one is refused), or,
    /// for a name ending in .csv, one sheet saved as CSV (CP932 or UTF-8).
    package static func read(_ data: Data, name: String, layout: InquiryLayout? = nil) throws -> AnswerFile {
        if isCSV(data, name: name), let layout {
            return try csv(data, name: name, layout: layout)
        }
        return try workbook(data, name: name)
    }

    /// Whether `read` takes the file as CSV: named .csv and neither a zip nor a compound file.
    package static func isCSV(_ data: Data, name: String) -> Bool {
        !data.starts(with: [0x50, 0x4B]) && !data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) && name.lowercased().hasSuffix(".csv")
    }

    /// One sheet saved as CSV: which sheet, by its header row; which ministry, by the
    /// instructions' code row or else the file name (`mhlw.指標.csv`, `mhlw-取組.csv`).
    package static func csv(_ data: Data, name: String, layout: InquiryLayout) throws -> AnswerFile {
        let rows: [ReadRow]
        do {
            rows = try CSVAnswer.rows(data).rows
        } catch {
            throw AnswerFileError(location: AnswerLocation(file: name, cell: error.cell),
                                  message: error.message)
        }
        if rows.contains(where: { $0.value(at: 1)?.text == InquiryWorkbookMaker.ministryCodeLabel }) {
            return AnswerFile(name: name, sheets: [(InquirySheet.instructions.rawValue, rows)], holdsOneSheet: true)
        }
        let header = rows.first { $0.number == 1 }.map { row in row.cells.compactMap { $0.value.text } } ?? []
        let scored = [InquirySheet.actions, .nextYear, .indicators].map { sheet in
            (sheet, zip(layout.columns(sheet).map(\.header), header).filter { $0 == $1 }.count
                + (layout.columns(sheet).count == header.count ? 1 : 0))
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= 2 else {
            throw AnswerFileError(
                location: AnswerLocation(file: name), message: "the CSV's first row matches the header of none of the sheets "
                    + "取組、次年度、指標; expected a sheet of the inquiry workbook saved as CSV")
        }
        let stem = (name.split(separator: "/").last.map(String.init) ?? name)
        let ministry = layout.report.ministries.ministries.map(\.id).sorted { $0.count > $1.count }.first { id in
            stem == id + ".csv" || [".", "-", "_"].contains { stem.hasPrefix(id + $0) }
        }
        guard let ministry else {
            throw AnswerFileError(
                location: AnswerLocation(file: name),
                message: "a CSV answer does not say which ministry wrote it; expected its file name to start with the ministry id "
                    + "(mhlw.\(best.0.rawValue).csv)")
        }
        return AnswerFile(name: name, sheets: [(best.0.rawValue, rows)], ministry: ministry, holdsOneSheet: true)
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

/// Why an answer file could not be read, located as far as it is known.
package struct AnswerFileError: Error, Sendable, CustomStringConvertible {
    package var location: AnswerLocation
    package var message: String

    package var description: String { message }
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
