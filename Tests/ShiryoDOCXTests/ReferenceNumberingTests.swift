import Foundation
@testable import ShiryoDOCX
import ShiryoModel
import ShiryoOOXML
import ShiryoRendering
import Testing

@Suite struct ReferenceNumberingTests {
    /// An office's numbering: abstract definitions and instances 1…3 (definition 2 is an
    /// article numbering 第%1条, with a picture bullet on its second level), and Mac Word's
    /// trailing cleanup element.
    static let officeNumbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <w:numPicBullet w:numPicBulletId="0"><w:pict><v:shape id="b0"><v:imagedata r:id="rId1"/></v:shape></w:pict></w:numPicBullet>\
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>\
        <w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>\
        <w:lvlText w:val="第%1条"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>\
        <w:lvlPicBulletId w:val="0"/><w:lvlText w:val="■"/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>\
        <w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>\
        <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>\
        <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>\
        <w:numIdMacAtCleanup w:val="2"/></w:numbering>
        """

    /// Our own output as an office template: its numbering part replaced by `numbering`
    /// under another name (`lists.xml`, found through the document's relationship), or
    /// removed with its relationship for nil; a style 「条文」 numbered by the office's list 2.
    func reference(numbering: String?) throws -> URL {
        var files = try parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions()))
        files["word/numbering.xml"] = nil
        var rels = String(decoding: try #require(files["word/_rels/document.xml.rels"]), as: UTF8.self)
        let relationship = try #require(rels.firstMatch(of: #/<Relationship [^>]*numbering[^>]*/>/#))
        if let numbering {
            files["word/lists.xml"] = Data(numbering.utf8)
            rels.replaceSubrange(relationship.range, with: String(relationship.output)
                .replacingOccurrences(of: "Target=\"numbering.xml\"", with: "Target=\"lists.xml\""))
        } else {
            rels.removeSubrange(relationship.range)
        }
        files["word/_rels/document.xml.rels"] = Data(rels.utf8)
        var styles = String(decoding: try #require(files["word/styles.xml"]), as: UTF8.self)
        let end = try #require(styles.range(of: "</w:styles>"))
        styles.insert(contentsOf: """
            <w:style w:type="paragraph" w:styleId="OfficeArticle"><w:name w:val="条文"/>\
            <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
            """, at: end.lowerBound)
        files["word/styles.xml"] = Data(styles.utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("numbering-\(UUID().uuidString).docx")
        var contentTypes = String(decoding: try #require(files["[Content_Types].xml"]), as: UTF8.self)
        contentTypes = contentTypes.replacingOccurrences(of: "/word/numbering.xml", with: "/word/lists.xml")
        files["[Content_Types].xml"] = Data(contentTypes.utf8)
        try PackageWriter.zip(files.map { PackagePart($0.key, data: $0.value, contentType: nil) }).write(to: url)
        return url
    }

    /// The `w:num` instances of a numbering part: numId → abstractNumId.
    func instances(_ numbering: ParsedXML) -> [String: String] {
        var result: [String: String] = [:]
        var current: String?
        for element in numbering.elements {
            if element.name == "w:num" { current = element.attributes["w:numId"] }
            if element.name == "w:abstractNumId", let id = current {
                result[id] = element.attributes["w:val"]
                current = nil
            }
        }
        return result
    }

    /// The level texts of each `w:abstractNum`, by abstractNumId.
    func levelTexts(_ numbering: ParsedXML) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var current = ""
        for element in numbering.elements {
            if element.name == "w:abstractNum" { current = element.attributes["w:abstractNumId"] ?? "" }
            if element.name == "w:lvlText" { result[current, default: []].append(element.attributes["w:val"] ?? "") }
        }
        return result
    }

    @Test func theOfficesDefinitionsAreKeptAndOursNumberedPastThem() throws {
        let url = try reference(numbering: Self.officeNumbering)
        defer { try? FileManager.default.removeItem(at: url) }
        let data = try DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions(referenceDocx: url))
        let files = try parts(data)
        let numbering = try xml(files, "word/numbering.xml")
        #expect(numbering.wellFormed)
        let abstractIDs = numbering.all("w:abstractNum").compactMap { $0["w:abstractNumId"].flatMap { Int($0) } }
        let numIDs = numbering.all("w:num").compactMap { $0["w:numId"].flatMap { Int($0) } }
        #expect(Array(abstractIDs.prefix(3)) == [1, 2, 3], "the office's definitions first, with their ids")
        #expect(abstractIDs.dropFirst(3).allSatisfy { $0 > 3 } && abstractIDs.count == 3 + ListStyle.allCases.count)
        #expect(Set(abstractIDs).count == abstractIDs.count && Set(numIDs).count == numIDs.count)
        #expect(Array(numIDs.prefix(3)) == [1, 2, 3])
        #expect(numIDs.count > 3 && numIDs.dropFirst(3).allSatisfy { $0 > 3 })

        // The office's style still points at its article numbering.
        let styles = try xml(files, "word/styles.xml")
        let article = try #require(styles.elements.firstIndex { $0.attributes["w:styleId"] == "OfficeArticle" })
        let styleNumID = try #require(styles.elements[article...].first { $0.name == "w:numId" }?.attributes["w:val"])
        let map = instances(numbering)
        #expect(map[styleNumID] == "2")
        #expect(levelTexts(numbering)["2"]?.first == "第%1条")

        // Our lists use our instances, which use our definitions.
        let used = try xml(files, "word/document.xml").all("w:numId").compactMap { $0["w:val"] }
        #expect(!used.isEmpty)
        for id in used {
            let abstract = try #require(map[id].flatMap { Int($0) })
            #expect((Int(id) ?? 0) > 3 && abstract > 3, "list \(id) uses definition \(abstract)")
        }
        #expect(levelTexts(numbering).values.contains { $0.first == "（%1）" })

        // Schema order: definitions, then instances, then the cleanup element; no picture bullets.
        let names = numbering.elements.map(\.name).filter { ["w:abstractNum", "w:num", "w:numIdMacAtCleanup"].contains($0) }
        #expect(names == names.sorted { rank($0) < rank($1) } && names.last == "w:numIdMacAtCleanup")
        #expect(numbering.all("w:numPicBullet").isEmpty && numbering.all("w:lvlPicBulletId").isEmpty)
        #expect(levelTexts(numbering)["2"] == ["第%1条", "■"], "the picture's level keeps its text bullet")

        let again = try DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions(referenceDocx: url))
        #expect(again == data)
    }

    private func rank(_ name: String) -> Int {
        ["w:abstractNum", "w:num", "w:numIdMacAtCleanup"].firstIndex(of: name) ?? 0
    }

    @Test func withoutANumberingPartOursIsWrittenAsBefore() throws {
        let url = try reference(numbering: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let referenced = try parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions(referenceDocx: url)))
        let plain = try parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions()))
        #expect(referenced["word/numbering.xml"] == plain["word/numbering.xml"])
        #expect(referenced["word/document.xml"] == plain["word/document.xml"])
        let used = try xml(referenced, "word/document.xml").all("w:numId").compactMap { $0["w:val"] }
        #expect(used.first == "1")
    }

    @Test(arguments: [
        ("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:abstractNum w:abstractNumId=\"0\"></w:numbering>",
         "not well-formed"),
        ("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">", "not well-formed"),
        ("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>", "expected w:numbering"),
        ("<w:numbering xmlns:w=\"urn:other\"/>", "expected w:numbering"),
        ("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:num w:numId=\"x\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>", "w:numId is no whole number"),
        ("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:abstractNum w:abstractNumId=\"2147483647\"/></w:numbering>", "w:abstractNumId is no whole number"),
        ("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:abstractNum w:abstractNumId=\"0\"/></w:numbering>",
         "after a w:num"),
    ])
    func aBrokenNumberingPartIsRefusedInValidate(part: String, reason: String) throws {
        let url = try reference(numbering: part)
        defer { try? FileManager.default.removeItem(at: url) }
        var options = RenderOptions()
        options["reference-docx"] = url.path
        do {
            try DOCXRenderer().validate(options)
            Issue.record("validate accepted \(part)")
        } catch {
            let message = "\(error)"
            #expect(message.contains(url.path) && message.contains("word/lists.xml") && message.contains(reason), "\(message)")
        }
        #expect(throws: DOCXError.self) {
            _ = try DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions(referenceDocx: url))
        }
    }
}
