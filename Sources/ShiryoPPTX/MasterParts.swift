import ShiryoXML

/// The built-in slide master and its three layouts (Title Slide, Title and Content, Two
/// Content), A4 landscape or 16:9: plain white slides with a dark blue title, placeholders
/// where Shiryo puts its shapes, and text styles that name our fonts and Japanese.
struct MasterParts {
    let geometry: SlideGeometry
    let fonts: SlideFonts
    let style: DeckStyle

    /// Ids of layouts in the master's list start above every master id (ECMA-376 §19.2.1).
    static let masterID = 2_147_483_648

    func master() throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = PresentationWriter(xml: xml)
            try w.startRoot("sldMaster")
            try w.p("cSld") {
                try w.p("bg") {
                    try w.p("bgRef", ["idx": "1001"]) { try w.a("schemeClr", ["val": "bg1"]) }
                }
                try w.p("spTree") {
                    try w.shapeTreeHead()
                    try placeholder(w, id: 2, name: "Title Placeholder 1", type: "title", index: nil, frame: geometry.title)
                    try placeholder(w, id: 3, name: "Text Placeholder 2", type: "body", index: 1,
                                    frame: Frame(x: geometry.margin, y: geometry.bodyTop, width: geometry.contentWidth,
                                                 height: geometry.contentBottom - geometry.bodyTop))
                    try placeholder(w, id: 4, name: "Slide Number Placeholder 3", type: "sldNum", index: 12,
                                    frame: geometry.slideNumber)
                }
            }
            try w.p("clrMap", [
                "bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2", "accent1": "accent1", "accent2": "accent2",
                "accent3": "accent3", "accent4": "accent4", "accent5": "accent5", "accent6": "accent6",
                "hlink": "hlink", "folHlink": "folHlink",
            ])
            try w.p("sldLayoutIdLst") {
                for layout in LayoutKind.allCases {
                    try xml.startElement("sldLayoutId", prefix: "p")
                    try xml.writeAttribute("id", String(Self.masterID + layout.rawValue))
                    try xml.writeAttribute("id", "rId\(layout.rawValue)", prefix: "r")
                    try xml.endElement()
                }
            }
            try w.p("txStyles") {
                try w.p("titleStyle") { try level(w, 1, size: 20, bold: true, color: style.titleColor) }
                try w.p("bodyStyle") {
                    for index in 1...3 { try level(w, index, size: 14 - Double(index - 1), bold: false, color: nil) }
                }
                try w.p("otherStyle") { try level(w, 1, size: 12, bold: false, color: nil) }
            }
            try xml.endElement()
        }
    }

    func layout(_ kind: LayoutKind) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = PresentationWriter(xml: xml)
            try w.startRoot("sldLayout", ["type": kind.type, "preserve": "1"])
            try w.p("cSld", ["name": kind.name]) {
                try w.p("spTree") {
                    try w.shapeTreeHead()
                    let body = Frame(x: geometry.margin, y: geometry.bodyTop, width: geometry.contentWidth,
                                     height: geometry.contentBottom - geometry.bodyTop)
                    switch kind {
                    case .title:
                        try placeholder(w, id: 2, name: "Title 1", type: "ctrTitle", index: nil, frame: geometry.coverTitle)
                        try placeholder(w, id: 3, name: "Subtitle 2", type: "subTitle", index: 1,
                                        frame: Frame(x: geometry.margin, y: geometry.coverBodyTop, width: geometry.contentWidth,
                                                     height: geometry.contentBottom - geometry.coverBodyTop))
                    case .content:
                        try placeholder(w, id: 2, name: "Title 1", type: "title", index: nil, frame: geometry.title)
                        try placeholder(w, id: 3, name: "Content Placeholder 2", type: nil, index: 1, frame: body)
                    case .twoContent:
                        let half = (body.width - geometry.columnGap) / 2
                        try placeholder(w, id: 2, name: "Title 1", type: "title", index: nil, frame: geometry.title)
                        try placeholder(w, id: 3, name: "Content Placeholder 2", type: nil, index: 1,
                                        frame: Frame(x: body.x, y: body.y, width: half, height: body.height), half: true)
                        try placeholder(w, id: 4, name: "Content Placeholder 3", type: nil, index: 2,
                                        frame: Frame(x: body.x + half + geometry.columnGap, y: body.y, width: half,
                                                     height: body.height), half: true)
                    }
                    try placeholder(w, id: 5, name: "Slide Number Placeholder 4", type: "sldNum", index: 12,
                                    frame: geometry.slideNumber)
                }
            }
            try w.p("clrMapOvr") { try w.a("masterClrMapping") }
            try xml.endElement()
        }
    }

    /// A layout's or the master's placeholder, with an empty paragraph of our language.
    private func placeholder(
        _ w: PresentationWriter, id: Int, name: String, type: String?, index: Int?, frame: Frame, half: Bool = false
    ) throws {
        try w.placeholder(id: id, name: name, type: type, index: index, half: half, frame: frame) {
            try w.p("txBody") {
                try w.a("bodyPr")
                try w.a("lstStyle")
                try w.a("p") {
                    try w.a("endParaRPr", ["lang": "ja-JP", "altLang": "en-US"])
                }
            }
        }
    }

    /// `a:lvlNpPr` of a text style: size, weight, colour, and our fonts in both scripts.
    private func level(_ w: PresentationWriter, _ index: Int, size: Double, bold: Bool, color: String?) throws {
        try w.a("lvl\(index)pPr", ["marL": "0", "indent": "0"]) {
            try w.a("buNone")
            try w.xml.startElement("defRPr", prefix: "a")
            try w.xml.writeAttribute("lang", "ja-JP")
            try w.xml.writeAttribute("altLang", "en-US")
            try w.xml.writeAttribute("sz", TextBodyWriter.hundredths(size))
            if bold { try w.xml.writeAttribute("b", "1") }
            try w.a("solidFill") {
                if let color { try w.a("srgbClr", ["val": color]) } else { try w.a("schemeClr", ["val": "tx1"]) }
            }
            try w.a("latin", ["typeface": fonts.latin])
            try w.a("ea", ["typeface": fonts.eastAsian])
            try w.xml.endElement()
        }
    }
}

/// presentation.xml and its small companions (presentation and view properties, table
/// styles) that PowerPoint expects beside it.
enum PresentationParts {
    static let presPropsPath = "ppt/presProps.xml"
    static let viewPropsPath = "ppt/viewProps.xml"
    static let tableStylesPath = "ppt/tableStyles.xml"

    /// Slide ids start at 256 (ECMA-376 §19.2.1.33).
    static func presentation(slideCount: Int, geometry: SlideGeometry) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = PresentationWriter(xml: xml)
            try w.startRoot("presentation", ["saveSubsetFonts": "1"])
            try w.p("sldMasterIdLst") {
                try xml.startElement("sldMasterId", prefix: "p")
                try xml.writeAttribute("id", String(MasterParts.masterID))
                try xml.writeAttribute("id", "rId1", prefix: "r")
                try xml.endElement()
            }
            try w.p("sldIdLst") {
                for number in stride(from: 1, through: slideCount, by: 1) {
                    try xml.startElement("sldId", prefix: "p")
                    try xml.writeAttribute("id", String(255 + number))
                    try xml.writeAttribute("id", slideRelationshipID(number), prefix: "r")
                    try xml.endElement()
                }
            }
            try w.p("sldSz", ["cx": String(geometry.width), "cy": String(geometry.height)])
            try w.p("notesSz", ["cx": "6858000", "cy": "9144000"])
            try xml.endElement()
        }
    }

    static func slideRelationshipID(_ number: Int) -> String { "rIdSlide\(number)" }

    static func presProps() throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            try PresentationWriter(xml: xml).startRoot("presentationPr")
            try xml.endElement()
        }
    }

    static func viewProps() throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = PresentationWriter(xml: xml)
            try w.startRoot("viewPr")
            try w.p("normalViewPr") { try w.p("restoredLeft", ["sz": "15620"]); try w.p("restoredTop", ["sz": "94660"]) }
            try w.p("gridSpacing", ["cx": "72008", "cy": "72008"])
            try xml.endElement()
        }
    }

    /// An empty list whose default is Office's "Medium Style 2 – Accent 1".
    static func tableStyles() throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            try xml.startElement("tblStyleLst", prefix: "a", namespace: "http://schemas.openxmlformats.org/drawingml/2006/main")
            try xml.writeAttribute("def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}")
            try xml.endElement()
        }
    }
}
