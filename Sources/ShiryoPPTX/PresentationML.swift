import ShiryoOOXML

/// Namespace URIs, relationship types and content types of the PresentationML parts we
/// write (ECMA-376 transitional, the flavour PowerPoint saves). What every OOXML package
/// shares is in `OPC`.
enum PresentationML {
    static let main = "http://schemas.openxmlformats.org/presentationml/2006/main"

    enum RelationshipType {
        private static let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        static let slideMaster = base + "slideMaster"
        static let slideLayout = base + "slideLayout"
        static let slide = base + "slide"
        static let presProps = base + "presProps"
        static let viewProps = base + "viewProps"
        static let tableStyles = base + "tableStyles"
    }

    enum ContentType {
        private static let base = "application/vnd.openxmlformats-officedocument.presentationml."
        static let presentation = base + "presentation.main+xml"
        static let slideMaster = base + "slideMaster+xml"
        static let slideLayout = base + "slideLayout+xml"
        static let slide = base + "slide+xml"
        static let presProps = base + "presProps+xml"
        static let viewProps = base + "viewProps+xml"
        static let tableStyles = "application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml"
    }

    static let presentationPath = "ppt/presentation.xml"
    static let themePath = "ppt/theme/theme1.xml"
    static let masterPath = "ppt/slideMasters/slideMaster1.xml"

    static func slidePath(_ number: Int) -> String { "ppt/slides/slide\(number).xml" }
    static func layoutPath(_ number: Int) -> String { "ppt/slideLayouts/slideLayout\(number).xml" }
}
