/// Namespace URIs, relationship types and content types that every Office Open XML
/// package shares (ECMA-376 Part 2, Open Packaging Conventions, and the common parts of
/// Part 1). Each format adds its own vocabulary beside it: `WordML` for DOCX, `PresentationML`
/// for PPTX.
package enum OPC {
    package static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    package static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    /// The `r:` namespace that parts use to point at their relationships (`r:id`, `r:embed`).
    package static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    package static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    package static let docPropsVTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    package static let dublinCore = "http://purl.org/dc/elements/1.1/"
    package static let dublinCoreTerms = "http://purl.org/dc/terms/"
    package static let xmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance"
    /// DrawingML (`a:`), shared by themes, pictures and slide text.
    package static let drawingMain = "http://schemas.openxmlformats.org/drawingml/2006/main"
    package static let picture = "http://schemas.openxmlformats.org/drawingml/2006/picture"

    package enum RelationshipType {
        private static let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        package static let officeDocument = base + "officeDocument"
        package static let extendedProperties = base + "extended-properties"
        package static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        package static let theme = base + "theme"
        package static let image = base + "image"
        package static let hyperlink = base + "hyperlink"
    }

    package enum ContentType {
        package static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        package static let xml = "application/xml"
        package static let theme = "application/vnd.openxmlformats-officedocument.theme+xml"
        package static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        package static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }
}
