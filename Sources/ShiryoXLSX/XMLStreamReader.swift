internal import CLibXML2
import Foundation

/// A pull parser over bytes in memory, on libxml2's `xmlTextReader`: one node at a time,
/// never a tree, so a sheet of any size is read in constant memory beside its bytes.
/// External entities and network access are off.
final class XMLStreamReader {
    enum NodeKind {
        case element, endElement, text, other
    }

    private let reader: OpaquePointer
    private let errors = ErrorBox()

    /// Fails only when libxml2 cannot allocate a reader.
    init?(_ bytes: UnsafeRawBufferPointer) {
        Self.setUp
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
              let reader = xmlReaderForMemory(base, Int32(clamping: bytes.count), nil, nil, Int32(XML_PARSE_NONET.rawValue))
        else { return nil }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(context).takeUnretainedValue()
            if box.message == nil {
                let text = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
                box.message = "line \(error.pointee.line): " + text.trimmingCharacters(in: " \n")
            }
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    private static let setUp: Void = { xmlInitParser() }()

    /// Moves to the next node; false at the end.
    /// - Throws: `XLSXReadError.malformedXML` with libxml2's first message.
    func next() throws(XMLStreamError) -> Bool {
        switch xmlTextReaderRead(reader) {
        case 1: return true
        case 0:
            if let message = errors.message { throw XMLStreamError(message: message) }
            return false
        default: throw XMLStreamError(message: errors.message ?? "malformed XML")
        }
    }

    var kind: NodeKind {
        switch xmlTextReaderNodeType(reader) {
        case 1: .element
        case 15: .endElement
        case 3, 4, 13, 14: .text
        default: .other
        }
    }

    var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    /// Whether the local name is `name`, compared without making a Swift string.
    func isNamed(_ name: StaticString) -> Bool {
        guard let local = xmlTextReaderConstLocalName(reader) else { return false }
        return strcmp(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self), UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    var value: String {
        xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    /// An unprefixed attribute of the current element (read in place: nothing to free).
    func attribute(_ name: String) -> String? {
        guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return value
    }

    /// A namespaced attribute (`r:id`) of the current element.
    func attribute(_ name: String, namespace: String) -> String? {
        guard xmlTextReaderMoveToAttributeNs(reader, name, namespace) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return value
    }
}

struct XMLStreamError: Error {
    var message: String
}

private final class ErrorBox {
    var message: String?
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let last = result.last, set.contains(last) { result.removeLast() }
        while let first = result.first, set.contains(first) { result.removeFirst() }
        return String(result)
    }
}
