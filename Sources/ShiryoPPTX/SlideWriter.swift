import ShiryoOOXML
import ShiryoXML

/// Writes one slide part from its plan. Text shapes that a layout provides are
/// placeholders (title, bodies, slide number), so an office can switch layouts and
/// restyle the deck in PowerPoint; their frames are written explicitly all the same.
struct SlideWriter {
    let fonts: SlideFonts
    let style: DeckStyle
    /// A draft's watermark and stamps, on every slide.
    var marks: DraftMarks?

    func write(_ plan: SlidePlan) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = PresentationWriter(xml: xml)
            let text = TextBodyWriter(w: w, fonts: fonts)
            try w.startRoot("sld")
            try w.p("cSld") {
                try w.p("spTree") {
                    try w.shapeTreeHead()
                    var id = 2
                    // The watermark first, so that everything else is drawn over it.
                    if let marks, marks.watermark {
                        try marks.writeWatermark(id: id, w: w)
                        id += 1
                    }
                    for shape in plan.shapes {
                        try write(shape, id: id, w: w, text: text)
                        id += 1
                    }
                    if let marks, !marks.stamps.isEmpty {
                        try marks.writeStamps(id: id, w: w)
                    }
                }
            }
            try w.p("clrMapOvr") { try w.a("masterClrMapping") }
            try xml.endElement()
        }
    }

    private func write(_ shape: PlacedShape, id: Int, w: PresentationWriter, text: TextBodyWriter) throws {
        switch shape.content {
        case .title(let paragraphs, let cover):
            try w.placeholder(id: id, name: "タイトル \(id - 1)", type: cover ? "ctrTitle" : "title", index: nil,
                            frame: shape.frame) {
                try text.write(paragraphs, size: shape.textSize, anchor: .center, color: style.titleColor)
            }
        case .body(let paragraphs, let index):
            try w.placeholder(id: id, name: "コンテンツ \(id - 1)", type: nil, index: index, frame: shape.frame) {
                try text.write(paragraphs, size: shape.textSize)
            }
        case .columnTitle(let paragraphs):
            try textShape(id: id, name: "見出し \(id - 1)", frame: shape.frame, fill: style.accent, line: nil, w: w) {
                try text.write(paragraphs, size: shape.textSize, anchor: .center, color: "FFFFFF")
            }
        case .textBox(let paragraphs, let name):
            try textShape(id: id, name: "\(name) \(id - 1)", frame: shape.frame, fill: nil, line: nil, textBox: true, w: w) {
                try text.write(paragraphs, size: shape.textSize)
            }
        case .figureFrame(let paragraphs):
            try textShape(id: id, name: "図 \(id - 1)", frame: shape.frame, fill: "F2F2F2", line: "7F7F7F", w: w) {
                try text.write(paragraphs, size: shape.textSize, anchor: .center)
            }
        case .picture(let image, let description):
            try picture(image, description: description, id: id, frame: shape.frame, w: w)
        case .slideNumber(let number):
            try w.placeholder(id: id, name: "スライド番号 \(id - 1)", type: "sldNum", index: 12, frame: shape.frame) {
                try slideNumber(number, size: shape.textSize, w: w)
            }
        }
    }

    private func textShape(
        id: Int, name: String, frame: Frame, fill: String?, line: String?, textBox: Bool = false,
        w: PresentationWriter, body: () throws -> Void
    ) throws {
        try w.p("sp") {
            try w.p("nvSpPr") {
                try w.p("cNvPr", ["id": String(id), "name": name])
                if textBox { try w.p("cNvSpPr", ["txBox": "1"]) } else { try w.p("cNvSpPr") }
                try w.p("nvPr")
            }
            try w.p("spPr") {
                try w.transform(frame)
                try w.a("prstGeom", ["prst": "rect"]) { try w.a("avLst") }
                if let fill {
                    try w.a("solidFill") { try w.a("srgbClr", ["val": fill]) }
                } else {
                    try w.a("noFill")
                }
                try w.a("ln", ["w": line == nil ? "0" : "9525"]) {
                    if let line {
                        try w.a("solidFill") { try w.a("srgbClr", ["val": line]) }
                        try w.a("prstDash", ["val": "dash"])
                    } else {
                        try w.a("noFill")
                    }
                }
            }
            try body()
        }
    }

    private func picture(_ image: MediaRegistry.Image, description: String, id: Int, frame: Frame, w: PresentationWriter) throws {
        try w.p("pic") {
            try w.p("nvPicPr") {
                try w.p("cNvPr", ["id": String(id), "name": "図 \(id - 1)", "descr": description])
                try w.p("cNvPicPr") { try w.a("picLocks", ["noChangeAspect": "1"]) }
                try w.p("nvPr")
            }
            try w.p("blipFill") {
                try w.xml.startElement("blip", prefix: "a")
                try w.xml.writeAttribute("embed", image.relationshipID, prefix: "r")
                try w.xml.endElement()
                try w.a("stretch") { try w.a("fillRect") }
            }
            try w.p("spPr") {
                try w.transform(frame)
                try w.a("prstGeom", ["prst": "rect"]) { try w.a("avLst") }
            }
        }
    }

    /// A slide number field, with the number already filled in for readers that do not
    /// compute fields.
    private func slideNumber(_ number: Int, size: Double, w: PresentationWriter) throws {
        try w.p("txBody") {
            try w.a("bodyPr", ["wrap": "square", "lIns": "0", "tIns": "0", "rIns": "0", "bIns": "0", "anchor": "ctr"]) {
                try w.a("noAutofit")
            }
            try w.a("lstStyle")
            try w.a("p") {
                try w.a("pPr", ["algn": "r"]) { try w.a("buNone") }
                try w.a("fld", ["id": Self.slideNumberFieldID, "type": "slidenum"]) {
                    try w.a("rPr", ["lang": "ja-JP", "altLang": "en-US", "sz": TextBodyWriter.hundredths(size), "dirty": "0"]) {
                        try w.a("latin", ["typeface": fonts.latin])
                        try w.a("ea", ["typeface": fonts.eastAsian])
                    }
                    try w.xml.element("t", prefix: "a", text: String(number))
                }
                try w.a("endParaRPr", ["lang": "ja-JP", "altLang": "en-US", "sz": TextBodyWriter.hundredths(size), "dirty": "0"]) {
                    try w.a("latin", ["typeface": fonts.latin])
                    try w.a("ea", ["typeface": fonts.eastAsian])
                }
            }
        }
    }

    /// Any fixed GUID: the field's id only has to be stable.
    static let slideNumberFieldID = "{6F1F2D5C-3B1A-4E8E-9C1D-5A0B7E2C4D10}"
}

/// The deck's colours: an accent for column titles and headings, and the title colour.
struct DeckStyle: Equatable, Sendable {
    var accent = "1F3864"
    var titleColor = "1F3864"
}
