import ShiryoModel
import ShiryoRendering
import ShiryoXML

/// The running header (document number and date, top right, as the genre prints them)
/// and footer (page number as "n / N" from the PAGE and NUMPAGES fields).
enum HeaderFooterParts {
    /// - Parameter empty: the first page's header, which is empty because the first page
    ///   prints number and date in its body.
    /// - Parameter watermark: a draft's 「案」 watermark, which every header of the document
    ///   carries so that it is on every page.
    ///   - stamps: 「案」 and the document's stamps, printed in boxes before the date.
    static func header(
        for metadata: Metadata, empty: Bool = false, watermark: Bool = false, stamps: [String] = [],
        styleIDs: StyleIDMap
    ) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = WordWriter(xml, styleIDs: styleIDs)
            try w.startRoot("hdr", extraNamespaces: [("r", WordML.relationships)] + (watermark ? Watermark.namespaces : []))
            try w.element("p") {
                try ParagraphProperties(style: StyleID.header).write(to: w)
                if watermark {
                    try Watermark.write(DocumentMarkingOptions.watermarkText, font: Typography.font, to: w)
                }
                if empty { return }
                if !stamps.isEmpty {
                    try DocumentInfo.writeStamps(stamps, to: w)
                    try run("\u{3000}", to: w)
                }
                if let date = metadata.dateText, !date.isEmpty {
                    try run(date + (metadata.documentNumber == nil ? "" : "\u{3000}"), to: w)
                }
                if let number = metadata.documentNumber, !number.isEmpty {
                    try run(number, bold: true, to: w)
                }
            }
            try w.end()
        }
    }

    static func footer(styleIDs: StyleIDMap) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = WordWriter(xml, styleIDs: styleIDs)
            try w.startRoot("ftr", extraNamespaces: [("r", WordML.relationships)])
            try w.element("p") {
                try ParagraphProperties(style: StyleID.footer).write(to: w)
                try field("PAGE", placeholder: "1", to: w)
                try run(" / ", to: w)
                try field("NUMPAGES", placeholder: "1", to: w)
            }
            try w.end()
        }
    }

    private static func run(_ text: String, bold: Bool = false, to w: WordWriter) throws {
        try w.element("r") {
            try RunProperties(fonts: text.containsEastAsian ? .init(hint: "eastAsia") : nil, bold: bold).write(to: w)
            try w.textElement(text)
        }
    }

    private static func field(_ instruction: String, placeholder: String, to w: WordWriter) throws {
        try w.field(instruction) {
            try w.element("r") {
                try RunProperties(fonts: nil).write(to: w)
                try w.textElement(placeholder)
            }
        }
    }
}
