import Foundation
import ShiryoModel
import ShiryoOOXML
@testable import ShiryoPPTX
import ShiryoRendering
import Testing

@Suite struct ReferenceDeckTests {
    private func temporaryFile(_ data: Data, name: String = "reference.pptx") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-\(UUID().uuidString)-\(name)")
        try data.write(to: url)
        return url
    }

    @Test func aReferenceDeckGivesItsSizeMasterAndLayouts() throws {
        // A 16:9 deck of our own, with its master given a name only it has.
        var reference = try parts(try render(richSlides(image: nil), options: ["slide-size": "16:9"]))
        let master = try #require(reference["ppt/slideMasters/slideMaster1.xml"])
        reference["ppt/slideMasters/slideMaster1.xml"] = Data(String(decoding: master, as: UTF8.self)
            .replacingOccurrences(of: "Title Placeholder 1", with: "Office Title").utf8)
        let zipped = try PackageWriter.zip(reference.map { PackagePart($0.key, data: $0.value, contentType: nil) }
            .filter { $0.path != "[Content_Types].xml" } + [PackagePart(
                "[Content_Types].xml", data: try #require(reference["[Content_Types].xml"]), contentType: nil)])
        let url = try temporaryFile(zipped)
        defer { try? FileManager.default.removeItem(at: url) }

        let files = try parts(try render(try PackageRoot.summary("amr-action-plan"), options: ["reference-pptx": url.path]))
        let size = try XMLNode.parse(try #require(files["ppt/presentation.xml"])).first("p:sldSz")
        #expect(size?["cx"] == "12192000" && size?["cy"] == "6858000")
        let copiedMaster = String(decoding: try #require(files["ppt/slideMasters/slideMaster1.xml"]), as: UTF8.self)
        #expect(copiedMaster.contains("Office Title"))
        #expect(files["ppt/slideLayouts/slideLayout3.xml"] != nil)
        // Slides are laid out on the reference's size: nothing right of its width.
        for slide in try slideParts(files) {
            for offset in slide.all("a:off") {
                #expect(Int(offset["x"] ?? "0")! < 12_192_000)
            }
        }
    }

    @Test(arguments: [
        ("not a zip", Data("not a deck".utf8)),
        ("a zip without ppt/presentation.xml", try! PackageWriter.zip([PackagePart("word/document.xml", [60, 97, 47, 62], contentType: nil)])),
    ])
    func aBrokenReferenceIsRefusedNamingIt(what: String, data: Data) throws {
        let url = try temporaryFile(data)
        defer { try? FileManager.default.removeItem(at: url) }
        let options = RenderOptions(["reference-pptx": url.path])
        do {
            try PPTXRenderer().validate(options)
            Issue.record("\(what) was accepted")
        } catch let error as RenderError {
            #expect(error.message.contains(url.path), "\(error.message)")
        }
    }

    /// A master whose root is never closed: Foundation's parser on Linux accepts it, libxml2 does not.
    @Test func aReferenceWithAMalformedMasterIsRefusedNamingThePart() throws {
        var reference = try parts(try render(richSlides(image: nil), options: [:]))
        let master = String(decoding: try #require(reference["ppt/slideMasters/slideMaster1.xml"]), as: UTF8.self)
        let cut = try #require(master.range(of: "</", options: .backwards))
        reference["ppt/slideMasters/slideMaster1.xml"] = Data(master[..<cut.lowerBound].utf8)
        let zipped = try PackageWriter.zip(reference.map { PackagePart($0.key, data: $0.value, contentType: nil) })
        let url = try temporaryFile(zipped)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            try PPTXRenderer().validate(RenderOptions(["reference-pptx": url.path]))
            Issue.record("a malformed master was accepted")
        } catch let error as RenderError {
            #expect(error.message.contains("ppt/slideMasters/slideMaster1.xml is not well-formed XML"), "\(error.message)")
        }
    }

    @Test func aMissingReferenceIsRefused() {
        #expect(throws: RenderError.self) {
            try PPTXRenderer().validate(RenderOptions(["reference-pptx": "/nonexistent/deck.pptx"]))
        }
    }
}
