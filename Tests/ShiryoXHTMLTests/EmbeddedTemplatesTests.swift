import Foundation
import ShiryoModel
import ShiryoXHTML
import Testing

/// The stylesheets compiled into the library are the ones in templates/xhtml/.
@Suite struct EmbeddedTemplatesTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates/xhtml")

    @Test func embeddedTemplatesMatchFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.templates.path).filter { $0.hasSuffix(".css") }
        #expect(Set(files) == Set(XHTMLTemplates.embedded.keys), "run scripts/embed-templates.py")
        for file in files {
            let text = try String(contentsOf: Self.templates.appendingPathComponent(file), encoding: .utf8)
                .replacingOccurrences(of: "\r\n", with: "\n")
            #expect(XHTMLTemplates.embedded[file] == text, "\(file) changed: run scripts/embed-templates.py")
        }
    }

    /// Inside <style>, XML escapes would be read literally by an HTML parser.
    @Test func templatesAreSafeInPolyglotStyleElements() {
        for (file, css) in XHTMLTemplates.embedded {
            #expect(!css.contains { "<>&\"".contains($0) }, "\(file)")
        }
    }

    @Test func pagedMediaRulesArePresent() {
        let report = XHTMLTemplates.defaultStylesheet(for: .report)
        for rule in ["size: A4;", "counter(page) ' / ' counter(pages)", "break-after: avoid",
                     "display: table-header-group", "break-inside: avoid", "line-break: strict", "'Noto Sans CJK JP'"] {
            #expect(report.contains(rule), "\(rule)")
        }
        let slides = XHTMLTemplates.defaultStylesheet(for: .slides)
        for rule in ["@page slide", "size: A4 landscape", "page: slide", "display: grid", "overflow-wrap: anywhere"] {
            #expect(slides.contains(rule), "\(rule)")
        }
    }
}
