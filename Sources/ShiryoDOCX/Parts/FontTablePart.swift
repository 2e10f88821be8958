import ShiryoXML

/// word/fontTable.xml: tells Word that our font is a Japanese one (Shift-JIS charset)
/// and names an alternative, so a machine without it substitutes a Japanese font.
enum FontTablePart {
    static func write() throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = WordWriter(xml)
            try w.startRoot("fonts")
            try w.start("font")
            try w.attribute("name", Typography.font)
            // CT_Font order: altName, panose1, charset, family, notTrueType, pitch, sig.
            try w.value("altName", Typography.alternateFont)
            try w.value("charset", "80")
            try w.value("family", "swiss")
            try w.value("pitch", "variable")
            try w.end()
            try w.end()
        }
    }
}
