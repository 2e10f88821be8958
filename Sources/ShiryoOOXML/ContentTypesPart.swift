import ShiryoXML

/// `[Content_Types].xml`: a default per file extension of the images and one override per
/// XML part, sorted by part name so the bytes never depend on discovery order.
package enum ContentTypesPart {
    package static let path = "[Content_Types].xml"

    package static func write(parts: [(path: String, type: String?)]) throws -> [UInt8] {
        let defaults = ImageInfo.Format.allCases.map { ($0.fileExtension, $0.contentType) } + [
            ("rels", OPC.ContentType.relationships), ("xml", OPC.ContentType.xml),
        ]
        return try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("Types", namespace: OPC.contentTypes)
            for (ext, type) in defaults.sorted(by: { $0.0 < $1.0 }) {
                try xml.startElement("Default")
                try xml.writeAttribute("Extension", ext)
                try xml.writeAttribute("ContentType", type)
                try xml.endElement()
            }
            for part in parts.sorted(by: { $0.path < $1.path }) {
                guard let type = part.type else { continue }
                try xml.startElement("Override")
                try xml.writeAttribute("PartName", "/" + part.path)
                try xml.writeAttribute("ContentType", type)
                try xml.endElement()
            }
            try xml.endElement()
        }
    }
}
