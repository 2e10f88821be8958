import ShiryoXML

/// `[Content_Types].xml`: a default per file extension of the images and one override per
/// XML part, sorted by part name so the bytes never depend on discovery order.
enum ContentTypesPart {
    static func write(parts: [PackagePart]) throws -> [UInt8] {
        let defaults = [
            ("gif", "image/gif"), ("jpeg", "image/jpeg"), ("png", "image/png"),
            ("rels", WordML.ContentType.relationships), ("xml", WordML.ContentType.xml),
        ]
        return try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("Types", namespace: WordML.contentTypes)
            for (ext, type) in defaults {
                try xml.startElement("Default")
                try xml.writeAttribute("Extension", ext)
                try xml.writeAttribute("ContentType", type)
                try xml.endElement()
            }
            for part in parts.sorted(by: { $0.path < $1.path }) {
                guard let type = part.overrideContentType else { continue }
                try xml.startElement("Override")
                try xml.writeAttribute("PartName", "/" + part.path)
                try xml.writeAttribute("ContentType", type)
                try xml.endElement()
            }
            try xml.endElement()
        }
    }
}
