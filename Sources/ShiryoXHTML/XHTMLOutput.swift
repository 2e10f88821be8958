import ShiryoXML

/// The few element shapes XHTML needs, over the streaming `XMLWriter`.
///
/// Polyglot XHTML must parse the same as XML and as HTML, so every non-void element is
/// closed with a full end tag (`<div></div>`; an HTML parser reads `<div/>` as an open
/// tag), and only the void elements (`meta`, `link`, `img`, `br`, `col`) self-close.
/// Attribute values and text are always escaped by the writer: nothing here writes raw
/// markup.
final class XHTMLOutput {
    typealias Attributes = [(String, String)]

    let writer: XMLWriter

    init(writer: XMLWriter) {
        self.writer = writer
    }

    func start(_ name: String, _ attributes: Attributes = []) throws {
        try writer.startElement(name)
        for (attribute, value) in attributes {
            try writer.writeAttribute(attribute, value)
        }
    }

    func end() throws {
        try writer.endElement(fullEndTag: true)
    }

    /// `<name …>body</name>`.
    func element(_ name: String, _ attributes: Attributes = [], _ body: () throws -> Void) throws {
        try start(name, attributes)
        try body()
        try end()
    }

    func element(_ name: String, _ attributes: Attributes = [], text: String) throws {
        try start(name, attributes)
        try writer.writeText(text)
        try end()
    }

    /// A void element such as `<br/>` or `<img …/>`, which must not have an end tag.
    func void(_ name: String, _ attributes: Attributes = []) throws {
        try start(name, attributes)
        try writer.endElement(fullEndTag: false)
    }

    func text(_ text: String) throws {
        try writer.writeText(text)
    }
}
