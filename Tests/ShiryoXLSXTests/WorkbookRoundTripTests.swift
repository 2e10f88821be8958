import Foundation
import ShiryoOOXML
@testable import ShiryoXLSX
import Testing

@Suite struct WorkbookRoundTripTests {
    func sample() -> Workbook {
        Workbook(title: "照会", sheets: [
            Worksheet(name: "記入要領", columns: [Column(width: 20)], rows: [[Cell("題", style: .title)], [], [Cell(" 前後に空白 ", style: .note)]]),
            Worksheet(
                name: "取組", columns: [Column(width: 10), Column(width: 40)],
                rows: [
                    [Cell("識別番号", style: .header), Cell("取組", style: .header)],
                    [Cell("1.1-A1", style: .locked), Cell("一行目\n二行目", style: .input)],
                    [Cell("1.1-A2", style: .locked), Cell(nil, style: .input)],
                    [Cell("1.1-A3", style: .locked), Cell("一行目\n二行目", style: .input)],
                ],
                frozenRows: 1,
                validations: [ListValidation(
                    firstCell: CellReference(column: 2, row: 2), lastCell: CellReference(column: 2, row: 4),
                    values: ["○"], prompt: "○ を選ぶ")]),
        ])
    }

    @Test func writtenWorkbooksReadBackCellByCell() throws {
        let reader = try WorkbookReader(data: try WorkbookWriter.write(sample()))
        #expect(reader.sheetNames == ["記入要領", "取組"])
        let rows = try reader.rows(ofSheet: "取組")
        #expect(rows.map(\.number) == [1, 2, 3, 4])
        #expect(rows[1].value(at: 2) == .text("一行目\n二行目"))
        #expect(rows[2].cells.count == 1, "an empty styled cell reads as no value")
        #expect(rows[3].value(at: 2) == .text("一行目\n二行目"), "a repeated text comes from the same shared string")
        let notes = try reader.rows(ofSheet: "記入要領")
        #expect(notes.map(\.number) == [1, 3])
        #expect(notes[1].value(at: 1) == .text(" 前後に空白 "))
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        #expect(try WorkbookWriter.write(sample()) == WorkbookWriter.write(sample()))
    }

    @Test func sheetsAreProtectedWithUnlockedInputCellsAndListValidation() throws {
        let parts = try PackageReader.parts(of: try WorkbookWriter.write(sample()))
        let sheet = try #require(parts["xl/worksheets/sheet2.xml"].flatMap { String(data: $0, encoding: .utf8) })
        #expect(sheet.contains("<sheetProtection sheet=\"1\""))
        #expect(sheet.contains("<dataValidation type=\"list\""))
        #expect(sheet.contains("<formula1>&quot;○&quot;</formula1>"))
        #expect(sheet.contains("state=\"frozen\""))
        let styles = try #require(parts["xl/styles.xml"].flatMap { String(data: $0, encoding: .utf8) })
        #expect(styles.contains("<protection locked=\"0\"/>"))
        #expect(parts["xl/sharedStrings.xml"] != nil)
    }

    /// Other writers (openpyxl with inline strings, Excel with rich runs and phonetic guides).
    @Test func inlineStringsRichRunsAndPhoneticGuidesAreRead() throws {
        let sheet = """
        <?xml version="1.0" encoding="UTF-8"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>インライン</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1"><v>0.259</v></c>
        <c r="D1" t="b"><v>1</v></c><c r="E1" t="str"><f>A1</f><v>式</v></c></row>
        <row r="3"><c r="B3" t="s"><v>1</v></c></row></sheetData></worksheet>
        """
        let shared = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
        <si><r><t>厚生</t></r><r><rPr><b/></rPr><t>労働省</t></r><rPh sb="0" eb="2"><t>コウセイ</t></rPh></si>
        <si><t xml:space="preserve"> 空白 </t></si></sst>
        """
        let data = try Self.package(sheet: sheet, sharedStrings: shared)
        let rows = try WorkbookReader(data: data).rows(ofSheet: "Sheet1")
        #expect(rows.count == 2)
        #expect(rows[0].value(at: 1) == .text("インライン"))
        #expect(rows[0].value(at: 2) == .text("厚生労働省"))
        #expect(rows[0].value(at: 3) == .number("0.259"))
        #expect(rows[0].value(at: 4) == .boolean(true))
        #expect(rows[0].value(at: 5) == .text("式"))
        #expect(rows[1].value(at: 2) == .text(" 空白 "))
    }

    @Test func whatIsNotAWorkbookIsToldApart() throws {
        #expect(throws: XLSXReadError.encrypted) {
            try WorkbookReader(data: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)))
        }
        #expect(throws: XLSXReadError.notAWorkbook("the file is not a zip package")) {
            try WorkbookReader(data: Data("識別番号,取組\n".utf8))
        }
        let truncated = try WorkbookWriter.write(sample()).prefix(200)
        #expect(throws: XLSXReadError.self) { try WorkbookReader(data: Data(truncated)) }
        let broken = try Self.package(sheet: "<worksheet><sheetData><row>", sharedStrings: nil)
        #expect(throws: XLSXReadError.self) { try WorkbookReader(data: broken).rows(ofSheet: "Sheet1") }
    }

    @Test func cellReferencesReadAndWrite() {
        #expect(CellReference("C12") == CellReference(column: 3, row: 12))
        #expect(CellReference("AA3")?.column == 27)
        #expect(CellReference(column: 28, row: 1).description == "AB1")
        #expect(CellReference("12") == nil && CellReference("A") == nil && CellReference("A0") == nil)
    }

    static func package(sheet: String, sharedStrings: String?) throws -> Data {
        var parts = [
            PackagePart("_rels/.rels", Array("""
            <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(OPC.RelationshipType.officeDocument)" Target="xl/workbook.xml"/></Relationships>
            """.utf8), contentType: nil),
            PackagePart("xl/workbook.xml", Array("""
            <?xml version="1.0"?><workbook xmlns="\(SpreadsheetML.main)" xmlns:r="\(OPC.relationships)">\
            <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
            """.utf8), contentType: nil),
            PackagePart("xl/_rels/workbook.xml.rels", Array("""
            <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(SpreadsheetML.RelationshipType.worksheet)" Target="/xl/worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="\(SpreadsheetML.RelationshipType.sharedStrings)" Target="sharedStrings.xml"/></Relationships>
            """.utf8), contentType: nil),
            PackagePart("xl/worksheets/sheet1.xml", Array(sheet.utf8), contentType: nil),
        ]
        if let sharedStrings { parts.append(PackagePart("xl/sharedStrings.xml", Array(sharedStrings.utf8), contentType: nil)) }
        return try PackageWriter.zip(parts)
    }
}
