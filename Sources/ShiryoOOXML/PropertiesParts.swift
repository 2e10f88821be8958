import ShiryoModel
import ShiryoXML

/// docProps/core.xml and docProps/app.xml. No creation or modification time is written:
/// the model has no machine-readable date and the clock would make every render differ.
package enum PropertiesParts {
    package static let corePath = "docProps/core.xml"
    package static let appPath = "docProps/app.xml"

    package static func core(_ metadata: Metadata) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("coreProperties", prefix: "cp", namespace: OPC.coreProperties)
            try xml.writeNamespace(prefix: "dc", uri: OPC.dublinCore)
            try xml.writeNamespace(prefix: "dcterms", uri: OPC.dublinCoreTerms)
            try xml.writeNamespace(prefix: "xsi", uri: OPC.xmlSchemaInstance)
            // Dublin Core elements first, then cp: ones; any order is valid, this one is fixed.
            try xml.element("title", prefix: "dc", text: metadata.title)
            if let subject = nonEmpty(metadata.subject) ?? nonEmpty(metadata.subtitle) {
                try xml.element("subject", prefix: "dc", text: subject)
            }
            if let issuer = nonEmpty(metadata.issuer) { try xml.element("creator", prefix: "dc", text: issuer) }
            try xml.element("identifier", prefix: "dc", text: metadata.identifier)
            try xml.element("language", prefix: "dc", text: languageTag(metadata.language))
            let keywords = metadata.keywords.filter { !$0.isEmpty }
            if !keywords.isEmpty { try xml.element("keywords", prefix: "cp", text: keywords.joined(separator: ", ")) }
            // The 資料番号 is how offices file the document: Word shows it as the category.
            if let number = nonEmpty(metadata.documentNumber) { try xml.element("category", prefix: "cp", text: number) }
            if metadata.isDraft { try xml.element("contentStatus", prefix: "cp", text: draftStatus) }
            try xml.endElement()
        }
    }

    /// The content status of a draft (`cp:contentStatus`), as Office's 「状態」 shows it.
    package static let draftStatus = "案"

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    /// The extended properties: the application, the issuer as the company, and what the
    /// format counts (`Slides`).
    package static func app(_ metadata: Metadata? = nil, counts: KeyValuePairs<String, Int> = [:]) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("Properties", namespace: OPC.extendedProperties)
            for (name, count) in counts { try xml.element(name, text: String(count)) }
            if let issuer = nonEmpty(metadata?.issuer) { try xml.element("Company", text: issuer) }
            try xml.element("Application", text: "Shiryo")
            try xml.element("DocSecurity", text: "0")
            try xml.endElement()
        }
    }

    /// `ja` → `ja-JP`, the form Office writes; other tags pass through.
    package static func languageTag(_ language: String) -> String {
        language == "ja" ? "ja-JP" : language
    }
}
