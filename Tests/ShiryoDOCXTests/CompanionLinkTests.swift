import Foundation
@testable import ShiryoDOCX
import ShiryoModel
import Testing

/// Cross references to the companion document are relative links to its file.
@Suite struct CompanionLinkTests {
    static func document() -> Document {
        var document = sampleReport()
        document.blocks.append(.paragraph([
            .text("概要は"),
            .crossReference(CrossReference(documentIdentifier: "summary", content: [.text("資料１－１")])),
            .crossReference(CrossReference(documentIdentifier: "summary", anchor: "goal-2", content: [.text("目標2")])),
            .crossReference(CrossReference(documentIdentifier: "summary", content: [.text("再び資料１－１")])),
            .crossReference(CrossReference(documentIdentifier: "unknown", content: [.text("不明")])),
        ]))
        return document
    }

    @Test func referencesToTheCompanionAreExternalRelationshipsToItsFileName() throws {
        let data = try DOCXRenderer().render(Self.document(), options: DOCXRenderOptions(
            companionFileNames: ["summary": "報告 書.summary.docx", "detail": "報告 書.detail.docx"]))
        let files = try parts(data)
        let rels = try xml(files, "word/_rels/document.xml.rels").all("Relationship").filter { $0["TargetMode"] == "External" }
        let file = "%E5%A0%B1%E5%91%8A%20%E6%9B%B8.summary.docx"
        #expect(rels.map { $0["Target"] } == [file, file + "#" + Bookmarks.name(for: "goal-2")], "one per target, encoded")
        #expect(rels.allSatisfy { $0["Type"]?.hasSuffix("/hyperlink") == true })
        let body = try xml(files, "word/document.xml")
        let links = body.all("w:hyperlink").compactMap { $0["r:id"] }
        #expect(links == ["rIdCompanion1", "rIdCompanion2", "rIdCompanion1"])
        #expect(body.texts.contains("不明"), "an unknown companion is printed as text")
    }

    @Test func withoutFileNamesTheReferencesAreText() throws {
        let files = try parts(DOCXRenderer().render(Self.document(), options: DOCXRenderOptions()))
        #expect(try xml(files, "word/document.xml").all("w:hyperlink").allSatisfy { $0["r:id"] == nil })
    }
}
