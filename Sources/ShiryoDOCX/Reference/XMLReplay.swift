import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ShiryoXML

/// Re-writes a parsed XML part through our `XMLWriter`, element by element, so a user's
/// part is copied without any markup being pasted as text. `beforeRootEnd` may add
/// children at the end of the root element (our missing styles), `beforeRootChild` before
/// a child of the root (named as the part spells it, `w:num`); the elements below the root
/// named in `dropping` are left out with everything inside them.
///
/// Attributes come from the parser as a dictionary; they are written sorted by name, which
/// keeps the output the same from run to run.
final class XMLReplay: NSObject, XMLParserDelegate {
    private let xml: XMLWriter
    private let beforeRootEnd: (XMLWriter) throws -> Void
    private let beforeRootChild: (String, XMLWriter) throws -> Void
    private let dropping: Set<String>
    private var depth = 0
    /// The depth of the dropped element being skipped, if any.
    private var droppedAt: Int?
    private(set) var failure: (any Error)?

    private init(
        xml: XMLWriter, dropping: Set<String>, beforeRootChild: @escaping (String, XMLWriter) throws -> Void,
        beforeRootEnd: @escaping (XMLWriter) throws -> Void
    ) {
        self.xml = xml
        self.dropping = dropping
        self.beforeRootChild = beforeRootChild
        self.beforeRootEnd = beforeRootEnd
    }

    /// `part` names the part in the error for a part that is not well-formed.
    static func copy(
        _ data: Data, part: String = "styles.xml", dropping: Set<String> = [],
        beforeRootChild: @escaping (String, XMLWriter) throws -> Void = { _, _ in },
        beforeRootEnd: @escaping (XMLWriter) throws -> Void
    ) throws -> [UInt8] {
        let sink = XMLMemorySink()
        let xml = try XMLWriter(sink: sink)
        try xml.startDocument(standalone: true)
        let replay = XMLReplay(xml: xml, dropping: dropping, beforeRootChild: beforeRootChild, beforeRootEnd: beforeRootEnd)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = replay
        let parsed = parser.parse()
        if let failure = replay.failure { throw failure }
        guard parsed else {
            throw DOCXError.referenceDocument(
                "\(part) is not well-formed: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
        try xml.endDocument()
        return sink.bytes
    }

    static func split(_ qualifiedName: String) -> (prefix: String?, local: String) {
        guard let colon = qualifiedName.firstIndex(of: ":") else { return (nil, qualifiedName) }
        return (String(qualifiedName[..<colon]), String(qualifiedName[qualifiedName.index(after: colon)...]))
    }

    private func attempt(_ parser: XMLParser, _ body: () throws -> Void) {
        guard failure == nil else { return }
        do {
            try body()
        } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        attempt(parser) {
            guard droppedAt == nil else {
                depth += 1
                return
            }
            if depth > 0, dropping.contains(elementName) {
                depth += 1
                droppedAt = depth
                return
            }
            if depth == 1 { try beforeRootChild(elementName, xml) }
            var declarations: [(prefix: String?, uri: String)] = []
            var attributes: [(name: String, value: String)] = []
            for (name, value) in attributeDict.sorted(by: { $0.key < $1.key }) {
                if name == "xmlns" {
                    declarations.append((nil, value))
                } else if name.hasPrefix("xmlns:") {
                    declarations.append((String(name.dropFirst(6)), value))
                } else {
                    attributes.append((name, value))
                }
            }
            let (prefix, local) = Self.split(elementName)
            let own = declarations.first { $0.prefix == prefix }
            try xml.startElement(local, prefix: prefix, namespace: own?.uri)
            for declaration in declarations where declaration.prefix != prefix {
                try xml.writeNamespace(prefix: declaration.prefix, uri: declaration.uri)
            }
            for attribute in attributes {
                let (attributePrefix, attributeLocal) = Self.split(attribute.name)
                try xml.writeAttribute(attributeLocal, attribute.value, prefix: attributePrefix)
            }
            depth += 1
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        attempt(parser) {
            if let dropped = droppedAt {
                if depth == dropped { droppedAt = nil }
                depth -= 1
                return
            }
            if depth == 1 { try beforeRootEnd(xml) }
            try xml.endElement()
            depth -= 1
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        attempt(parser) { if depth > 0, droppedAt == nil { try xml.writeText(string) } }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        attempt(parser) { if depth > 0, droppedAt == nil { try xml.writeText(String(decoding: CDATABlock, as: UTF8.self)) } }
    }
}
