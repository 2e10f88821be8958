import ShiryoOOXML

/// The SpreadsheetML vocabulary (ECMA-376 Part 1, §18) beside the package layer's `OPC`.
package enum SpreadsheetML {
    package static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    package enum RelationshipType {
        private static let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        package static let worksheet = base + "worksheet"
        package static let styles = base + "styles"
        package static let sharedStrings = base + "sharedStrings"
    }

    package enum ContentType {
        private static let base = "application/vnd.openxmlformats-officedocument.spreadsheetml."
        package static let workbook = base + "sheet.main+xml"
        package static let worksheet = base + "worksheet+xml"
        package static let styles = base + "styles+xml"
        package static let sharedStrings = base + "sharedStrings+xml"
    }

    package static let workbookPath = "xl/workbook.xml"
    package static let stylesPath = "xl/styles.xml"
    package static let sharedStringsPath = "xl/sharedStrings.xml"
    package static let themePath = "xl/theme/theme1.xml"

    package static func worksheetPath(_ number: Int) -> String { "xl/worksheets/sheet\(number).xml" }
}
