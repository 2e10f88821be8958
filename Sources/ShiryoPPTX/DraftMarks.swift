import ShiryoRendering

/// A draft's marks on a slide: the diagonal 「案」 watermark behind everything, and the
/// stamps (「案」, 取扱注意) in a red box in the top margin, right-aligned above the title and
/// the cover's corner. Both are plain shapes on each slide (not on the master), so that a
/// reference deck's own master cannot hide them and every slide shows them.
struct DraftMarks {
    let geometry: SlideGeometry
    let fonts: SlideFonts
    /// Whether the watermark is drawn.
    var watermark: Bool
    /// The stamps, 「案」 first for a draft; none for a final document.
    var stamps: [String]

    static let color = "C00000"
    /// The stamps' text size in points.
    static let stampSize = 10.0

    /// The watermark's frame: a square centred on the slide, rotated 315°.
    var watermarkFrame: Frame {
        let side = geometry.height * 4 / 5
        return Frame(x: (geometry.width - side) / 2, y: (geometry.height - side) / 2, width: side, height: side)
    }

    /// The stamps' frame: as wide as their text, in the top margin, right-aligned.
    var stampFrame: Frame {
        let characters = stamps.map(\.count).reduce(0, +) + max(stamps.count - 1, 0)
        let width = characters * Int(Self.stampSize) * SlideGeometry.emuPerPoint + 2 * 45_720
        return Frame(x: geometry.width - geometry.margin - width, y: 10_000, width: width, height: 160_000)
    }

    func writeWatermark(id: Int, w: PresentationWriter) throws {
        try w.p("sp") {
            try w.p("nvSpPr") {
                try w.p("cNvPr", ["id": String(id), "name": "透かし \(id - 1)", "descr": "案"])
                try w.p("cNvSpPr", ["txBox": "1"]) { try w.a("spLocks", ["noSelect": "1", "noTextEdit": "1"]) }
                try w.p("nvPr")
            }
            try w.p("spPr") {
                try w.a("xfrm", ["rot": "18900000"]) {
                    let frame = watermarkFrame
                    try w.a("off", ["x": String(frame.x), "y": String(frame.y)])
                    try w.a("ext", ["cx": String(frame.width), "cy": String(frame.height)])
                }
                try w.a("prstGeom", ["prst": "rect"]) { try w.a("avLst") }
                try w.a("noFill")
            }
            try w.p("txBody") {
                try body(w, anchor: "ctr")
                // 「案」 alone: a slide is crowded, and one large character reads at a glance.
                try paragraph(DocumentMarkingOptions.watermarkText, size: 240, alpha: "15000", w: w)
            }
        }
    }

    func writeStamps(id: Int, w: PresentationWriter) throws {
        try w.p("sp") {
            try w.p("nvSpPr") {
                try w.p("cNvPr", ["id": String(id), "name": "スタンプ \(id - 1)"])
                try w.p("cNvSpPr", ["txBox": "1"])
                try w.p("nvPr")
            }
            try w.p("spPr") {
                try w.transform(stampFrame)
                try w.a("prstGeom", ["prst": "rect"]) { try w.a("avLst") }
                try w.a("noFill")
                try w.a("ln", ["w": "9525"]) { try w.a("solidFill") { try w.a("srgbClr", ["val": Self.color]) } }
            }
            try w.p("txBody") {
                try body(w, anchor: "ctr")
                try paragraph(stamps.joined(separator: "　"), size: Self.stampSize, alpha: nil, w: w)
            }
        }
    }

    private func body(_ w: PresentationWriter, anchor: String) throws {
        try w.a("bodyPr", ["wrap": "none", "lIns": "45720", "tIns": "0", "rIns": "45720", "bIns": "0", "anchor": anchor]) {
            try w.a("noAutofit")
        }
        try w.a("lstStyle")
    }

    private func paragraph(_ text: String, size: Double, alpha: String?, w: PresentationWriter) throws {
        let hundredths = TextBodyWriter.hundredths(size)
        try w.a("p") {
            try w.a("pPr", ["algn": "ctr"]) { try w.a("buNone") }
            try w.a("r") {
                try w.a("rPr", ["lang": "ja-JP", "altLang": "en-US", "sz": hundredths, "b": "1", "dirty": "0"]) {
                    try w.a("solidFill") {
                        try w.a("srgbClr", ["val": Self.color]) {
                            if let alpha { try w.a("alpha", ["val": alpha]) }
                        }
                    }
                    try w.a("latin", ["typeface": fonts.latin])
                    try w.a("ea", ["typeface": fonts.eastAsian])
                }
                try w.xml.element("t", prefix: "a", text: text)
            }
            try w.a("endParaRPr", ["lang": "ja-JP", "altLang": "en-US", "sz": hundredths, "dirty": "0"]) {
                try w.a("latin", ["typeface": fonts.latin])
                try w.a("ea", ["typeface": fonts.eastAsian])
            }
        }
    }
}
