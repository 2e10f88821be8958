import Foundation
import ShiryoRendering
import Testing

/// The templates built into the library by the EmbedTemplates plugin, and the user's folder
/// over them.
@Suite struct TemplateSetTests {
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    /// Every file of templates/, byte for byte, and nothing else: the plugin reran when a
    /// template changed.
    @Test func builtInTemplatesAreTheFilesOfTheTemplatesFolder() throws {
        let manager = FileManager.default
        let files = try #require(manager.subpaths(atPath: Self.templatesFolder.path)).filter { path in
            var isDirectory: ObjCBool = false
            let full = Self.templatesFolder.appendingPathComponent(path).path
            return manager.fileExists(atPath: full, isDirectory: &isDirectory) && !isDirectory.boolValue
                && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }
        #expect(!files.isEmpty)
        let templates = TemplateSet.builtIn
        #expect(templates.builtInPaths == files.sorted())
        for path in files {
            let onDisk = [UInt8](try Data(contentsOf: Self.templatesFolder.appendingPathComponent(path)))
            #expect(try templates.bytes(path) == onDisk, "\(path)")
        }
    }

    @Test func anOverrideFolderReplacesTemplatesFileByFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("xhtml"), withIntermediateDirectories: true)
        try Data("body { color: red; }\n".utf8).write(to: folder.appendingPathComponent("xhtml/report.css"))

        let templates = TemplateSet.overriding(with: folder)
        #expect(try templates.text("xhtml/report.css") == "body { color: red; }\n")
        #expect(try templates.bytes("xhtml/common.css") == TemplateSet.builtIn.bytes("xhtml/common.css"))
        #expect(templates.overrideFile(for: "xhtml/report.css") != nil)
        #expect(templates.overrideFile(for: "../xhtml/report.css") == nil)
    }

    @Test func aMissingTemplateIsAClearError() {
        let templates = TemplateSet(overrideDirectory: URL(fileURLWithPath: "/nonexistent"), builtIn: [:])
        #expect(throws: RenderError(
            format: "templates", message: "no template xhtml/x.css in /nonexistent nor among the built-in templates")) {
            try templates.bytes("xhtml/x.css")
        }
        let binary = TemplateSet(builtIn: ["a.css": [0xFF, 0xFE]])
        #expect(throws: RenderError(format: "templates", message: "template a.css is not UTF-8 text")) {
            try binary.text("a.css")
        }
    }
}
