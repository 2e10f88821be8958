import ShiryoXML

/// xl/styles.xml: the fonts, fills, borders and cell formats behind `CellStyle`, in the
/// order CT_Stylesheet fixes.
enum StylesPart {
    /// Excel's Japanese default face since 2016; LibreOffice substitutes a CJK face.
    static let fontName = "游ゴシック"

    private struct Format {
        var numberFormat = 0
        var font = 0
        var fill = 0
        var border = 0
        var vertical: String?
        var wrap = false
        var unlocked = false
    }

    private static func format(_ style: CellStyle) -> Format {
        switch style {
        case .plain: Format()
        case .header: Format(font: 1, fill: 2, border: 1, vertical: "center", wrap: true)
        case .locked: Format(fill: 3, border: 1, vertical: "top", wrap: true)
        // 49 is the built-in text format `@`.
        case .input: Format(numberFormat: 49, fill: 4, border: 1, vertical: "top", wrap: true, unlocked: true)
        case .note: Format(vertical: "top", wrap: true)
        case .title: Format(font: 2, vertical: "center")
        }
    }

    static func write() throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("styleSheet", namespace: SpreadsheetML.main)
            try list(xml, "fonts", count: 3) {
                for (bold, size) in [(false, "11"), (true, "11"), (true, "14")] {
                    try xml.startElement("font")
                    if bold { try WorksheetPart.empty(xml, "b") }
                    try WorksheetPart.empty(xml, "sz", ["val": size])
                    try WorksheetPart.empty(xml, "name", ["val": fontName])
                    try WorksheetPart.empty(xml, "family", ["val": "3"])
                    try WorksheetPart.empty(xml, "charset", ["val": "128"])
                    try xml.endElement()
                }
            }
            try list(xml, "fills", count: 5) {
                for pattern in ["none", "gray125"] {
                    try WorksheetPart.empty(xml, "fill") { try WorksheetPart.empty(xml, "patternFill", ["patternType": pattern]) }
                }
                for color in ["FFD9D9D9", "FFF2F2F2", "FFFFF2CC"] {
                    try WorksheetPart.empty(xml, "fill") {
                        try WorksheetPart.empty(xml, "patternFill", ["patternType": "solid"]) {
                            try WorksheetPart.empty(xml, "fgColor", ["rgb": color])
                            try WorksheetPart.empty(xml, "bgColor", ["indexed": "64"])
                        }
                    }
                }
            }
            try list(xml, "borders", count: 2) {
                for style in [nil, "thin"] as [String?] {
                    try WorksheetPart.empty(xml, "border") {
                        for edge in ["left", "right", "top", "bottom"] {
                            if let style {
                                try WorksheetPart.empty(xml, edge, ["style": style]) {
                                    try WorksheetPart.empty(xml, "color", ["auto": "1"])
                                }
                            } else {
                                try WorksheetPart.empty(xml, edge)
                            }
                        }
                        try WorksheetPart.empty(xml, "diagonal")
                    }
                }
            }
            try list(xml, "cellStyleXfs", count: 1) {
                try WorksheetPart.empty(xml, "xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
            }
            try list(xml, "cellXfs", count: CellStyle.allCases.count) {
                for style in CellStyle.allCases {
                    try xf(xml, format(style))
                }
            }
            try list(xml, "cellStyles", count: 1) {
                try WorksheetPart.empty(xml, "cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
            }
            try list(xml, "dxfs", count: 0) {}
            try WorksheetPart.empty(xml, "tableStyles", [
                "count": "0", "defaultTableStyle": "TableStyleMedium2", "defaultPivotStyle": "PivotStyleLight16",
            ])
            try xml.endElement()
        }
    }

    private static func xf(_ xml: XMLWriter, _ format: Format) throws {
        try xml.startElement("xf")
        try xml.writeAttribute("numFmtId", String(format.numberFormat))
        try xml.writeAttribute("fontId", String(format.font))
        try xml.writeAttribute("fillId", String(format.fill))
        try xml.writeAttribute("borderId", String(format.border))
        try xml.writeAttribute("xfId", "0")
        if format.numberFormat != 0 { try xml.writeAttribute("applyNumberFormat", "1") }
        if format.font != 0 { try xml.writeAttribute("applyFont", "1") }
        if format.fill != 0 { try xml.writeAttribute("applyFill", "1") }
        if format.border != 0 { try xml.writeAttribute("applyBorder", "1") }
        if format.vertical != nil || format.wrap { try xml.writeAttribute("applyAlignment", "1") }
        if format.unlocked { try xml.writeAttribute("applyProtection", "1") }
        if format.vertical != nil || format.wrap {
            try xml.startElement("alignment")
            if let vertical = format.vertical { try xml.writeAttribute("vertical", vertical) }
            if format.wrap { try xml.writeAttribute("wrapText", "1") }
            try xml.endElement()
        }
        if format.unlocked {
            try WorksheetPart.empty(xml, "protection", ["locked": "0"])
        }
        try xml.endElement()
    }

    private static func list(_ xml: XMLWriter, _ name: String, count: Int, _ body: () throws -> Void) throws {
        try xml.startElement(name)
        try xml.writeAttribute("count", String(count))
        try body()
        try xml.endElement()
    }
}
