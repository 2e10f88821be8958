import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ShiryoXML

/// Merges our styles into a reference document's styles.xml: the reference's styles and
/// defaults win; a style of ours it lacks is added. Styles are matched by id, then by
/// name, because Word saves built-in styles under localized ids (a Japanese Word writes
/// "heading 1" with the id "1"): the map sends our ids to the reference's.
enum StyleMerge {
    struct Result {
        var bytes: [UInt8]
        var styleIDs: StyleIDMap
    }

    static func merge(reference: Data, ours: [StyleDefinition]) throws -> Result {
        let inventory = StyleInventory.read(reference)
        guard inventory.declaresWordNamespace else {
            throw DOCXError.referenceDocument("styles.xml does not bind the prefix w to the WordprocessingML namespace")
        }
        var map = StyleIDMap()
        var missing: [StyleDefinition] = []
        for style in ours {
            if let existing = inventory.styles.first(where: { $0.id == style.id && $0.type == style.kind.rawValue }) {
                map.mapping[style.id] = existing.id
            } else if let existing = inventory.styles.first(where: {
                $0.name.lowercased() == style.name.lowercased() && $0.type == style.kind.rawValue
            }) {
                map.mapping[style.id] = existing.id
            } else {
                var added = style
                // The reference has its own defaults; a second default would be ambiguous.
                added.isDefault = false
                if inventory.styles.contains(where: { $0.id == style.id }) {
                    map.mapping[style.id] = "Shiryo" + style.id
                }
                missing.append(added)
            }
        }
        let finalMap = map
        let bytes = try XMLReplay.copy(reference) { xml in
            let w = WordWriter(xml, styleIDs: finalMap)
            for style in missing { try style.write(to: w) }
        }
        return Result(bytes: bytes, styleIDs: finalMap)
    }
}

/// The ids, types and names of the styles in a styles.xml.
final class StyleInventory: NSObject, XMLParserDelegate {
    struct Entry {
        var id: String
        var type: String
        var name: String
    }

    private(set) var styles: [Entry] = []
    private(set) var declaresWordNamespace = false
    private var current: Entry?

    static func read(_ data: Data) -> StyleInventory {
        let inventory = StyleInventory()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = inventory
        _ = parser.parse()
        return inventory
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        switch elementName {
        case "w:styles":
            declaresWordNamespace = attributeDict["xmlns:w"] == WordML.main
        case "w:style":
            current = Entry(id: attributeDict["w:styleId"] ?? "", type: attributeDict["w:type"] ?? "paragraph", name: "")
        case "w:name":
            current?.name = attributeDict["w:val"] ?? ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "w:style", let entry = current {
            styles.append(entry)
            current = nil
        }
    }
}
