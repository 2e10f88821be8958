import ShiryoXLSX

/// Where an answer was read: a file, a sheet of it, a cell of that sheet.
package struct AnswerLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var file: String
    package var sheet: String?
    package var cell: CellReference?

    package init(file: String, sheet: String? = nil, cell: CellReference? = nil) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }

    /// `FILE.xlsx:SHEET!C12`, `FILE.xlsx:SHEET`, `FILE.csv!C12`, or `FILE.xlsx`.
    package var description: String {
        guard let sheet else { return cell.map { "\(file)!\($0)" } ?? file }
        guard let cell else { return "\(file):\(sheet)" }
        return "\(file):\(sheet)!\(cell)"
    }

    package static func < (lhs: AnswerLocation, rhs: AnswerLocation) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.cell?.row ?? 0, lhs.cell?.column ?? 0)
            < (rhs.file, rhs.sheet ?? "", rhs.cell?.row ?? 0, rhs.cell?.column ?? 0)
    }
}

/// One problem of an answer, located at its cell, with the key path of the report it would
/// have changed: `FILE.xlsx:SHEET!C12: error: goals[1].strategies[0].actions[2]: …`.
package struct InquiryProblem: Error, Sendable, Equatable, CustomStringConvertible {
    package var location: AnswerLocation
    package var keyPath: String
    package var message: String

    package init(_ location: AnswerLocation, _ keyPath: String, _ message: String) {
        self.location = location
        self.keyPath = keyPath
        self.message = message
    }

    package var description: String {
        "\(location): error: \(keyPath.isEmpty ? "(top level)" : keyPath): \(message)"
    }
}

/// Every problem of a merge, found in one pass.
package struct InquiryProblems: Error, Sendable, CustomStringConvertible {
    package var problems: [InquiryProblem]

    package var description: String {
        let count = problems.count
        return (problems.map(\.description) + ["\(count) error\(count == 1 ? "" : "s") in the answers; nothing was written"])
            .joined(separator: "\n")
    }
}
