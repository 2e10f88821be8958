import CLibXML2

/// A read-back of writer output through libxml2's own parser, reduced to what the tests
/// compare: names, namespaces, declarations, attribute values and text.
struct ParsedElement: Equatable {
    var name: String
    var namespace: String?
    var prefix: String?
    /// Namespace declarations made on this element, in document order (prefix nil: default).
    var declarations: [Declaration] = []
    var attributes: [Attribute] = []
    var children: [ParsedNode] = []

    struct Declaration: Equatable {
        var prefix: String?
        var uri: String
    }

    struct Attribute: Equatable {
        var name: String
        var namespace: String?
        var value: String
    }

    var elements: [ParsedElement] {
        children.compactMap { if case let .element(element) = $0 { element } else { nil } }
    }

    var text: String {
        children.map { if case let .text(text) = $0 { text } else { "" } }.joined()
    }

    func attribute(_ name: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == name && $0.namespace == namespace }?.value
    }
}

indirect enum ParsedNode: Equatable {
    case element(ParsedElement)
    case text(String)
    case comment(String)
}

struct XMLParseFailure: Error, CustomStringConvertible {
    var messages: [String]
    var description: String { "libxml2 could not parse the output: \(messages.joined(separator: "; "))" }
}

/// Collects parser reports instead of letting libxml2 print them.
private final class ParserReports {
    var messages: [String] = []
}

/// Parses `bytes` with XML_PARSE_NONET and fails on any error or warning, including
/// namespace well-formedness problems libxml2 treats as recoverable.
func parseXML(_ bytes: [UInt8]) throws -> ParsedElement {
    let reports = ParserReports()
    let previousHandler = __xmlStructuredError().pointee
    let previousContext = __xmlStructuredErrorContext().pointee
    xmlSetStructuredErrorFunc(Unmanaged.passUnretained(reports).toOpaque()) { context, error in
        guard let context, let error else { return }
        let reports = Unmanaged<ParserReports>.fromOpaque(context).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "code \(error.pointee.code)"
        reports.messages.append("line \(error.pointee.line): \(message)")
    }
    defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }

    guard let context = xmlNewParserCtxt() else { throw XMLParseFailure(messages: ["no parser context"]) }
    defer { xmlFreeParserCtxt(context) }
    let options = Int32(XML_PARSE_NONET.rawValue)
    let document = bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) {
            xmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), "test.xml", nil, options)
        }
    }
    defer { if let document { xmlFreeDoc(document) } }
    guard let document, reports.messages.isEmpty,
          context.pointee.wellFormed != 0, context.pointee.nsWellFormed != 0,
          let root = xmlDocGetRootElement(document)
    else {
        throw XMLParseFailure(messages: reports.messages.isEmpty ? ["not well-formed"] : reports.messages)
    }
    return convert(root)
}

private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    pointer.map { String(cString: $0) }
}

private func textContent(_ first: xmlNodePtr?) -> String {
    var result = ""
    var node = first
    while let current = node {
        result += string(current.pointee.content) ?? ""
        node = current.pointee.next
    }
    return result
}

private func convert(_ node: xmlNodePtr) -> ParsedElement {
    var element = ParsedElement(
        name: string(node.pointee.name) ?? "",
        namespace: string(node.pointee.ns?.pointee.href),
        prefix: string(node.pointee.ns?.pointee.prefix))
    var declaration = node.pointee.nsDef
    while let current = declaration {
        element.declarations.append(.init(prefix: string(current.pointee.prefix), uri: string(current.pointee.href) ?? ""))
        declaration = current.pointee.next
    }
    var attribute = node.pointee.properties
    while let current = attribute {
        element.attributes.append(.init(
            name: string(current.pointee.name) ?? "",
            namespace: string(current.pointee.ns?.pointee.href),
            value: textContent(current.pointee.children)))
        attribute = current.pointee.next
    }
    var child = node.pointee.children
    while let current = child {
        switch current.pointee.type {
        case XML_ELEMENT_NODE:
            element.children.append(.element(convert(current)))
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            let text = string(current.pointee.content) ?? ""
            if case let .text(previous)? = element.children.last {
                element.children[element.children.count - 1] = .text(previous + text)
            } else {
                element.children.append(.text(text))
            }
        case XML_COMMENT_NODE:
            element.children.append(.comment(string(current.pointee.content) ?? ""))
        default:
            break
        }
        child = current.pointee.next
    }
    return element
}

extension Array where Element == UInt8 {
    var utf8String: String { String(decoding: self, as: UTF8.self) }
}
