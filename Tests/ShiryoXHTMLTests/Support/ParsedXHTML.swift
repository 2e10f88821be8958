import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// XHTML output read back through an XML parser (Foundation's `XMLParser`, which is
/// libxml2's SAX parser on Linux), reduced to what the tests look at.
final class XHTMLNode {
    let name: String
    let attributes: [String: String]
    private(set) var children: [Child] = []
    weak var parent: XHTMLNode?

    enum Child {
        case element(XHTMLNode)
        case text(String)
    }

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func append(_ child: Child) {
        if case .text(let text) = child, case .text(let previous)? = children.last {
            children[children.count - 1] = .text(previous + text)
        } else {
            children.append(child)
        }
    }

    var elements: [XHTMLNode] {
        children.compactMap { if case .element(let node) = $0 { node } else { nil } }
    }

    /// All text inside, in document order.
    var text: String {
        children.map {
            switch $0 {
            case .element(let node): node.text
            case .text(let text): text
            }
        }.joined()
    }

    /// This element and all below it, in document order.
    var descendants: [XHTMLNode] {
        [self] + elements.flatMap(\.descendants)
    }

    func all(_ name: String) -> [XHTMLNode] {
        descendants.filter { $0.name == name }
    }

    func first(_ name: String) -> XHTMLNode? {
        descendants.first { $0.name == name }
    }

    var classes: [String] {
        (attributes["class"] ?? "").split(separator: " ").map(String.init)
    }

    func hasClass(_ name: String) -> Bool { classes.contains(name) }

    func all(class className: String) -> [XHTMLNode] {
        descendants.filter { $0.hasClass(className) }
    }
}

struct XHTMLParseError: Error, CustomStringConvertible {
    var description: String
}

/// Parses `data` as namespace-aware XML; throws for anything not well-formed.
func parseXHTML(_ data: Data) throws -> XHTMLNode {
    let builder = TreeBuilder()
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
        throw XHTMLParseError(description: "not well-formed: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
    }
    if let namespaceError = builder.namespaceError { throw XHTMLParseError(description: namespaceError) }
    return root
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XHTMLNode?
    var namespaceError: String?
    private var stack: [XHTMLNode] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if namespaceURI != "http://www.w3.org/1999/xhtml", namespaceError == nil {
            namespaceError = "<\(elementName)> is in namespace \(namespaceURI ?? "none"), not XHTML"
        }
        let node = XHTMLNode(name: elementName, attributes: attributeDict)
        node.parent = stack.last
        if let parent = stack.last { parent.append(.element(node)) } else { root = node }
        stack.append(node)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.append(.text(string))
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        stack.last?.append(.text(String(decoding: CDATABlock, as: UTF8.self)))
    }
}
