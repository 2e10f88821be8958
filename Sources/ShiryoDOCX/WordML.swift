/// Namespace URIs, relationship types and content types of the WordprocessingML parts we
/// write (ECMA-376 transitional, the flavour Word itself saves).
enum WordML {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let drawingWordprocessing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let drawingMain = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let picture = "http://schemas.openxmlformats.org/drawingml/2006/picture"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let xmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance"

    enum RelationshipType {
        private static let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        static let officeDocument = base + "officeDocument"
        static let extendedProperties = base + "extended-properties"
        static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        static let styles = base + "styles"
        static let numbering = base + "numbering"
        static let footnotes = base + "footnotes"
        static let settings = base + "settings"
        static let fontTable = base + "fontTable"
        static let theme = base + "theme"
        static let header = base + "header"
        static let footer = base + "footer"
        static let image = base + "image"
        static let hyperlink = base + "hyperlink"
    }

    enum ContentType {
        private static let wordBase = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
        static let document = wordBase + "document.main+xml"
        static let styles = wordBase + "styles+xml"
        static let numbering = wordBase + "numbering+xml"
        static let footnotes = wordBase + "footnotes+xml"
        static let settings = wordBase + "settings+xml"
        static let fontTable = wordBase + "fontTable+xml"
        static let theme = "application/vnd.openxmlformats-officedocument.theme+xml"
        static let header = wordBase + "header+xml"
        static let footer = wordBase + "footer+xml"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }
}
