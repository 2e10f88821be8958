import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An office's numbering part (word/numbering.xml or whatever its document relationship
/// names), checked: well-formed, root `w:numbering` with `w` bound to WordprocessingML,
/// every `w:abstractNum` and `w:num` with a whole-number id, the definitions before the instances.
///
/// Its `w:abstractNum` and `w:num` are kept with their ids, so its styles' `w:numPr` still
/// point at them. Its picture bullets (`w:numPicBullet`, and the levels' `w:lvlPicBulletId`
/// naming them) are left out: their pictures are image parts of the numbering part's own,
/// which Shiryo does not carry; such a level shows the text bullet Word saves beside the
/// picture (its `w:lvlText`).
struct ReferenceNumbering {
    static let dropped: Set<String> = ["w:numPicBullet", "w:lvlPicBulletId"]

    var path: String
    var data: Data
    /// The largest ids of the part, -1 without any; ours start past them.
    var largestAbstractID: Int
    var largestNumID: Int

    init(path: String, data: Data) throws {
        let inventory = try NumberingInventory.read(data)
        self.path = path
        self.data = data
        largestAbstractID = inventory.abstractIDs.max() ?? -1
        largestNumID = inventory.numIDs.max() ?? 0
    }

    /// Our list registry, numbered past this part's definitions.
    var registry: NumberingRegistry {
        NumberingRegistry(numIDBase: largestNumID, abstractIDBase: largestAbstractID + 1)
    }
}

/// The ids of a numbering part's definitions, and what is wrong with it.
final class NumberingInventory: NSObject, XMLParserDelegate {
    enum Problem: Error {
        /// Reads after the part's path: "is not well-formed XML (…)".
        case invalid(String)
    }

    private(set) var abstractIDs: [Int] = []
    private(set) var numIDs: [Int] = []
    private var depth = 0
    private var closedRoot = false
    private var problem: String?

    static func read(_ data: Data) throws -> NumberingInventory {
        let inventory = NumberingInventory()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = inventory
        let parsed = parser.parse()
        if let problem = inventory.problem { throw Problem.invalid(problem) }
        // Linux's XMLParser may report success with an error set, or for a root never closed.
        guard parsed, parser.parserError == nil, inventory.closedRoot else {
            let code = parser.parserError.map { ", XML error \(($0 as NSError).code)" } ?? ""
            throw Problem.invalid("is not well-formed XML (at line \(parser.lineNumber)\(code))")
        }
        return inventory
    }

    private func refuse(_ parser: XMLParser, _ reason: String) {
        guard problem == nil else { return }
        problem = reason
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        defer { depth += 1 }
        if depth == 0 {
            guard elementName == "w:numbering", attributeDict["xmlns:w"] == WordML.main else {
                let namespace = attributeDict["xmlns:w"].map { "w bound to \($0)" } ?? "w not bound"
                refuse(parser, "has the root <\(elementName)> (\(namespace)); expected w:numbering in \(WordML.main)")
                return
            }
            return
        }
        guard depth == 1 else { return }
        switch elementName {
        case "w:abstractNum":
            guard numIDs.isEmpty else {
                refuse(parser, "has a w:abstractNum after a w:num; the schema wants every w:abstractNum first")
                return
            }
            guard let id = Self.id(attributeDict["w:abstractNumId"]) else {
                refuse(parser, "has a w:abstractNum whose w:abstractNumId is no whole number from 0 to \(Self.largestID)")
                return
            }
            abstractIDs.append(id)
        case "w:num":
            guard let id = Self.id(attributeDict["w:numId"]) else {
                refuse(parser, "has a w:num whose w:numId is no whole number from 0 to \(Self.largestID)")
                return
            }
            numIDs.append(id)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        if depth == 0 { closedRoot = true }
    }

    /// The largest id taken: ours, numbered past it, stay below 2^31 as Word's do.
    static let largestID = Int(Int32.max / 2)

    private static func id(_ value: String?) -> Int? {
        guard let value, let id = Int(value), (0...largestID).contains(id) else { return nil }
        return id
    }
}
