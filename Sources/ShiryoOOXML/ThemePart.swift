import ShiryoXML

/// A DrawingML theme (`word/theme/theme1.xml`, `ppt/theme/theme1.xml`): validators, Word
/// and PowerPoint expect the main part to have one. A plain Office-like theme whose fonts
/// are ours, with a Japanese script font, so theme fonts resolve to the same face as the
/// text.
package enum ThemePart {
    private static let colors: [(String, String)] = [
        ("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "44546A"), ("lt2", "E7E6E6"),
        ("accent1", "4472C4"), ("accent2", "ED7D31"), ("accent3", "A5A5A5"), ("accent4", "FFC000"),
        ("accent5", "5B9BD5"), ("accent6", "70AD47"), ("hlink", "0563C1"), ("folHlink", "954F72"),
    ]

    package static func write(font: String) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let a = DrawingWriter(xml: xml)
            try xml.startElement("theme", prefix: "a", namespace: OPC.drawingMain)
            try xml.writeAttribute("name", "Shiryo")
            try a.element("themeElements") {
                try a.element("clrScheme", ["name": "Shiryo"]) {
                    for (name, value) in colors {
                        try a.element(name) {
                            if name == "dk1" || name == "lt1" {
                                try a.empty("sysClr", ["val": name == "dk1" ? "windowText" : "window", "lastClr": value])
                            } else {
                                try a.empty("srgbClr", ["val": value])
                            }
                        }
                    }
                }
                try a.element("fontScheme", ["name": "Shiryo"]) {
                    for kind in ["majorFont", "minorFont"] {
                        try a.element(kind) {
                            try a.empty("latin", ["typeface": font])
                            try a.empty("ea", ["typeface": ""])
                            try a.empty("cs", ["typeface": ""])
                            try a.empty("font", ["script": "Jpan", "typeface": font])
                        }
                    }
                }
                try a.element("fmtScheme", ["name": "Shiryo"]) {
                    try a.element("fillStyleLst") { try threeTimes { try solidFill(a) } }
                    try a.element("lnStyleLst") {
                        try threeTimes {
                            try a.element("ln", ["w": "6350", "cap": "flat", "cmpd": "sng", "algn": "ctr"]) {
                                try solidFill(a)
                                try a.empty("prstDash", ["val": "solid"])
                                try a.empty("miter", ["lim": "800000"])
                            }
                        }
                    }
                    try a.element("effectStyleLst") {
                        try threeTimes { try a.element("effectStyle") { try a.empty("effectLst") } }
                    }
                    try a.element("bgFillStyleLst") { try threeTimes { try solidFill(a) } }
                }
            }
            try a.empty("objectDefaults")
            try a.empty("extraClrSchemeLst")
            try xml.endElement()
        }
    }

    private static func threeTimes(_ body: () throws -> Void) throws {
        for _ in 0..<3 { try body() }
    }

    private static func solidFill(_ a: DrawingWriter) throws {
        try a.element("solidFill") { try a.empty("schemeClr", ["val": "phClr"]) }
    }
}

/// `a:` elements with unprefixed attributes, as DrawingML has them.
package struct DrawingWriter {
    package let xml: XMLWriter

    package init(xml: XMLWriter) {
        self.xml = xml
    }

    package func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void) throws {
        try xml.startElement(name, prefix: "a")
        for (key, value) in attributes { try xml.writeAttribute(key, value) }
        try body()
        try xml.endElement()
    }

    package func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) throws {
        try element(name, attributes) {}
    }
}
