import Foundation
@testable import ShiryoDOCX
import ShiryoModel
import ShiryoOOXML
import ShiryoRendering
import Testing

@Suite struct ReferenceDocumentTests {
    /// A reference made the way an office would: our own output, saved with its heading
    /// style renamed to Japanese Word's id "1" and recoloured, one of our styles removed,
    /// and different margins.
    func makeReference() throws -> URL {
        var parts = try parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions()))
        var styles = String(decoding: try #require(parts["word/styles.xml"]), as: UTF8.self)
        styles = styles.replacingOccurrences(of: "w:styleId=\"Heading1\"", with: "w:styleId=\"1\"")
        styles = styles.replacingOccurrences(
            of: "<w:name w:val=\"heading 1\"/>", with: "<w:name w:val=\"heading 1\"/><w:rPr><w:color w:val=\"FF0000\"/></w:rPr>")
        let note = try #require(styles.range(of: "<w:style w:type=\"paragraph\" w:styleId=\"ShiryoNote\">"))
        let noteEnd = try #require(styles.range(of: "</w:style>", range: note.upperBound..<styles.endIndex))
        styles.removeSubrange(note.lowerBound..<noteEnd.upperBound)
        parts["word/styles.xml"] = Data(styles.utf8)
        var body = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        body = body.replacingOccurrences(of: "w:left=\"1531\"", with: "w:left=\"2000\"")
        parts["word/document.xml"] = Data(body.utf8)
        let data = try PackageWriter.zip(parts.map { PackagePart($0.key, data: $0.value, contentType: nil) })
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(UUID().uuidString).docx")
        try data.write(to: url)
        return url
    }

    @Test func stylesAndPageSetupComeFromTheReference() throws {
        let reference = try makeReference()
        defer { try? FileManager.default.removeItem(at: reference) }
        let data = try DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions(referenceDocx: reference))
        let parts = try parts(data)
        let styles = try xml(parts, "word/styles.xml")
        #expect(styles.wellFormed)
        let ids = styles.all("w:style").compactMap { $0["w:styleId"] }
        #expect(ids.contains("1") && !ids.contains("Heading1"), "the reference's heading 1 is kept, not duplicated")
        #expect(styles.all("w:color").contains { $0["w:val"] == "FF0000" })
        #expect(ids.contains("ShiryoNote"), "a style the reference lacks is added")
        #expect(Set(ids).count == ids.count)
        let body = try xml(parts, "word/document.xml")
        let used = body.all("w:pStyle").compactMap { $0["w:val"] }
        #expect(used.contains("1") && !used.contains("Heading1"))
        #expect(body.all("w:pgMar").first?["w:left"] == "2000")
    }

    /// Our own output as a reference, with its theme part replaced (or removed for nil).
    func reference(theme: Data?) throws -> (url: URL, ours: Data) {
        var files = try parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions()))
        let ours = try #require(files["word/theme/theme1.xml"])
        files["word/theme/theme1.xml"] = theme
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString).docx")
        try PackageWriter.zip(files.map { PackagePart($0.key, data: $0.value, contentType: nil) }).write(to: url)
        return (url, ours)
    }

    @Test func theThemeComesFromTheReference() throws {
        let ours = try reference(theme: nil).ours
        let office = Data(String(decoding: ours, as: UTF8.self).replacingOccurrences(of: "name=\"", with: "name=\"Office ").utf8)
        let (url, _) = try reference(theme: office)
        defer { try? FileManager.default.removeItem(at: url) }
        let files = try parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions(referenceDocx: url)))
        #expect(files["word/theme/theme1.xml"] == office)
    }

    @Test func aReferenceWithoutAThemeKeepsOurs() throws {
        let (url, ours) = try reference(theme: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let files = try parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions(referenceDocx: url)))
        #expect(files["word/theme/theme1.xml"] == ours)
    }

    @Test func aThemePartThatIsNoThemeIsRefused() throws {
        let (url, _) = try reference(theme: Data("<w:document xmlns:w=\"urn:x\"/>".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DOCXError.self) {
            _ = try DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions(referenceDocx: url))
        }
    }

    /// Parts Foundation's parser on Linux lets through (an end tag that closes the wrong
    /// element, a root never closed) are refused by libxml2's judgement, naming the part.
    @Test(arguments: ["word/styles.xml", "word/theme/theme1.xml", "word/document.xml"])
    func aMalformedPartOfTheReferenceIsRefusedNamingIt(part: String) throws {
        var files = try parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions()))
        let original = String(decoding: try #require(files[part]), as: UTF8.self)
        // Drop the last end tag: the root is never closed.
        let cut = try #require(original.range(of: "</", options: .backwards))
        files[part] = Data(original[..<cut.lowerBound].utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("malformed-\(UUID().uuidString).docx")
        try PackageWriter.zip(files.map { PackagePart($0.key, data: $0.value, contentType: nil) }).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var options = RenderOptions()
        options["reference-docx"] = url.path
        do {
            try DOCXRenderer().validate(options)
            Issue.record("a reference with a malformed \(part) was accepted")
        } catch {
            #expect("\(error)".contains("its part \(part) is not well-formed XML"), "\(error)")
        }
    }

    /// A template is read within the package limits: one that inflates a thousandfold is
    /// refused before it is inflated.
    @Test func aZipBombTemplateIsRefusedUnread() throws {
        var files = try parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions()))
        files["word/media/padding.xml"] = Data(repeating: 0x20, count: 10 << 20)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString).docx")
        try PackageWriter.zip(files.map { PackagePart($0.key, data: $0.value, contentType: nil) }).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            try DOCXRenderer().validate(RenderOptions(["reference-docx": url.path]))
            Issue.record("a zip bomb was accepted as a template")
        } catch {
            #expect("\(error)".contains("\(url.path) is refused") && "\(error)".contains("word/media/padding.xml"), "\(error)")
        }
    }

    @Test func slidesStayLandscapeWithAPortraitReference() throws {
        let reference = try makeReference()
        defer { try? FileManager.default.removeItem(at: reference) }
        let data = try DOCXRenderer().render(sampleSlides(), options: DOCXRenderOptions(referenceDocx: reference))
        let body = try xml(parts(data), "word/document.xml")
        #expect(body.all("w:pgSz").first == ["w:w": "16838", "w:h": "11906", "w:orient": "landscape"])
    }

    @Test func aBrokenReferenceIsReported() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).docx")
        try Data("not a zip".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DOCXError.self) {
            try DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions(referenceDocx: url))
        }
    }
}
