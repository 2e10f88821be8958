import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ShiryoXML
import ShiryoOOXML

/// What we take from a user's .docx, the way pandoc's --reference-doc works: its styles
/// (ours are added where it lacks them), its page size and margins, its theme (the
/// office's theme fonts and colours, which its styles may refer to) and its numbering
/// definitions (its numbered heading and list styles point at them; ours are added).
struct ReferenceDocument {
    var styles: Data
    var page: PageSetup?
    /// The reference's DrawingML theme, when it has one; ours is written otherwise.
    var theme: Data?
    /// The reference's numbering part, when its document relationships name one.
    var numbering: ReferenceNumbering?

    static func load(_ url: URL) throws -> ReferenceDocument {
        // Read like every package from outside: within PackageLimits, so a template that is a
        // zip bomb is refused before it is inflated.
        let archive: [String: Data]
        do {
            archive = try PackageReader.parts(of: try Data(contentsOf: url))
        } catch let error as PackageReadError {
            throw DOCXError.referenceDocument("\(url.path) is refused: \(error)")
        } catch {
            throw DOCXError.referenceDocument("\(url.path) cannot be read (\(error.localizedDescription))")
        }
        guard let styles = try read("word/styles.xml", from: archive) else {
            throw DOCXError.referenceDocument("\(url.path) has no word/styles.xml")
        }
        try checkWellFormed(styles, part: "word/styles.xml", of: url)
        let document = try read("word/document.xml", from: archive)
        if let document { try checkWellFormed(document, part: "word/document.xml", of: url) }
        let page = document.flatMap(PageSetupReader.read)
        var theme: Data?
        // Word names it word/theme/theme1.xml, but any name is allowed.
        let themePath = try relationshipTarget("theme", in: archive) ?? "word/theme/theme1.xml"
        if let data = try read(themePath, from: archive) {
            try checkWellFormed(data, part: themePath, of: url)
            guard ThemeCheck.isTheme(data) else {
                throw DOCXError.referenceDocument("\(url.path): its theme part is not a DrawingML theme")
            }
            theme = data
        }
        var numbering: ReferenceNumbering?
        if let path = try relationshipTarget("numbering", in: archive) {
            guard let data = try read(path, from: archive) else {
                throw DOCXError.referenceDocument("\(url.path): its document names a numbering part \(path) it does not have")
            }
            try checkWellFormed(data, part: path, of: url)
            do {
                numbering = try ReferenceNumbering(path: path, data: data)
            } catch let NumberingInventory.Problem.invalid(reason) {
                throw DOCXError.referenceDocument("\(url.path): its numbering part \(path) \(reason)")
            }
        }
        return ReferenceDocument(styles: styles, page: page, theme: theme, numbering: numbering)
    }

    /// Refuses a part that libxml2 finds malformed (Foundation's parser on Linux lets some
    /// through, and what we take is copied into every document rendered with the template).
    private static func checkWellFormed(_ data: Data, part: String, of url: URL) throws {
        if let problem = XMLWellFormedness.problem(in: [UInt8](data)) {
            throw DOCXError.referenceDocument("\(url.path): its part \(part) is not well-formed XML (\(problem))")
        }
    }

    /// The part the main document's relationship of `type` (the last segment of the
    /// relationship type, `theme`) points to, if it has one that stays inside the package.
    private static func relationshipTarget(_ type: String, in archive: [String: Data]) throws -> String? {
        guard let rels = try read("word/_rels/document.xml.rels", from: archive),
              let text = String(data: rels, encoding: .utf8)
        else { return nil }
        for relationship in text.matches(of: #/<Relationship\b[^>]*>/#) {
            let element = String(relationship.output)
            guard element.firstMatch(of: #/Type=["'][^"']*/relationships/([A-Za-z]+)["']/#)?.output.1 == Substring(type),
                  element.firstMatch(of: #/TargetMode=["']External["']/#) == nil,
                  let target = element.firstMatch(of: #/Target=["']([^"']+)["']/#)?.output.1
            else { continue }
            let relative = target.hasPrefix("/") ? String(target.dropFirst()) : "word/" + target
            // A part inside the package only: no way out of it.
            return relative.split(separator: "/").contains("..") ? nil : relative
        }
        return nil
    }

    private static func read(_ path: String, from archive: [String: Data]) throws -> Data? {
        archive[path]
    }
}

/// Whether a part is a DrawingML theme: well-formed XML whose root is `a:theme`.
final class ThemeCheck: NSObject, XMLParserDelegate {
    private var root: (namespace: String?, name: String)?

    static func isTheme(_ data: Data) -> Bool {
        let check = ThemeCheck()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = check
        return parser.parse() && check.root?.name == "theme"
            && check.root?.namespace == "http://schemas.openxmlformats.org/drawingml/2006/main"
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        if root == nil { root = (namespaceURI, elementName) }
    }
}

/// Reads the page size and margins of the body's last `w:sectPr`, which is the section
/// properties of the document's final (usually only) section.
final class PageSetupReader: NSObject, XMLParserDelegate {
    private var inSection = false
    private var size: [String: String] = [:]
    private var margins: [String: String] = [:]
    private var found: (size: [String: String], margins: [String: String])?

    static func read(_ data: Data) -> PageSetup? {
        let reader = PageSetupReader()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        guard parser.parse(), let found = reader.found else { return nil }
        func value(_ attributes: [String: String], _ name: String) -> Int? {
            attributes["w:" + name].flatMap { Int($0) }
        }
        guard let width = value(found.size, "w"), let height = value(found.size, "h"), width > 0, height > 0 else {
            return nil
        }
        let margins = found.margins
        return PageSetup(
            width: width, height: height, top: abs(value(margins, "top") ?? 1440), right: value(margins, "right") ?? 1440,
            bottom: abs(value(margins, "bottom") ?? 1440), left: value(margins, "left") ?? 1440,
            header: value(margins, "header") ?? 720, footer: value(margins, "footer") ?? 720)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        switch elementName {
        case "w:sectPr":
            inSection = true
            size = [:]
            margins = [:]
        case "w:pgSz" where inSection:
            size = attributeDict
        case "w:pgMar" where inSection:
            margins = attributeDict
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "w:sectPr" {
            inSection = false
            if !size.isEmpty { found = (size, margins) }
        }
    }
}
