import ShiryoFollowUp
import ShiryoXLSX

/// One input cell that holds something: its text, where, and (for a text cell) the text read
/// as markup, so that merging does not read it again.
struct AnsweredCell: Sendable {
    var text: String
    var location: AnswerLocation
    var rich: RichText?
}

/// What one row of one answer says: the input cells that hold something, by column.
struct RowAnswer: Sendable {
    var ministry: String
    var file: String
    /// Input column index (from 0) → the text written and where.
    var cells: [Int: AnsweredCell]
}

/// Checks one answer file against the layout, cell by cell, and collects what it answers.
/// Everything wrong is reported; cells with a problem give no answer.
struct AnswerChecker {
    let layout: InquiryLayout
    private(set) var problems: [InquiryProblem] = []
    /// Row id → the answer of this file.
    private(set) var answers: [String: RowAnswer] = [:]
    private(set) var ministry: String?

    init(layout: InquiryLayout) {
        self.layout = layout
    }

    mutating func check(_ file: AnswerFile) {
        if file.holdsOneSheet, file.ministry == nil, file.rows(of: InquirySheet.instructions.rawValue) != nil {
            ministry = ministry(of: file)
            return
        }
        guard let ministry = file.ministry ?? ministry(of: file) else { return }
        self.ministry = ministry
        for sheet in [InquirySheet.actions, .nextYear, .indicators] {
            guard let rows = file.rows(of: sheet.rawValue) else {
                if file.holdsOneSheet { continue }
                let found = file.sheets.map(\.name).joined(separator: "、")
                problems.append(InquiryProblem(
                    AnswerLocation(file: file.name), "",
                    "the sheet 「\(sheet.rawValue)」 is missing (the workbook has \(found)); expected the sheets "
                        + InquirySheet.allCases.map(\.rawValue).joined(separator: "、") + " as sent"))
                continue
            }
            check(sheet, rows, file: file.name, ministry: ministry)
        }
    }

    private mutating func ministry(of file: AnswerFile) -> String? {
        let sheet = InquirySheet.instructions.rawValue
        guard let rows = file.rows(of: sheet) else {
            problems.append(InquiryProblem(
                AnswerLocation(file: file.name), "",
                "the sheet 「\(sheet)」 is missing, so the answering ministry is unknown; expected a workbook made by `shiryo inquiry make`"))
            return nil
        }
        guard let row = rows.first(where: { $0.value(at: 1)?.text == InquiryWorkbookMaker.ministryCodeLabel }) else {
            problems.append(InquiryProblem(
                AnswerLocation(file: file.name, sheet: sheet), "",
                "no 「\(InquiryWorkbookMaker.ministryCodeLabel)」 row, so the answering ministry is unknown"))
            return nil
        }
        let location = AnswerLocation(file: file.name, sheet: sheet, cell: CellReference(column: 2, row: row.number))
        guard let id = row.value(at: 2)?.text, layout.report.ministries.contains(id) else {
            let known = layout.report.ministries.ministries.map(\.id).joined(separator: ", ")
            problems.append(InquiryProblem(
                location, "ministries",
                "\(row.value(at: 2)?.shown ?? "an empty cell") is not a ministry id of the report; expected one of \(known), as sent"))
            return nil
        }
        return id
    }

    private mutating func check(_ sheet: InquirySheet, _ rows: [ReadRow], file: String, ministry: String) {
        let columns = layout.columns(sheet)
        func location(_ column: Int, _ row: Int) -> AnswerLocation {
            AnswerLocation(file: file, sheet: sheet.rawValue, cell: CellReference(column: column, row: row))
        }
        // The header: a moved, added or deleted column makes every row unreadable.
        let header = rows.first { $0.number == 1 }
        var headerIsIntact = true
        for (index, column) in columns.enumerated() {
            let found = header?.value(at: index + 1)
            if found?.text != column.header {
                headerIsIntact = false
                problems.append(InquiryProblem(
                    location(index + 1, 1), "",
                    "the header is \(found?.shown ?? "empty"); expected 「\(column.header)」 (a column was moved, added or deleted)"))
            }
        }
        if let extra = header?.cells.first(where: { $0.column > columns.count }) {
            headerIsIntact = false
            problems.append(InquiryProblem(
                location(extra.column, 1), "", "a column 「\(extra.value.text ?? "")」 was added; expected the columns as sent"))
        }
        guard headerIsIntact else { return }

        let expected = layout.rows(sheet, for: ministry)
        let expectedIDs = Set(expected.map(\.id))
        var seen: [String: Int] = [:]
        for row in rows where row.number > 1 {
            guard let idValue = row.value(at: 1) else {
                if let first = row.cells.first {
                    problems.append(InquiryProblem(
                        location(first.column, row.number), "",
                        "a row was added (it has no 識別番号); expected only the rows as sent"))
                }
                continue
            }
            let id = idValue.text ?? ""
            let idLocation = location(1, row.number)
            guard let (idSheet, layoutRow) = layout.rowsByID[id] else {
                // `1.1-A7` beside a `1.1-A1`: a slot of a workbook made with more rows.
                let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }.count
                let stem = id.dropLast(digits)
                let moreRows = digits > 0 && (stem.hasSuffix("-A") || stem.hasSuffix("-N")) && layout.rowsByID[stem + "1"] != nil
                problems.append(InquiryProblem(
                    idLocation, "", "\(idValue.shown) is not an identifier of this inquiry; rows must not be added or renumbered"
                        + (moreRows ? " (if the workbooks were made with `--rows N`, give merge the same --rows)" : "")))
                continue
            }
            guard idSheet == sheet else {
                problems.append(InquiryProblem(
                    idLocation, layoutRow.keyPath,
                    "the row \(id) belongs on the sheet 「\(idSheet.rawValue)」, not here; rows must not be moved between sheets"))
                continue
            }
            guard expectedIDs.contains(id) else {
                let owners = layoutRow.owners.map { layout.report.ministries.name(of: $0) ?? $0 }.joined(separator: "、")
                let answering = layout.report.ministries.name(of: ministry) ?? ministry
                problems.append(InquiryProblem(
                    idLocation, layoutRow.keyPath,
                    "the row \(id) is answered by \(owners.isEmpty ? "no ministry" : owners), not by \(answering) (this workbook)"))
                continue
            }
            if let first = seen[id] {
                problems.append(InquiryProblem(
                    idLocation, layoutRow.keyPath, "the row \(id) appears twice (first at row \(first)); a row was added"))
                continue
            }
            seen[id] = row.number
            checkRow(row, layoutRow, columns: columns, file: file, sheet: sheet, ministry: ministry, location: location)
        }
        for (position, layoutRow) in expected.enumerated() where seen[layoutRow.id] == nil {
            problems.append(InquiryProblem(
                location(1, position + 2), layoutRow.keyPath,
                "the row \(layoutRow.id) was deleted; expected every row as sent"))
        }
    }

    private mutating func checkRow(
        _ row: ReadRow, _ layoutRow: LayoutRow, columns: [SheetColumn], file: String, sheet: InquirySheet, ministry: String,
        location: (Int, Int) -> AnswerLocation
    ) {
        var answer = RowAnswer(ministry: ministry, file: file, cells: [:])
        var rowIsIntact = true
        for (index, column) in columns.enumerated() {
            let value = row.value(at: index + 1)
            let cellLocation = location(index + 1, row.number)
            switch column.role {
            case .identifier:
                continue
            case .locked:
                let found = value?.text ?? (value == nil ? "" : nil)
                if found != layoutRow.cells[index] {
                    rowIsIntact = false
                    let expected = layoutRow.cells[index].isEmpty ? "an empty cell" : "「\(layoutRow.cells[index])」"
                    problems.append(InquiryProblem(
                        cellLocation, layoutRow.keyPath,
                        "the \(column.header) cell was changed to \(value?.shown ?? "nothing"); expected \(expected) as sent "
                            + "(only the yellow cells are answers)"))
                }
            case .input(let choices):
                guard let value else { continue }
                guard var text = value.text else {
                    problems.append(InquiryProblem(
                        cellLocation, layoutRow.keyPath,
                        "\(value.shown) where text belongs; expected text (write units with the number, e.g. 25.9%, 100件)"))
                    continue
                }
                text = Self.trimmed(text)
                guard !text.isEmpty else { continue }
                if let (offset, scalar) = Self.firstUncarried(in: text) {
                    problems.append(InquiryProblem(
                        cellLocation, layoutRow.keyPath,
                        "the cell holds \(Self.describe(scalar)) as its character \(offset + 1); expected text without control "
                            + "characters or noncharacters (no output format can carry it)"))
                    continue
                }
                if let choices, !choices.contains(text) {
                    problems.append(InquiryProblem(
                        cellLocation, layoutRow.keyPath,
                        "\(value.shown) is not one of " + choices.map { "「\($0)」" }.joined(separator: "、") + " (or empty)"))
                    continue
                }
                var rich: RichText?
                if choices == nil {
                    switch markup(text) {
                    case .success(let parsed): rich = parsed
                    case .failure(let problem):
                        problems.append(InquiryProblem(cellLocation, layoutRow.keyPath, problem.message))
                        continue
                    }
                }
                answer.cells[index] = AnsweredCell(text: text, location: cellLocation, rich: rich)
            }
        }
        if sheet == .actions, answer.cells[3] == nil, let stray = answer.cells[4] ?? answer.cells[5] {
            problems.append(InquiryProblem(
                stray.location, layoutRow.keyPath,
                "the 総括 columns are filled but the action (\(columns[3].header)) is empty; expected the action's text beside them"))
        }
        // The 形式 is sent filled in: it is an answer only beside a result.
        if sheet == .indicators, let format = columns.firstIndex(where: { $0.header == InquiryLayout.formatHeader }),
           !answer.cells.keys.contains(where: { $0 > format }) {
            answer.cells[format] = nil
        }
        // A row whose reference cells were edited may have been pasted over another row: it
        // answers nothing.
        if rowIsIntact { answers[layoutRow.id] = answer }
    }

    struct MarkupProblem: Error {
        var message: String
    }

    /// The loader's rules for a text: its markup, and that every `[^id]` is defined.
    private func markup(_ text: String) -> Result<RichText, MarkupProblem> {
        let rich: RichText
        do {
            rich = try RichText(markup: text)
        } catch {
            return .failure(MarkupProblem(message: error.message))
        }
        for id in rich.footnoteIDs where !layout.report.footnotes.contains(where: { $0.id == id })
            && !layout.report.glossary.contains(where: { $0.term == id }) {
            return .failure(MarkupProblem(
                message: "'[^\(id)]' names no footnote or glossary term of the report; expected one of its footnotes"))
        }
        return .success(rich)
    }

    /// The first scalar no output format can carry, by the data format's rule for a value
    /// (docs/data-format.md): no C0 control but tab and line feed, no DEL or C1 control, no
    /// noncharacter. A CSV answer can hold any of them, a workbook some.
    static func firstUncarried(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            let carried = switch value {
            case 0x9, 0xA: true
            case 0..<0x20, 0x7F...0x9F, 0xFDD0...0xFDEF: false
            default: value & 0xFFFE != 0xFFFE
            }
            if !carried { return (offset, scalar) }
        }
        return nil
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return scalar.value < 0xA0 ? "\(code) (a control character)" : "\(code) (a noncharacter)"
    }

    /// Without the spaces and line breaks around the text (never part of an answer).
    static func trimmed(_ text: String) -> String {
        var result = Substring(text)
        while let first = result.unicodeScalars.first, first == " " || first == "\n" || first == "\t" || first == "\r" {
            result = result.dropFirst()
        }
        while let last = result.unicodeScalars.last, last == " " || last == "\n" || last == "\t" || last == "\r" {
            result = result.dropLast()
        }
        guard result.utf8.contains(UInt8(ascii: "\r")) else { return String(result) }
        return String(result).replacingOccurrences(of: "\r\n", with: "\n")
    }
}
