import ShiryoXML

package struct Relationship: Sendable {
    package var id: String
    package var type: String
    package var target: String
    package var external = false

    package init(id: String, type: String, target: String, external: Bool = false) {
        self.id = id
        self.type = type
        self.target = target
        self.external = external
    }
}

/// A `.rels` part, relationships in the order given (callers pass a fixed order).
package enum RelationshipsPart {
    package static func write(_ relationships: [Relationship]) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("Relationships", namespace: OPC.packageRelationships)
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

    /// The package's own relationships: the main part, then the core and app properties.
    package static func package(mainPart: String) -> [Relationship] {
        [
            Relationship(id: "rId1", type: OPC.RelationshipType.officeDocument, target: mainPart),
            Relationship(id: "rId2", type: OPC.RelationshipType.coreProperties, target: PropertiesParts.corePath),
            Relationship(id: "rId3", type: OPC.RelationshipType.extendedProperties, target: PropertiesParts.appPath),
        ]
    }

    /// Where the relationships of `partPath` live: `ppt/slides/slide1.xml` →
    /// `ppt/slides/_rels/slide1.xml.rels`.
    package static func path(for partPath: String) -> String {
        guard let slash = partPath.lastIndex(of: "/") else { return "_rels/\(partPath).rels" }
        return partPath[...slash] + "_rels/" + partPath[partPath.index(after: slash)...] + ".rels"
    }
}
