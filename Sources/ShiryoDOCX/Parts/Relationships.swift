import ShiryoXML

struct Relationship {
    var id: String
    var type: String
    var target: String
    var external = false
}

/// A `.rels` part, relationships in the order given (callers pass a fixed order).
enum RelationshipsPart {
    static func write(_ relationships: [Relationship]) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("Relationships", namespace: WordML.packageRelationships)
            for relationship in relationships {
                try xml.startElement("Relationship")
                try xml.writeAttribute("Id", relationship.id)
                try xml.writeAttribute("Type", relationship.type)
                try xml.writeAttribute("Target", relationship.target)
                if relationship.external { try xml.writeAttribute("TargetMode", "External") }
                try xml.endElement()
            }
            try xml.endElement()
        }
    }
}
