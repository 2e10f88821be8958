import ShiryoXML

/// A draft's diagonal 「案」 watermark, written the way Word writes its own watermarks: a
/// VML WordArt shape (`#_x0000_t136`, plain text on a path) in the page header, centred on
/// the margins, behind the text, rotated 315°. Word and LibreOffice both show a header
/// shape on every page of the section, and Word lists it under Design → Watermark.
enum Watermark {
    static let vml = "urn:schemas-microsoft-com:vml"
    static let office = "urn:schemas-microsoft-com:office:office"
    /// The namespaces a header with a watermark declares.
    static let namespaces: [(prefix: String, uri: String)] = [("v", vml), ("o", office)]
    /// The light red of the mark: legible as a draft, but never in the way of the text.
    static let color = "#F9D3D3"

    /// The formulas of the VML text-path shape type 136 (ECMA-376 Part 4, §14.1.2.20 and the
    /// preset shape definitions), which Word writes with every watermark.
    private static let formulas = [
        "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0",
        "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8", "mid @6 @7",
        "sum @6 0 @5",
    ]

    /// The run holding the shape; `text` is the mark, `font` its typeface.
    static func write(_ text: String, font: String, to w: WordWriter) throws {
        let xml = w.xml
        func start(_ name: String, _ prefix: String, _ attributes: KeyValuePairs<String, String> = [:]) throws {
            try xml.startElement(name, prefix: prefix)
            for (key, value) in attributes {
                if let colon = key.firstIndex(of: ":") {
                    try xml.writeAttribute(String(key[key.index(after: colon)...]), value, prefix: String(key[..<colon]))
                } else {
                    try xml.writeAttribute(key, value)
                }
            }
        }
        func empty(_ name: String, _ prefix: String, _ attributes: KeyValuePairs<String, String> = [:]) throws {
            try start(name, prefix, attributes)
            try xml.endElement()
        }
        try w.element("r") {
            try w.element("pict") {
                try start("shapetype", "v", [
                    "id": "_x0000_t136", "coordsize": "21600,21600", "o:spt": "136", "adj": "10800",
                    "path": "m@7,l@8,m@5,21600l@6,21600e",
                ])
                try start("formulas", "v")
                for formula in formulas { try empty("f", "v", ["eqn": formula]) }
                try xml.endElement()
                try empty("path", "v", [
                    "textpathok": "t", "o:connecttype": "custom", "o:connectlocs": "@9,0;@10,10800;@11,21600;@12,10800",
                    "o:connectangles": "270,180,90,0",
                ])
                try empty("textpath", "v", ["on": "t", "fitshape": "t"])
                try start("handles", "v")
                try empty("h", "v", ["position": "#0,bottomRight", "xrange": "6629,14971"])
                try xml.endElement()
                try empty("lock", "o", ["v:ext": "edit", "text": "t", "shapetype": "t"])
                try xml.endElement()

                try start("shape", "v", [
                    "id": "ShiryoDraftWatermark", "o:spid": "_x0000_s2049", "type": "#_x0000_t136",
                    "style": "position:absolute;margin-left:0;margin-top:0;width:300pt;height:300pt;rotation:315;"
                        + "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
                        + "mso-position-vertical:center;mso-position-vertical-relative:margin",
                    "o:allowincell": "f", "fillcolor": color, "stroked": "f",
                ])
                try empty("fill", "v", ["opacity": ".5"])
                try empty("textpath", "v", ["style": "font-family:\"\(font)\";font-size:1pt", "string": text])
                try xml.endElement()
            }
        }
    }
}
