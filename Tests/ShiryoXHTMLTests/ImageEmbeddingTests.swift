import Foundation
import ShiryoModel
import ShiryoXHTML
import Testing

@Suite struct ImageEmbeddingTests {
    /// A report folder with an image, and a secret file beside it.
    final class Folder {
        let root: URL
        let report: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-xhtml-\(UUID().uuidString)")
            report = root.appendingPathComponent("report")
            try FileManager.default.createDirectory(at: report.appendingPathComponent("images"), withIntermediateDirectories: true)
            try Data([0x89, 0x50, 0x4E, 0x47]).write(to: report.appendingPathComponent("images/photo.PNG"))
            try Data("<svg xmlns='http://www.w3.org/2000/svg'/>".utf8).write(to: report.appendingPathComponent("chart.svg"))
            try Data("text".utf8).write(to: report.appendingPathComponent("notes.txt"))
            try Data("secret".utf8).write(to: root.appendingPathComponent("secret.png"))
            try FileManager.default.createSymbolicLink(
                at: report.appendingPathComponent("link.png"), withDestinationURL: root.appendingPathComponent("secret.png"))
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    static func document(image: String) -> Document {
        Document(kind: .report, metadata: Documents.metadata, blocks: [
            .figure(Figure(image: image, caption: [.text("写真の説明")])),
        ])
    }

    func render(_ image: String, in folder: Folder?) throws -> XHTMLNode {
        let data = try XHTMLRenderer().render(
            Self.document(image: image), options: XHTMLRenderOptions(inputDirectory: folder?.report))
        return try parseXHTML(data)
    }

    @Test func imagesInsideTheFolderAreEmbedded() throws {
        let folder = try Folder()
        let png = try #require(try render("images/photo.PNG", in: folder).first("img"))
        #expect(png.attributes["src"] == "data:image/png;base64,iVBORw==")
        #expect(png.attributes["alt"] == "写真の説明")
        let svg = try #require(try render("./images/../chart.svg", in: folder).first("img"))
        #expect(svg.attributes["src"]?.hasPrefix("data:image/svg+xml;base64,") == true)
    }

    @Test(arguments: ["../secret.png", "images/../../secret.png", "/etc/passwd.png", "link.png", "~/x.png", ".", ""])
    func pathsLeavingTheFolderAreRefused(_ path: String) throws {
        let folder = try Folder()
        #expect(throws: XHTMLRenderError.imageOutsideInputDirectory(path: path)) {
            _ = try render(path, in: folder)
        }
    }

    @Test func otherImageProblemsAreClearErrors() throws {
        let folder = try Folder()
        #expect(throws: XHTMLRenderError.unsupportedImageType(path: "notes.txt")) { _ = try render("notes.txt", in: folder) }
        #expect(throws: XHTMLRenderError.imageWithoutInputDirectory(path: "images/photo.PNG")) {
            _ = try render("images/photo.PNG", in: nil)
        }
        #expect(throws: XHTMLRenderError.self) { _ = try render("missing.png", in: folder) }
        let message = XHTMLRenderError.imageOutsideInputDirectory(path: "../x.png").description
        #expect(message.contains("../x.png") && message.contains("outside the input folder"))
    }
}
