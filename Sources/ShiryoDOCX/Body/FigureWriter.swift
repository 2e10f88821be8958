import ShiryoModel
import ShiryoOOXML

/// A figure: the image (when the data has one) scaled to fit, then caption, description
/// and credit, each its own Caption paragraph.
struct FigureWriter {
    let body: BodyWriter
    var w: WordWriter { body.w }

    /// EMU per twip: 914400 EMU per inch, 1440 twips per inch.
    static let emuPerTwip = 635
    /// EMU per pixel at 96 dpi.
    static let emuPerPixel = 9525

    func write(_ figure: Figure, in container: Container) throws {
        var lines: [[Inline]] = [figure.caption]
        if let description = figure.description { lines.append(description) }
        if let credit = figure.credit { lines.append(credit) }
        if let path = figure.image {
            let image = try body.context.media.image(at: path)
            let properties = ParagraphProperties(keepNext: true, spacing: .init(before: 60, after: 0), justification: "center")
            try body.paragraph(properties, in: container) {
                try writeDrawing(image, description: figure.caption.plainText, in: container)
            }
        }
        for (index, line) in lines.enumerated() {
            var properties = ParagraphProperties(style: StyleID.caption)
            properties.keepNext = index < lines.count - 1
            if index > 0 { properties.spacing = .init(before: 0) }
            try body.paragraph(properties, in: container) {
                try body.runs(in: container).write(line)
            }
        }
    }

    /// The largest size with the image's aspect ratio that fits the column and a height
    /// limit (a third of the page), never enlarged beyond its pixel size at 96 dpi.
    func extent(of info: ImageInfo, in container: Container) -> (cx: Int, cy: Int) {
        let page = body.context.page
        let maxWidth = container.width * Self.emuPerTwip
        let maxHeight = (page.height - page.top - page.bottom) / 3 * Self.emuPerTwip
        let naturalWidth = info.width * Self.emuPerPixel
        let naturalHeight = info.height * Self.emuPerPixel
        let scale = min(1.0, Double(maxWidth) / Double(naturalWidth), Double(maxHeight) / Double(naturalHeight))
        return (max(Int(Double(naturalWidth) * scale), 1), max(Int(Double(naturalHeight) * scale), 1))
    }

    private func writeDrawing(_ image: MediaRegistry.Image, description: String, in container: Container) throws {
        let xml = w.xml
        let (cx, cy) = extent(of: image.info, in: container)
        let id = String(body.context.nextDrawingID())
        let name = "図 \(id)"
        try w.element("r") {
            try w.element("drawing") {
                try xml.startElement("inline", prefix: "wp")
                for side in ["distT", "distB", "distL", "distR"] { try xml.writeAttribute(side, "0") }
                try emptyElement("extent", prefix: "wp", ["cx": String(cx), "cy": String(cy)])
                try emptyElement("effectExtent", prefix: "wp", ["l": "0", "t": "0", "r": "0", "b": "0"])
                try emptyElement("docPr", prefix: "wp", ["id": id, "name": name, "descr": description])
                try xml.startElement("cNvGraphicFramePr", prefix: "wp")
                try emptyElement("graphicFrameLocks", prefix: "a", ["noChangeAspect": "1"])
                try xml.endElement()
                try xml.startElement("graphic", prefix: "a")
                try xml.startElement("graphicData", prefix: "a")
                try xml.writeAttribute("uri", WordML.picture)
                try writePicture(image, id: id, cx: cx, cy: cy)
                try xml.endElement()
                try xml.endElement()
                try xml.endElement()
            }
        }
    }

    private func writePicture(_ image: MediaRegistry.Image, id: String, cx: Int, cy: Int) throws {
        let xml = w.xml
        try xml.startElement("pic", prefix: "pic")
        try xml.startElement("nvPicPr", prefix: "pic")
        try emptyElement("cNvPr", prefix: "pic", ["id": id, "name": image.partName.split(separator: "/").last.map(String.init) ?? "image"])
        try emptyElement("cNvPicPr", prefix: "pic", [:])
        try xml.endElement()
        try xml.startElement("blipFill", prefix: "pic")
        try xml.startElement("blip", prefix: "a")
        try xml.writeAttribute("embed", image.relationshipID, prefix: "r")
        try xml.endElement()
        try xml.startElement("stretch", prefix: "a")
        try emptyElement("fillRect", prefix: "a", [:])
        try xml.endElement()
        try xml.endElement()
        try xml.startElement("spPr", prefix: "pic")
        try xml.startElement("xfrm", prefix: "a")
        try emptyElement("off", prefix: "a", ["x": "0", "y": "0"])
        try emptyElement("ext", prefix: "a", ["cx": String(cx), "cy": String(cy)])
        try xml.endElement()
        try xml.startElement("prstGeom", prefix: "a")
        try xml.writeAttribute("prst", "rect")
        try emptyElement("avLst", prefix: "a", [:])
        try xml.endElement()
        try xml.endElement()
        try xml.endElement()
    }

    private func emptyElement(_ name: String, prefix: String, _ attributes: KeyValuePairs<String, String>) throws {
        try w.xml.startElement(name, prefix: prefix)
        for (key, value) in attributes { try w.xml.writeAttribute(key, value) }
        try w.xml.endElement()
    }
}
