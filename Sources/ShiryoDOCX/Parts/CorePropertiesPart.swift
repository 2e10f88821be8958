import ShiryoModel
import ShiryoXML

/// docProps/core.xml and docProps/app.xml. No creation or modification time is written:
/// the model has no machine-readable date and the clock would make every render differ.
enum CorePropertiesPart {
    static func core(_ metadata: Metadata) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("coreProperties", prefix: "cp", namespace: WordML.coreProperties)
            try xml.writeNamespace(prefix: "dc", uri: WordML.dublinCore)
            try xml.writeNamespace(prefix: "dcterms", uri: WordML.dublinCoreTerms)
            try xml.writeNamespace(prefix: "xsi", uri: WordML.xmlSchemaInstance)
            // Dublin Core elements first, then cp: ones; any order is valid, this one is fixed.
            try xml.element("title", prefix: "dc", text: metadata.title)
            if let subtitle = metadata.subtitle { try xml.element("subject", prefix: "dc", text: subtitle) }
            if let issuer = metadata.issuer { try xml.element("creator", prefix: "dc", text: issuer) }
            try xml.element("identifier", prefix: "dc", text: metadata.identifier)
            try xml.element("language", prefix: "dc", text: languageTag(metadata.language))
            try xml.endElement()
        }
    }

    static func app() throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("Properties", namespace: WordML.extendedProperties)
            try xml.element("Application", text: "Shiryo")
            try xml.element("DocSecurity", text: "0")
            try xml.endElement()
        }
    }

    /// `ja` → `ja-JP`, the form Office writes; other tags pass through.
    static func languageTag(_ language: String) -> String {
        language == "ja" ? "ja-JP" : language
    }
}
