import Foundation
import ShiryoModel
import ShiryoRendering
import ShiryoXHTML
import Testing

/// The stylesheets come from the templates (templates/xhtml/ built in, or the user's
/// --templates folder) and are safe inside a polyglot <style> element.
@Suite struct StylesheetTemplateTests {
    static let document = Document(kind: .report, metadata: Metadata(title: "表題", identifier: "detail"), blocks: [])

    /// Inside <style>, XML escapes would be read literally by an HTML parser.
    @Test func builtInTemplatesAreSafeInPolyglotStyleElements() throws {
        for path in TemplateSet.builtIn.builtInPaths where path.hasPrefix("xhtml/") {
            let css = try TemplateSet.builtIn.text(path)
            #expect(!css.contains { "<>&\"".contains($0) }, "\(path)")
        }
    }

    @Test func pagedMediaRulesArePresent() throws {
        let report = try XHTMLTemplates.stylesheet(for: .report, templates: .builtIn)
        for rule in ["size: A4;", "counter(page) ' / ' counter(pages)", "break-after: avoid",
                     "display: table-header-group", "break-inside: avoid", "line-break: strict", "'Noto Sans CJK JP'"] {
            #expect(report.contains(rule), "\(rule)")
        }
        let slides = try XHTMLTemplates.stylesheet(for: .slides, templates: .builtIn)
        for rule in ["@page slide", "size: A4 landscape", "page: slide", "display: grid", "overflow-wrap: anywhere"] {
            #expect(slides.contains(rule), "\(rule)")
        }
    }

    @Test func theUsersTemplateFolderReplacesTheBuiltInStylesheet() throws {
        let folder = try Self.templateFolder(reportCSS: "h1 { color: teal; }\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let context = RenderContext(templates: .overriding(with: folder))
        let xhtml = String(decoding: try XHTMLRenderer().renderBytes(Self.document, context: context), as: UTF8.self)
        #expect(xhtml.contains("h1 { color: teal; }"))
        // common.css is not in the folder, so it stays built in.
        #expect(xhtml.contains(try TemplateSet.builtIn.text("xhtml/common.css")))
        #expect(!xhtml.contains(try TemplateSet.builtIn.text("xhtml/report.css")))
    }

    @Test func aUserTemplateThatCannotBeEmbeddedIsRefusedWithItsLine() throws {
        let folder = try Self.templateFolder(reportCSS: "h1 { color: teal; }\nh1 > span { }\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let context = RenderContext(templates: .overriding(with: folder))
        #expect {
            _ = try XHTMLRenderer().renderBytes(Self.document, context: context)
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("xhtml: ") && text.contains("xhtml/report.css:2: '>' cannot be embedded")
        }
    }

    static func templateFolder(reportCSS: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-css-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("xhtml"), withIntermediateDirectories: true)
        try Data(reportCSS.utf8).write(to: folder.appendingPathComponent("xhtml/report.css"))
        return folder
    }
}
