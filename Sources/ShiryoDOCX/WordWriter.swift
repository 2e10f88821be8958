import ShiryoXML

/// A thin layer over `XMLWriter` for WordprocessingML: every element and attribute of the
/// `w:` vocabulary carries the prefix, so the call sites read like the markup they make.
///
/// Style ids go through `styleID(_:)`, which maps our canonical ids (Heading1, Strong…) to
/// the ids of a reference document's styles of the same name.
final class WordWriter {
    let xml: XMLWriter
    let styleIDs: StyleIDMap
    private let recentProperties = RecentPropertyMarkup()

    init(_ xml: XMLWriter, styleIDs: StyleIDMap = StyleIDMap()) {
        self.xml = xml
        self.styleIDs = styleIDs
    }

    /// Opens the root element of a part with `w:` and the other prefixes it uses declared.
    func startRoot(_ name: String, extraNamespaces: [(prefix: String, uri: String)] = []) throws {
        try xml.startElement(name, prefix: "w", namespace: WordML.main)
        for namespace in extraNamespaces {
            try xml.writeNamespace(prefix: namespace.prefix, uri: namespace.uri)
        }
    }

    func start(_ name: String) throws {
        try xml.startElement(name, prefix: "w")
    }

    func attribute(_ name: String, _ value: String) throws {
        try xml.writeAttribute(name, value, prefix: "w")
    }

    func end() throws {
        try xml.endElement()
    }

    /// `<w:name w:a="…" …/>`.
    func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) throws {
        try xml.emptyElement(name, prefix: "w", attributes: attributes, attributePrefix: "w")
    }

    /// `<w:name w:val="value"/>`, the most common shape of a property.
    func value(_ name: String, _ value: String) throws {
        try xml.emptyElement(name, prefix: "w", attribute: "val", value: value, attributePrefix: "w")
    }

    func value(_ name: String, _ value: Int) throws {
        try self.value(name, String(value))
    }

    /// `<w:t>` keeping leading and trailing spaces, which Word would otherwise drop.
    func textElement(_ text: String) throws {
        if Self.hasOuterSpace(text) {
            try xml.element("t", prefix: "w", attributes: ["space": "preserve"], attributePrefix: "xml", text: text)
        } else {
            try xml.element("t", prefix: "w", text: text)
        }
    }

    /// Whether the text starts or ends with a space (U+0020 or U+3000) as a character of
    /// its own. The scalars decide nearly every text; grapheme clusters are only formed
    /// when a space is there (a space can still be part of a larger character).
    private static func hasOuterSpace(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        if let first = scalars.first, first == " " || first == "\u{3000}",
           text.first == " " || text.first == "\u{3000}" {
            return true
        }
        if let last = scalars.last, last == " " || last == "\u{3000}",
           text.last == " " || text.last == "\u{3000}" {
            return true
        }
        return false
    }

    /// Runs `body` inside `<w:name>…</w:name>`.
    func element(_ name: String, _ body: () throws -> Void) throws {
        try start(name)
        try body()
        try end()
    }

    /// Writes `<w:pPr>` for these properties: copied if it was written recently, else made by
    /// `make` (with every check) and kept for the next time.
    func paragraphProperties(
        _ properties: ParagraphProperties, mark: RunProperties?, _ make: (WordWriter) throws -> Void
    ) throws {
        try xml.write(recentProperties.paragraph(properties, mark: mark, styleIDs: styleIDs, make: make))
    }

    /// Writes `<w:rPr>` for these properties, as `paragraphProperties` does.
    func runProperties(_ properties: RunProperties, _ make: (WordWriter) throws -> Void) throws {
        try xml.write(recentProperties.run(properties, styleIDs: styleIDs, make: make))
    }

    /// Writes `<w:tcPr>` for these properties, as `paragraphProperties` does.
    func cellProperties(_ properties: CellProperties, _ make: (WordWriter) throws -> Void) throws {
        try xml.write(recentProperties.cell(properties, styleIDs: styleIDs, make: make))
    }

    /// Writes `<w:trPr>` for these properties, as `paragraphProperties` does.
    func rowProperties(_ properties: RowProperties, _ make: (WordWriter) throws -> Void) throws {
        try xml.write(recentProperties.row(properties, styleIDs: styleIDs, make: make))
    }

    /// Writes `<w:r>` with these properties around `<w:t>text</w:t>`: the text must hold no
    /// line break or tab, which are elements of their own.
    func textRun(_ properties: RunProperties, text: String) throws {
        // Outer spaces need `xml:space`, which the recorded `<w:t>` does not carry.
        guard !Self.hasOuterSpace(text) else {
            return try element("r") {
                try properties.write(to: self)
                try textElement(text)
            }
        }
        let template = try recentProperties.textRun(properties, styleIDs: styleIDs) { w, text in
            try w.element("r") {
                if !properties.isEmpty { try properties.writeElement(to: w) }
                try w.textElement(text)
            }
        }
        try xml.write(template, text: text)
    }

    func styleID(_ canonical: String) -> String {
        styleIDs.resolve(canonical)
    }
}

/// Our style ids mapped to the ids a reference document uses for the same styles.
struct StyleIDMap: Sendable {
    var mapping: [String: String] = [:]

    func resolve(_ canonical: String) -> String {
        mapping[canonical] ?? canonical
    }
}
