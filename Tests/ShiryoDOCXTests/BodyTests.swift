import Foundation
@testable import ShiryoDOCX
import ShiryoModel
import Testing

@Suite struct BodyTests {
    let parts: [String: Data]
    let document: ParsedXML

    init() throws {
        parts = try ShiryoDOCXTests.parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions()))
        document = try xml(parts, "word/document.xml")
    }

    @Test func headingsUseWordsBuiltInHeadingStyles() throws {
        let used = document.all("w:pStyle").compactMap { $0["w:val"] }
        #expect(used.contains("Heading1") && used.contains("Heading2"))
        let styles = try xml(parts, "word/styles.xml")
        let elements = styles.elements
        let index = try #require(elements.firstIndex { $0.name == "w:style" && $0.attributes["w:styleId"] == "Heading2" })
        #expect(elements[index + 1].name == "w:name" && elements[index + 1].attributes["w:val"] == "heading 2")
        #expect(elements[index...].first { $0.name == "w:outlineLvl" }?.attributes["w:val"] == "1")
    }

    @Test func tableRowsMatchTheModelAndRepeatTheirHeader() throws {
        let rows = document.all("w:tr").count
        #expect(rows == 1 + 3)
        #expect(document.all("w:tblHeader").count == 1)
        #expect(document.all("w:cantSplit").count == rows)
        #expect(document.all("w:gridSpan").contains { $0["w:val"] == "3" }, "the group row spans all columns")
        #expect(document.all("w:vMerge").map { $0["w:val"] } == ["restart", "continue"])
        let grid = document.all("w:gridCol").compactMap { $0["w:w"].flatMap(Int.init) }
        #expect(grid.count == 3 && grid.reduce(0, +) == PageSetup.defaults(for: .report).textWidth)
        #expect(grid[0] == grid[1] && grid[0] > 2 * grid[2] - 3)
    }

    @Test func footnoteReferencesMatchFootnotes() throws {
        let references = Set(document.all("w:footnoteReference").compactMap { $0["w:id"] })
        let footnotes = try xml(parts, "word/footnotes.xml")
        let ids = footnotes.all("w:footnote").compactMap { $0["w:id"] }
        #expect(ids.prefix(2) == ["-1", "0"])
        #expect(references == Set(ids.dropFirst(2)))
        #expect(references == ["1"])
        #expect(footnotes.text.contains("説明文"))
        // A definition without content prints its mark only.
        #expect(document.text.contains("注記*2"))
    }

    @Test func listsComeFromNumberingWithAbstractDefinitionsFirst() throws {
        let numbering = try xml(parts, "word/numbering.xml")
        let names = numbering.elements.map(\.name).filter { $0 == "w:abstractNum" || $0 == "w:num" }
        #expect(names.firstIndex(of: "w:num") ?? 0 > names.lastIndex(of: "w:abstractNum") ?? 0)
        let formats = Set(numbering.all("w:numFmt").compactMap { $0["w:val"] })
        #expect(formats.isSuperset(of: ["bullet", "decimal", "decimalFullWidth", "decimalEnclosedCircle", "aiueoFullWidth"]))
        #expect(numbering.all("w:lvlText").contains { $0["w:val"] == "（%1）" })
        #expect(numbering.all("w:startOverride").contains { $0["w:val"] == "3" })
        #expect(document.all("w:numId").count == 5)
    }

    @Test func markupLikeTextRoundTripsLiterally() throws {
        let hostile = "<script>alert(\"x&y\")</script> & ]]> 'quotes' \"double\""
        let data = try DOCXRenderer().render(sampleReport(extraText: hostile), options: DOCXRenderOptions())
        let document = try xml(try ShiryoDOCXTests.parts(data), "word/document.xml")
        #expect(document.wellFormed)
        #expect(document.text.contains(hostile))
    }

    @Test func internalCrossReferencesLinkToHeadingBookmarks() throws {
        let bookmarks = Set(document.all("w:bookmarkStart").compactMap { $0["w:name"] })
        let links = document.all("w:hyperlink").compactMap { $0["w:anchor"] }
        #expect(!links.isEmpty && links.allSatisfy(bookmarks.contains))
        #expect(bookmarks.allSatisfy { $0.count <= 40 })
    }

    /// Every text string of the model, footnotes included; marks of auto-numbered
    /// footnotes are Word's numbers, so labels are not compared.
    @Test func everyTextOfTheModelIsInTheDocument() throws {
        let report = sampleReport()
        let text = document.text + (try xml(parts, "word/footnotes.xml").text)
        let strings = textStrings(of: report)
        #expect(strings.count > 20)
        for string in strings {
            #expect(text.contains(string), "missing \(string)")
        }
    }

    @Test func slideFootnotesArePrintedOnTheirSlide() throws {
        let parts = try ShiryoDOCXTests.parts(DOCXRenderer().render(sampleSlides(), options: DOCXRenderOptions()))
        let document = try xml(parts, "word/document.xml")
        #expect(document.text.contains("PPR*1の強化"))
        #expect(document.text.contains("パンデミックの予防をいう。"))
        #expect(document.all("w:pageBreakBefore").count == 1, "one page break: before the second slide")
        #expect(document.all("w:tbl").count == 1 && document.all("w:tc").count == 2)
    }
}
