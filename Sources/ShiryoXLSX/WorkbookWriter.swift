import Foundation
import ShiryoModel
import ShiryoOOXML
import ShiryoXML

/// Writes a `Workbook` as an .xlsx package: the workbook, one worksheet part per sheet, the
/// shared-string table (strings numbered in order of first use, as Excel itself keeps them:
/// a workbook of inline strings is rewritten by Excel on its first save), the styles and a
/// theme, through the package layer DOCX uses. The same workbook gives the same bytes on
/// every run.
package enum WorkbookWriter {
    /// Excel's limits on a sheet name: 1–31 characters, none of `: \ / ? * [ ]`.
    package static func isValidSheetName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 31 && !name.contains { ":\\/?*[]".contains($0) }
            && !name.hasPrefix("'") && !name.hasSuffix("'")
    }

    package static func write(_ workbook: Workbook) throws -> Data {
        var builder = PackageBuilder(mainPart: SpreadsheetML.workbookPath)
        var relationships: [Relationship] = []
        let strings = SharedStrings(workbook)
        for (index, sheet) in workbook.sheets.enumerated() {
            guard isValidSheetName(sheet.name) else {
                throw PackageError.packaging("\"\(sheet.name)\" is not a valid sheet name")
            }
            let path = SpreadsheetML.worksheetPath(index + 1)
            try builder.addStreamed(path, contentType: SpreadsheetML.ContentType.worksheet) { entry in
                try WorksheetPart.write(sheet, selected: index == 0, strings: strings, to: entry)
            }
            relationships.append(Relationship(
                id: "rId\(index + 1)", type: SpreadsheetML.RelationshipType.worksheet,
                target: "worksheets/sheet\(index + 1).xml"))
        }
        let count = workbook.sheets.count
        relationships.append(Relationship(id: "rId\(count + 1)", type: SpreadsheetML.RelationshipType.styles, target: "styles.xml"))
        relationships.append(Relationship(id: "rId\(count + 2)", type: OPC.RelationshipType.theme, target: "theme/theme1.xml"))
        relationships.append(Relationship(
            id: "rId\(count + 3)", type: SpreadsheetML.RelationshipType.sharedStrings, target: "sharedStrings.xml"))
        try builder.add(SpreadsheetML.sharedStringsPath, try strings.write(), contentType: SpreadsheetML.ContentType.sharedStrings)
        try builder.add(SpreadsheetML.workbookPath, try workbookPart(workbook), contentType: SpreadsheetML.ContentType.workbook)
        try builder.add(SpreadsheetML.stylesPath, try StylesPart.write(), contentType: SpreadsheetML.ContentType.styles)
        try builder.add(SpreadsheetML.themePath, try ThemePart.write(font: StylesPart.fontName), contentType: OPC.ContentType.theme)
        try builder.addRelationships(of: SpreadsheetML.workbookPath, relationships)
        let metadata = Metadata(title: workbook.title, language: workbook.language, identifier: "workbook")
        return try builder.zip(metadata: metadata)
    }

    private static func workbookPart(_ workbook: Workbook) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("workbook", namespace: SpreadsheetML.main)
            try xml.writeNamespace(prefix: "r", uri: OPC.relationships)
            try xml.startElement("bookViews")
            try xml.startElement("workbookView")
            try xml.writeAttribute("activeTab", "0")
            try xml.endElement()
            try xml.endElement()
            try xml.startElement("sheets")
            for (index, sheet) in workbook.sheets.enumerated() {
                try xml.startElement("sheet")
                try xml.writeAttribute("name", sheet.name)
                try xml.writeAttribute("sheetId", String(index + 1))
                try xml.writeAttribute("id", "rId\(index + 1)", prefix: "r")
                try xml.endElement()
            }
            try xml.endElement()
            let titled = workbook.sheets.enumerated().filter { $0.element.frozenRows > 0 }
            if !titled.isEmpty {
                try xml.startElement("definedNames")
                for (index, sheet) in titled {
                    // Header rows repeat on every printed page.
                    let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
                    try xml.element("definedName", attributes: ["name": "_xlnm.Print_Titles", "localSheetId": String(index)],
                                    text: "\(quoted)!$1:$\(sheet.frozenRows)")
                }
                try xml.endElement()
            }
            try xml.endElement()
        }
    }
}

/// One worksheet part, elements in the order CT_Worksheet fixes.
enum WorksheetPart {
    /// Streams the part into `sink` (the package entry that deflates it as it comes): a
    /// workbook of many rows is never whole in memory.
    static func write(_ sheet: Worksheet, selected: Bool, strings: SharedStrings, to sink: some XMLByteSink) throws {
        let xml = try XMLWriter(sink: sink)
        try xml.startDocument(standalone: true)
        try xml.startElement("worksheet", namespace: SpreadsheetML.main)
        try xml.writeNamespace(prefix: "r", uri: OPC.relationships)
        try empty(xml, "sheetPr") {
            try empty(xml, "pageSetUpPr", ["fitToPage": "1"])
        }
        let width = max(1, sheet.columns.count, sheet.rows.map(\.count).max() ?? 1)
        let last = CellReference(column: width, row: max(1, sheet.rows.count))
        try empty(xml, "dimension", ["ref": "A1:\(last)"])
        try sheetViews(xml, sheet, selected: selected)
        try empty(xml, "sheetFormatPr", ["defaultRowHeight": "18.75"])
        if !sheet.columns.isEmpty {
            try xml.startElement("cols")
            for (index, column) in sheet.columns.enumerated() {
                let number = String(index + 1)
                try empty(xml, "col", [
                    "min": number, "max": number, "width": format(column.width),
                    "style": String(column.style.rawValue), "customWidth": "1",
                ])
            }
            try xml.endElement()
        }
        try sheetData(xml, sheet, strings)
        if sheet.isProtected {
            // No password: the lock keeps the layout and identifiers from being changed
            // by accident, which is all a form needs; resizing stays allowed.
            try empty(xml, "sheetProtection", [
                "sheet": "1", "objects": "1", "scenarios": "1", "formatColumns": "0", "formatRows": "0",
            ])
        }
        if !sheet.validations.isEmpty {
            try xml.startElement("dataValidations")
            try xml.writeAttribute("count", String(sheet.validations.count))
            for validation in sheet.validations {
                try xml.startElement("dataValidation")
                try xml.writeAttribute("type", "list")
                try xml.writeAttribute("allowBlank", "1")
                try xml.writeAttribute("showInputMessage", "1")
                try xml.writeAttribute("showErrorMessage", "1")
                try xml.writeAttribute("errorTitle", "入力できない値です")
                try xml.writeAttribute("error", String(validation.prompt.prefix(225)))
                try xml.writeAttribute("prompt", String(validation.prompt.prefix(255)))
                try xml.writeAttribute(
                    "sqref", validation.firstCell == validation.lastCell
                        ? validation.firstCell.description : "\(validation.firstCell):\(validation.lastCell)")
                try xml.element("formula1", text: "\"" + validation.values.joined(separator: ",") + "\"")
                try xml.endElement()
            }
            try xml.endElement()
        }
        try empty(xml, "pageMargins", [
            "left": "0.5", "right": "0.5", "top": "0.6", "bottom": "0.6", "header": "0.3", "footer": "0.3",
        ])
        try empty(xml, "pageSetup", ["paperSize": "9", "orientation": "landscape", "fitToWidth": "1", "fitToHeight": "0"])
        try xml.endElement()
        try xml.endDocument()
    }

    private static func sheetViews(_ xml: XMLWriter, _ sheet: Worksheet, selected: Bool) throws {
        try xml.startElement("sheetViews")
        try xml.startElement("sheetView")
        if selected { try xml.writeAttribute("tabSelected", "1") }
        try xml.writeAttribute("zoomScaleNormal", "100")
        try xml.writeAttribute("workbookViewId", "0")
        if sheet.frozenRows > 0 {
            let topLeft = CellReference(column: 1, row: sheet.frozenRows + 1).description
            try empty(xml, "pane", [
                "ySplit": String(sheet.frozenRows), "topLeftCell": topLeft, "activePane": "bottomLeft", "state": "frozen",
            ])
            try empty(xml, "selection", ["pane": "bottomLeft", "activeCell": topLeft, "sqref": topLeft])
        }
        try xml.endElement()
        try xml.endElement()
    }

    private static func sheetData(_ xml: XMLWriter, _ sheet: Worksheet, _ strings: SharedStrings) throws {
        try xml.startElement("sheetData")
        for (rowIndex, row) in sheet.rows.enumerated() where row.contains(where: { $0 != nil }) {
            try xml.startElement("row")
            try xml.writeAttribute("r", String(rowIndex + 1))
            let lines = RowHeight.lines(row, columns: sheet.columns)
            if lines > 1 {
                // Neither Excel nor LibreOffice fits the height of wrapped rows when opening a
                // file, so the height is estimated here from the text and the column widths.
                try xml.writeAttribute("ht", format(RowHeight.points(lines: lines)))
                try xml.writeAttribute("customHeight", "1")
            }
            for (columnIndex, cell) in row.enumerated() {
                guard let cell else { continue }
                let reference = CellReference(column: columnIndex + 1, row: rowIndex + 1).description
                try xml.startElement("c")
                try xml.writeAttribute("r", reference)
                if cell.style != .plain { try xml.writeAttribute("s", String(cell.style.rawValue)) }
                if let text = cell.text, !text.isEmpty, let index = strings.index(of: text) {
                    try xml.writeAttribute("t", "s")
                    try xml.element("v", text: String(index))
                }
                try xml.endElement()
            }
            try xml.endElement()
        }
        try xml.endElement(fullEndTag: true)
    }

    static func empty(
        _ xml: XMLWriter, _ name: String, _ attributes: KeyValuePairs<String, String> = [:],
        _ body: () throws -> Void = {}
    ) throws {
        try xml.startElement(name)
        for (key, value) in attributes { try xml.writeAttribute(key, value) }
        try body()
        try xml.endElement()
    }

    /// A width without locale or float noise: two decimals at most.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

/// The shared-string table: every distinct text once, numbered in order of first use.
struct SharedStrings {
    private var indexByText: [String: Int] = [:]
    private var texts: [String] = []
    private var references = 0

    init(_ workbook: Workbook) {
        for sheet in workbook.sheets {
            for row in sheet.rows {
                for case let text? in row.lazy.compactMap({ $0?.text }) where !text.isEmpty {
                    references += 1
                    if indexByText[text] == nil {
                        indexByText[text] = texts.count
                        texts.append(text)
                    }
                }
            }
        }
    }

    func index(of text: String) -> Int? { indexByText[text] }

    func write() throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("sst", namespace: SpreadsheetML.main)
            try xml.writeAttribute("count", String(references))
            try xml.writeAttribute("uniqueCount", String(texts.count))
            for text in texts {
                try xml.startElement("si")
                try xml.startElement("t")
                if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
                   first.properties.isWhitespace || last.properties.isWhitespace {
                    try xml.writeAttribute("space", "preserve", prefix: "xml")
                }
                try xml.writeText(text)
                try xml.endElement(fullEndTag: true)
                try xml.endElement()
            }
            try xml.endElement()
        }
    }
}

/// The lines a row of wrapped text needs, estimated from the column widths (in widths of
/// the digit 0: a Japanese character takes about two).
enum RowHeight {
    static func lines(_ row: [Cell?], columns: [Column]) -> Int {
        var most = 1
        for (index, cell) in row.enumerated() {
            guard let cell, let text = cell.text, !text.isEmpty, cell.style != .plain, cell.style != .title else { continue }
            let width = index < columns.count ? columns[index].width : 8.43
            let usable = max(2, width - 1)
            var lines = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let units = line.unicodeScalars.reduce(0.0) { $0 + (isWide($1) ? 2.0 : 1.1) }
                lines += max(1, Int((units / usable).rounded(.up)))
            }
            most = max(most, lines)
        }
        return min(most, 40)
    }

    static func points(lines: Int) -> Double { Double(lines) * 15.75 + 3 }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
