import ShiryoModel
import ShiryoXML

/// The running header (document number and date, top right, as the genre prints them)
/// and footer (page number as "n / N" from the PAGE and NUMPAGES fields).
enum HeaderFooterParts {
    /// - Parameter empty: the first page's header, which is empty because the first page
    ///   prints number and date in its body.
    static func header(for metadata: Metadata, empty: Bool = false, styleIDs: StyleIDMap) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = WordWriter(xml, styleIDs: styleIDs)
            try w.startRoot("hdr", extraNamespaces: [("r", WordML.relationships)])
            try w.element("p") {
                try ParagraphProperties(style: StyleID.header).write(to: w)
                if empty { return }
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

    /// A complex field (begin, instruction, separate, cached result, end), the form Word
    /// itself writes and updates when the page is laid out.
    private static func field(_ instruction: String, placeholder: String, to w: WordWriter) throws {
        try w.element("r") { try w.empty("fldChar", ["fldCharType": "begin"]) }
        try w.element("r") {
            try w.start("instrText")
            try w.xml.writeAttribute("space", "preserve", prefix: "xml")
            try w.xml.writeText(" \(instruction) ")
            try w.end()
        }
        try w.element("r") { try w.empty("fldChar", ["fldCharType": "separate"]) }
        try w.element("r") {
            try RunProperties(fonts: nil).write(to: w)
            try w.textElement(placeholder)
        }
        try w.element("r") { try w.empty("fldChar", ["fldCharType": "end"]) }
    }
}
