import Foundation
import ShiryoXML
#if canImport(FoundationXML)
import FoundationXML
#endif
import ShiryoOOXML

/// What we take from an office's own deck (`--reference-pptx`), as pandoc's reference
/// documents work: its slide size, its first slide master with that master's layouts and
/// theme, and the pictures they show. Our slides then use its layouts, matched by type
/// (title, obj, twoObj), so they carry the office's look.
struct ReferencePresentation {
    var geometry: SlideGeometry
    /// The parts copied into our package: master, layouts, theme, their relationships and media.
    var parts: [PackagePart]
    /// Our layouts, as targets relative to a slide part.
    var layoutTargets: [LayoutKind: String]

    func add(to package: inout PackageBuilder) throws {
        for part in parts { try package.add(part) }
    }

    static func load(path: String) throws -> ReferencePresentation {
        func fail(_ reason: String) -> RenderFailure { RenderFailure(path: path, reason: reason) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw fail("cannot be read (\(error.localizedDescription))")
        }
        let files: [String: Data]
        do {
            files = try PackageReader.parts(of: data)
        } catch where error.isLimit {
            throw fail("is refused unread: \(error)")
        } catch {
            throw fail("is not a zip package (a .pptx saved by PowerPoint or LibreOffice Impress)")
        }
        guard let presentation = files[PresentationML.presentationPath] else {
            throw fail("has no ppt/presentation.xml: it is not a PowerPoint presentation")
        }
        let presentationElements = try scan(presentation, part: PresentationML.presentationPath, fail: fail)
        guard let size = presentationElements.first(where: { $0.name == "sldSz" }),
              let width = size.attributes["cx"].flatMap(Int.init), let height = size.attributes["cy"].flatMap(Int.init),
              width >= 914_400, height >= 914_400, width <= 51_206_400, height <= 51_206_400 else {
            throw fail("ppt/presentation.xml gives no usable slide size (p:sldSz)")
        }
        let presentationRelationships = try relationships(of: PresentationML.presentationPath, in: files, fail: fail)
        guard let masterTarget = presentationRelationships.first(where: { $0.type.hasSuffix("/slideMaster") })?.target else {
            throw fail("has no slide master")
        }
        let masterPath = resolve(masterTarget, from: PresentationML.presentationPath)
        guard masterPath == PresentationML.masterPath else {
            throw fail("keeps its slide master at \(masterPath); expected \(PresentationML.masterPath)")
        }
        var copied: [String: PackagePart] = [:]
        let contentTypes = try ContentTypeTable(files["[Content_Types].xml"], fail: fail)
        var layoutsByType: [(type: String, target: String)] = []

        // The master, then each part it (or a layout, or the theme) points to inside the package.
        var queue = [masterPath]
        while let partPath = queue.popLast() {
            guard copied[partPath] == nil else { continue }
            guard let bytes = files[partPath] else { throw fail("names \(partPath), which it does not contain") }
            let isXML = partPath.hasSuffix(".xml")
            if isXML {
                let elements = try scan(bytes, part: partPath, fail: fail)
                if partPath.hasPrefix("ppt/slideLayouts/") {
                    let type = elements.first.flatMap { $0.attributes["type"] } ?? "cust"
                    layoutsByType.append((type, "../slideLayouts/" + (partPath.split(separator: "/").last.map(String.init) ?? "")))
                }
            }
            guard let type = contentTypes.type(of: partPath) else { throw fail("gives no content type for \(partPath)") }
            copied[partPath] = PackagePart(partPath, data: bytes, contentType: isXML ? type : contentTypes.overrideIfNeeded(partPath, type))
            let relationshipsPath = RelationshipsPart.path(for: partPath)
            guard let relationshipBytes = files[relationshipsPath] else { continue }
            copied[relationshipsPath] = PackagePart(relationshipsPath, data: relationshipBytes, contentType: nil)
            for relationship in try relationships(of: partPath, in: files, fail: fail) where !relationship.external {
                let target = resolve(relationship.target, from: partPath)
                // A layout points back to its master; slides and notes are not ours to copy.
                guard target.hasPrefix("ppt/slideMasters/") || target.hasPrefix("ppt/slideLayouts/")
                        || target.hasPrefix("ppt/theme/") || target.hasPrefix("ppt/media/") else { continue }
                queue.append(target)
            }
        }
        guard !layoutsByType.isEmpty else { throw fail("its slide master has no layouts") }
        guard copied[PresentationML.themePath] != nil else {
            throw fail("its slide master has no theme at \(PresentationML.themePath)")
        }
        layoutsByType.sort { $0.target < $1.target }
        func layout(_ types: [String]) -> String {
            for type in types { if let match = layoutsByType.first(where: { $0.type == type }) { return match.target } }
            return layoutsByType[0].target
        }
        let targets: [LayoutKind: String] = [
            .title: layout(["title", "obj", "tx"]),
            .content: layout(["obj", "tx", "twoObj", "titleOnly"]),
            .twoContent: layout(["twoObj", "twoTxTwoObj", "obj", "tx"]),
        ]
        return ReferencePresentation(
            geometry: SlideGeometry(width: width, height: height),
            parts: copied.values.sorted { $0.path < $1.path }, layoutTargets: targets)
    }

    // MARK: Reading

    struct Element {
        var name: String
        var attributes: [String: String]
    }

    struct RelationshipEntry {
        var type: String
        var target: String
        var external: Bool
    }

    /// Every element of a part, in order, with local names: the parts are small, and this
    /// also proves them well-formed before they are copied.
    static func scan(_ data: Data, part: String, fail: (String) -> RenderFailure) throws -> [Element] {
        // libxml2 judges first: Foundation's parser on Linux lets some malformed parts through.
        if let problem = XMLWellFormedness.problem(in: [UInt8](data)) {
            throw fail("\(part) is not well-formed XML (\(problem))")
        }
        let collector = ElementCollector()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else { throw fail("\(part) is not well-formed XML") }
        return collector.elements
    }

    private static func relationships(of part: String, in files: [String: Data], fail: (String) -> RenderFailure) throws -> [RelationshipEntry] {
        let path = RelationshipsPart.path(for: part)
        guard let data = files[path] else { return [] }
        return try scan(data, part: path, fail: fail).filter { $0.name == "Relationship" }.compactMap { element in
            guard let type = element.attributes["Type"], let target = element.attributes["Target"] else { return nil }
            return RelationshipEntry(type: type, target: target, external: element.attributes["TargetMode"] == "External")
        }
    }

    /// A relationship target relative to the part's folder, as a path in the package.
    static func resolve(_ target: String, from part: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = part.split(separator: "/").dropLast().map(String.init)
        for component in target.split(separator: "/") {
            if component == ".." { _ = components.popLast() } else if component != "." { components.append(String(component)) }
        }
        return components.joined(separator: "/")
    }
}

/// A reference deck that cannot be used: its path and what is wrong.
struct RenderFailure: Error, CustomStringConvertible {
    var path: String
    var reason: String

    var description: String { "reference deck \(path) \(reason)" }
}

/// `[Content_Types].xml` of the reference deck, to copy parts with the types it gives them.
private struct ContentTypeTable {
    var defaults: [String: String] = [:]
    var overrides: [String: String] = [:]

    init(_ data: Data?, fail: (String) -> RenderFailure) throws {
        guard let data else { throw fail("has no [Content_Types].xml") }
        for element in try ReferencePresentation.scan(data, part: "[Content_Types].xml", fail: fail) {
            if element.name == "Default", let ext = element.attributes["Extension"], let type = element.attributes["ContentType"] {
                defaults[ext.lowercased()] = type
            } else if element.name == "Override", let part = element.attributes["PartName"], let type = element.attributes["ContentType"] {
                overrides[String(part.drop { $0 == "/" })] = type
            }
        }
    }

    func type(of path: String) -> String? {
        overrides[path] ?? path.split(separator: ".").last.flatMap { defaults[$0.lowercased()] }
    }

    /// Media of a type our own defaults cover need no override.
    func overrideIfNeeded(_ path: String, _ type: String) -> String? {
        ImageInfo.Format.allCases.contains { path.hasSuffix("." + $0.fileExtension) && $0.contentType == type } ? nil : type
    }
}

private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [ReferencePresentation.Element] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(.init(name: elementName, attributes: attributeDict))
    }
}
