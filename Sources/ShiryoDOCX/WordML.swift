import ShiryoOOXML

/// Namespace URIs, relationship types and content types of the WordprocessingML parts we
/// write (ECMA-376 transitional, the flavour Word itself saves). What every OOXML package
/// shares is in `OPC`.
enum WordML {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = OPC.relationships
    static let drawingWordprocessing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let drawingMain = OPC.drawingMain
    static let picture = OPC.picture

    enum RelationshipType {
        private static let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        static let styles = base + "styles"
        static let numbering = base + "numbering"
        static let footnotes = base + "footnotes"
        static let settings = base + "settings"
        static let fontTable = base + "fontTable"
        static let theme = OPC.RelationshipType.theme
        static let header = base + "header"
        static let footer = base + "footer"
        static let image = OPC.RelationshipType.image
        static let hyperlink = OPC.RelationshipType.hyperlink
    }

    enum ContentType {
        private static let wordBase = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        static let document = wordBase + "document.main+xml"
        static let styles = wordBase + "styles+xml"
        static let numbering = wordBase + "numbering+xml"
        static let footnotes = wordBase + "footnotes+xml"
        static let settings = wordBase + "settings+xml"
        static let fontTable = wordBase + "fontTable+xml"
        static let theme = OPC.ContentType.theme
        static let header = wordBase + "header+xml"
        static let footer = wordBase + "footer+xml"
    }
}
