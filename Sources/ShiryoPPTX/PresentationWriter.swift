import ShiryoOOXML
import ShiryoXML

/// A thin layer over `XMLWriter` for PresentationML parts: `p:` and `a:` elements with
/// unprefixed attributes, so the call sites read like the markup they make.
struct PresentationWriter {
    let xml: XMLWriter

    /// Opens a part's root `p:NAME` with the `a:`, `r:` and `p:` prefixes declared.
    func startRoot(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) throws {
        try xml.startElement(name, prefix: "p", namespace: PresentationML.main)
        try xml.writeNamespace(prefix: "a", uri: OPC.drawingMain)
        try xml.writeNamespace(prefix: "r", uri: OPC.relationships)
        for (key, value) in attributes { try xml.writeAttribute(key, value) }
    }

    func p(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void = {}) throws {
        try element("p", name, attributes, body)
    }

    func a(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void = {}) throws {
        try element("a", name, attributes, body)
    }

    /// `r:id="…"` style attributes go through `xml` directly; this writes the element.
    private func element(
        _ prefix: String, _ name: String, _ attributes: KeyValuePairs<String, String>, _ body: () throws -> Void
    ) throws {
        try xml.startElement(name, prefix: prefix)
        for (key, value) in attributes { try xml.writeAttribute(key, value) }
        try body()
        try xml.endElement()
    }

    /// `<a:xfrm><a:off/><a:ext/></a:xfrm>` for a frame.
    func transform(_ frame: Frame) throws {
        try a("xfrm") {
            try a("off", ["x": String(frame.x), "y": String(frame.y)])
            try a("ext", ["cx": String(frame.width), "cy": String(frame.height)])
        }
    }

    /// `p:sp` of a placeholder: its `p:nvSpPr` (type, size and index as the layout matches
    /// them), its frame, then `body` (the text).
    func placeholder(
        id: Int, name: String, type: String?, index: Int?, half: Bool = false, frame: Frame, body: () throws -> Void
    ) throws {
        try p("sp") {
            try p("nvSpPr") {
                try p("cNvPr", ["id": String(id), "name": name])
                try p("cNvSpPr") { try a("spLocks", ["noGrp": "1"]) }
                try p("nvPr") {
                    try xml.startElement("ph", prefix: "p")
                    if let type { try xml.writeAttribute("type", type) }
                    if half { try xml.writeAttribute("sz", "half") }
                    if let index { try xml.writeAttribute("idx", String(index)) }
                    try xml.endElement()
                }
            }
            try p("spPr") { try transform(frame) }
            try body()
        }
    }

    /// The group properties every shape tree starts with.
    func shapeTreeHead() throws {
        try p("nvGrpSpPr") {
            try p("cNvPr", ["id": "1", "name": ""])
            try p("cNvGrpSpPr")
            try p("nvPr")
        }
        try p("grpSpPr") {
            try a("xfrm") {
                try a("off", ["x": "0", "y": "0"])
                try a("ext", ["cx": "0", "cy": "0"])
                try a("chOff", ["x": "0", "y": "0"])
                try a("chExt", ["cx": "0", "cy": "0"])
            }
        }
    }
}

/// A rectangle on the slide, in EMU (914,400 per inch; 12,700 per point).
struct Frame: Equatable, Sendable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    var bottom: Int { y + height }
    var right: Int { x + width }
}
