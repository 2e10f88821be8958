import ShiryoModel
import ShiryoXML

/// word/styles.xml: Japanese document defaults and our style catalog.
enum StylesPart {
    static func write(kind: Document.Kind) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = WordWriter(xml)
            try w.startRoot("styles")
            try writeDocumentDefaults(kind: kind, to: w)
            for style in StyleCatalog.styles(for: kind) {
                try style.write(to: w)
            }
            try w.end()
        }
    }

    /// `w:lang w:eastAsia="ja-JP"` and the East Asian font make Word and LibreOffice shape
    /// and break the text as Japanese; kinsoku is Word's default but said explicitly.
    static func writeDocumentDefaults(kind: Document.Kind, to w: WordWriter) throws {
        try w.element("docDefaults") {
            try w.element("rPrDefault") {
                try RunProperties(
                    fonts: .init(ascii: Typography.font, eastAsia: Typography.font),
                    size: Typography.bodySize(for: kind), language: .init(latin: "en-US", eastAsia: "ja-JP")
                ).write(to: w)
            }
            try w.element("pPrDefault") {
                try ParagraphProperties(kinsoku: true).write(to: w)
            }
        }
    }
}
