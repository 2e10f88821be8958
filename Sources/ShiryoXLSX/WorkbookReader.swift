import Foundation
import ShiryoOOXML

/// What a cell holds as read back: its text as the file stores it.
package enum CellValue: Sendable, Equatable {
    /// An inline, shared or formula string.
    case text(String)
    /// A number as written in the file (`0.259`, `12`).
    case number(String)
    case boolean(Bool)
    /// `#N/A`, `#DIV/0!` …
    case error(String)
}

package struct ReadRow: Sendable, Equatable {
    package var number: Int
    /// Cells in column order; empty cells are left out.
    package var cells: [(column: Int, value: CellValue)]

    package init(number: Int, cells: [(column: Int, value: CellValue)]) {
        self.number = number
        self.cells = cells
    }

    package static func == (lhs: ReadRow, rhs: ReadRow) -> Bool {
        lhs.number == rhs.number && lhs.cells.elementsEqual(rhs.cells) { $0.column == $1.column && $0.value == $1.value }
    }

    package func value(at column: Int) -> CellValue? {
        cells.first { $0.column == column }?.value
    }
}

package enum XLSXReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAWorkbook(String)
    case encrypted
    case malformed(part: String, message: String)
    /// Refused unread by `PackageLimits` (a zip bomb, or no answer workbook): the reason names the entry.
    case refused(String)

    package var description: String {
        switch self {
        case .notAWorkbook(let reason): "not an Excel workbook (.xlsx): \(reason)"
        case .encrypted:
            "the workbook is password-protected (encrypted), or an old .xls workbook; remove the password (ファイル → 情報 → ブックの保護) "
                + "and save it again as an Excel workbook (.xlsx)"
        case .malformed(let part, let message): "the workbook is damaged: \(part): \(message)"
        case .refused(let reason):
            "the workbook is refused unread: \(reason); an answer workbook is far smaller (see the limits in docs/data-format.md)"
        }
    }
}

/// Reads the sheets of an .xlsx: names from the workbook part, strings from the shared
/// string table (if any) or inline, every sheet streamed through libxml2's reader.
package struct WorkbookReader {
    package let sheetNames: [String]
    private let sheetPaths: [String: String]
    private let parts: [String: Data]
    private let sharedStrings: [String]

    package init(data: Data) throws(XLSXReadError) {
        // An encrypted workbook is an OLE compound file holding the encrypted package.
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .encrypted }
        guard data.starts(with: [0x50, 0x4B]) else { throw .notAWorkbook("the file is not a zip package") }
        let parts: [String: Data]
        do throws(PackageReadError) {
            parts = try PackageReader.parts(of: data)
        } catch where error.isLimit {
            throw .refused(error.description)
        } catch {
            throw .notAWorkbook("the zip package cannot be read")
        }
        self.parts = parts
        let workbookPath = try Self.mainPart(parts)
        guard let workbook = parts[workbookPath] else { throw .notAWorkbook("it has no workbook part") }
        let relationships = try Self.relationships(parts[RelationshipsPart.path(for: workbookPath)] ?? Data(), of: workbookPath)
        let sheets = try Self.sheets(workbook, part: workbookPath)
        var paths: [String: String] = [:]
        for sheet in sheets {
            guard let target = relationships[sheet.relationship]?.target else {
                throw .malformed(part: workbookPath, message: "sheet \"\(sheet.name)\" has no relationship \(sheet.relationship)")
            }
            paths[sheet.name] = target
        }
        sheetNames = sheets.map(\.name)
        sheetPaths = paths
        if let shared = relationships.values.first(where: { $0.type == SpreadsheetML.RelationshipType.sharedStrings }),
           let bytes = parts[shared.target] {
            sharedStrings = try Self.sharedStrings(bytes, part: shared.target)
        } else {
            sharedStrings = []
        }
    }

    /// The rows of a sheet, in file order, each with its non-empty cells.
    package func rows(ofSheet name: String) throws(XLSXReadError) -> [ReadRow] {
        guard let path = sheetPaths[name], let bytes = parts[path] else {
            throw .malformed(part: name, message: "the sheet's part is missing")
        }
        return try SheetParser.rows(bytes, part: path, sharedStrings: sharedStrings)
    }

    private static func mainPart(_ parts: [String: Data]) throws(XLSXReadError) -> String {
        guard let rels = parts["_rels/.rels"] else { throw .notAWorkbook("it has no _rels/.rels") }
        let relationships = try relationships(rels, of: "")
        guard let main = relationships.values.first(where: { $0.type == OPC.RelationshipType.officeDocument }) else {
            throw .notAWorkbook("it has no main document")
        }
        return main.target
    }

    /// Relationship targets resolved to part paths (relative to the source part's folder).
    private static func relationships(_ data: Data, of source: String) throws(XLSXReadError) -> [String: (type: String, target: String)] {
        var result: [String: (type: String, target: String)] = [:]
        let folder = source.split(separator: "/").dropLast().joined(separator: "/")
        try stream(data, part: RelationshipsPart.path(for: source)) { reader in
            guard reader.kind == .element, reader.isNamed("Relationship"),
                  let id = reader.attribute("Id"), let type = reader.attribute("Type"), let target = reader.attribute("Target")
            else { return }
            guard reader.attribute("TargetMode") != "External" else { return }
            result[id] = (type, resolve(target, in: folder))
        }
        return result
    }

    static func resolve(_ target: String, in folder: String) -> String {
        var components = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = components.popLast() } else if piece != "." { components.append(String(piece)) }
        }
        return components.joined(separator: "/")
    }

    private static func sheets(_ data: Data, part: String) throws(XLSXReadError) -> [(name: String, relationship: String)] {
        var sheets: [(name: String, relationship: String)] = []
        try stream(data, part: part) { reader in
            guard reader.kind == .element, reader.isNamed("sheet"), let name = reader.attribute("name"),
                  let id = reader.attribute("id", namespace: OPC.relationships)
            else { return }
            sheets.append((name, id))
        }
        return sheets
    }

    /// Each `si`'s text: its `t`, or the `t`s of its runs; phonetic guides (`rPh`) left out.
    private static func sharedStrings(_ data: Data, part: String) throws(XLSXReadError) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var phoneticDepth: Int?
        try stream(data, part: part) { reader in
            switch reader.kind {
            case .element:
                if reader.isNamed("si") {
                    current = ""
                    if reader.isEmptyElement { strings.append("") }
                } else if reader.isNamed("rPh") {
                    if !reader.isEmptyElement { phoneticDepth = reader.depth }
                } else if reader.isNamed("t"), phoneticDepth == nil {
                    inText = !reader.isEmptyElement
                }
            case .endElement:
                if reader.isNamed("si") {
                    strings.append(current)
                } else if reader.isNamed("rPh"), phoneticDepth == reader.depth {
                    phoneticDepth = nil
                } else if reader.isNamed("t") {
                    inText = false
                }
            case .text:
                if inText { current += reader.value }
            case .other:
                break
            }
        }
        return strings
    }

    static func stream(_ data: Data, part: String, _ visit: (XMLStreamReader) throws(XLSXReadError) -> Void) throws(XLSXReadError) {
        let result: Result<Void, XLSXReadError> = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Result<Void, XLSXReadError> in
            guard let reader = XMLStreamReader(bytes) else {
                return .failure(.malformed(part: part, message: "libxml2 could not start reading"))
            }
            do throws(XMLStreamError) {
                while try reader.next() {
                    do throws(XLSXReadError) { try visit(reader) } catch { return .failure(error) }
                }
            } catch {
                return .failure(.malformed(part: part, message: error.message))
            }
            return .success(())
        }
        try result.get()
    }
}

/// The cells of one worksheet part.
enum SheetParser {
    private enum Target { case none, value, inlineText }

    static func rows(_ data: Data, part: String, sharedStrings: [String]) throws(XLSXReadError) -> [ReadRow] {
        var rows: [ReadRow] = []
        var row: ReadRow?
        var nextRowNumber = 1
        var nextColumn = 1
        var cellColumn = 0
        var cellType = "n"
        var text = ""
        var target = Target.none
        var phoneticDepth: Int?
        var failure: XLSXReadError?

        func finishCell() {
            defer { text = ""; target = .none }
            let value: CellValue?
            switch cellType {
            case "s":
                if let index = Int(text), sharedStrings.indices.contains(index) {
                    value = .text(sharedStrings[index])
                } else {
                    failure = failure ?? .malformed(part: part, message: "cell \(CellReference(column: cellColumn, row: row?.number ?? 0)) names a missing shared string")
                    value = nil
                }
            case "inlineStr", "str": value = text.isEmpty ? nil : .text(text)
            case "b": value = .boolean(text == "1")
            case "e": value = .error(text)
            default: value = text.isEmpty ? nil : .number(text)
            }
            if let value, !(value == .text("")) { row?.cells.append((cellColumn, value)) }
        }

        try WorkbookReader.stream(data, part: part) { reader in
            switch reader.kind {
            case .element:
                if reader.isNamed("row") {
                    let number = reader.attribute("r").flatMap { Int($0) } ?? nextRowNumber
                    row = ReadRow(number: number, cells: [])
                    nextRowNumber = number + 1
                    nextColumn = 1
                    if reader.isEmptyElement, let finished = row { rows.append(finished); row = nil }
                } else if reader.isNamed("c") {
                    cellColumn = reader.attribute("r").flatMap { CellReference($0)?.column } ?? nextColumn
                    nextColumn = cellColumn + 1
                    cellType = reader.attribute("t") ?? "n"
                    text = ""
                    if reader.isEmptyElement { finishCell() }
                } else if reader.isNamed("v") {
                    target = reader.isEmptyElement ? .none : .value
                } else if reader.isNamed("rPh") {
                    if !reader.isEmptyElement { phoneticDepth = reader.depth }
                } else if reader.isNamed("t"), phoneticDepth == nil, cellType == "inlineStr" {
                    target = reader.isEmptyElement ? .none : .inlineText
                }
            case .endElement:
                if reader.isNamed("c") {
                    finishCell()
                } else if reader.isNamed("row") {
                    if let finished = row { rows.append(finished) }
                    row = nil
                } else if reader.isNamed("rPh"), phoneticDepth == reader.depth {
                    phoneticDepth = nil
                } else if reader.isNamed("v") || reader.isNamed("t") {
                    target = .none
                }
            case .text:
                if target != .none { text += reader.value }
            case .other:
                break
            }
        }
        if let failure { throw failure }
        return rows
    }
}
