import Foundation
@testable import ShiryoDOCX
import ShiryoModel
import ShiryoOOXML
import Testing

@Suite struct ImageTests {
    static let onePixelPNG = Data(base64Encoded:
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==") ?? Data()

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("images"), withIntermediateDirectories: true)
        try Self.onePixelPNG.write(to: url.appendingPathComponent("images/photo.png"))
        return url
    }

    func document(image: String?) -> Document {
        Document(
            kind: .report, metadata: Metadata(title: "t", identifier: "d"),
            blocks: [.figure(Figure(image: image, caption: [.text("写真")]))])
    }

    @Test func imageInsideTheInputFolderIsEmbedded() throws {
        let input = try folder()
        defer { try? FileManager.default.removeItem(at: input) }
        let data = try DOCXRenderer().render(document(image: "images/photo.png"), options: .init(inputDirectory: input))
        let parts = try parts(data)
        #expect(parts["word/media/image1.png"] == Self.onePixelPNG)
        let relationships = try xml(parts, "word/_rels/document.xml.rels").all("Relationship")
        #expect(relationships.contains { $0["Target"] == "media/image1.png" && $0["Id"] == "rIdImage1" })
        let body = try xml(parts, "word/document.xml")
        #expect(body.all("a:blip").first?["r:embed"] == "rIdImage1")
        #expect(body.all("wp:extent").first == ["cx": "9525", "cy": "9525"])
        #expect(body.text.contains("写真"))
    }

    @Test(arguments: ["../outside.png", "/etc/hostname", "images/../../outside.png", "link/secret.png"])
    func imageOutsideTheInputFolderIsRefused(_ path: String) throws {
        let input = try folder()
        defer { try? FileManager.default.removeItem(at: input) }
        // A symbolic link inside the folder that leads out of it, to a file that exists.
        let outside = input.appendingPathExtension("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try ImageTests.onePixelPNG.write(to: outside.appendingPathComponent("secret.png"))
        try FileManager.default.createSymbolicLink(at: input.appendingPathComponent("link"), withDestinationURL: outside)
        #expect(throws: PackageError.imageOutsideInputDirectory(path)) {
            try DOCXRenderer().render(document(image: path), options: .init(inputDirectory: input))
        }
    }

    @Test func figureWithoutImageRendersItsCaptionOnly() throws {
        let parts = try parts(DOCXRenderer().render(document(image: nil), options: .init()))
        #expect(!parts.keys.contains { $0.hasPrefix("word/media/") })
        #expect(try xml(parts, "word/document.xml").text == "写真")
    }

    @Test func unreadableOrUnsupportedImagesThrow() throws {
        let input = try folder()
        defer { try? FileManager.default.removeItem(at: input) }
        try Data("not an image".utf8).write(to: input.appendingPathComponent("images/x.png"))
        #expect(throws: PackageError.unsupportedImage("images/x.png")) {
            try DOCXRenderer().render(document(image: "images/x.png"), options: .init(inputDirectory: input))
        }
        #expect(throws: PackageError.self) {
            try DOCXRenderer().render(document(image: "images/missing.png"), options: .init(inputDirectory: input))
        }
    }
}
