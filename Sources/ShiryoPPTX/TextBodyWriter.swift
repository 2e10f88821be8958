/// Writes `p:txBody`: explicit insets, no autofit (the size is already chosen), and every
/// paragraph's spacing, bullet and indent, every run's size, language and fonts spelled
/// out, so PowerPoint, LibreOffice and Google Slides set the same thing.
struct TextBodyWriter {
    let w: PresentationWriter
    let fonts: SlideFonts

    enum Anchor: String { case top = "t", center = "ctr", bottom = "b" }

    func write(_ paragraphs: [TextParagraph], size: Double, anchor: Anchor = .top, color: String? = nil) throws {
        try w.p("txBody") {
            try w.a("bodyPr", [
                "wrap": "square", "lIns": String(TextBox.horizontalInset), "tIns": String(TextBox.verticalInset),
                "rIns": String(TextBox.horizontalInset), "bIns": String(TextBox.verticalInset),
                "anchor": anchor.rawValue, "rtlCol": "0",
            ]) {
                try w.a("noAutofit")
            }
            try w.a("lstStyle")
            if paragraphs.isEmpty {
                try w.a("p") { try endParagraph(size: size) }
            }
            for (index, paragraph) in paragraphs.enumerated() {
                try write(paragraph, size: size, first: index == 0, color: color)
            }
        }
    }

    private func write(_ paragraph: TextParagraph, size: Double, first: Bool, color: String?) throws {
        let points = size * paragraph.scale
        try w.a("p") {
            try w.xml.startElement("pPr", prefix: "a")
            try w.xml.writeAttribute("marL", String(TextBox.margin(paragraph, size: size)))
            try w.xml.writeAttribute("lvl", String(paragraph.level))
            try w.xml.writeAttribute("indent", String(-TextBox.emu(points: paragraph.hangingEms * size)))
            // Explicit even when left: a reference deck's placeholders may centre their text.
            try w.xml.writeAttribute("algn", paragraph.alignment ?? "l")
            try w.a("lnSpc") { try w.a("spcPts", ["val": Self.hundredths(points * TextBox.lineSpacing)]) }
            try w.a("spcBef") { try w.a("spcPts", ["val": first ? "0" : Self.hundredths(paragraph.spaceBeforeEms * size)]) }
            switch paragraph.bullet {
            case .none:
                try w.a("buNone")
            case .character(let character):
                try w.a("buFont", ["typeface": fonts.eastAsian])
                try w.a("buChar", ["char": character])
            case .autoNumber(let scheme, let startAt):
                try w.a("buFont", ["typeface": fonts.eastAsian])
                try w.a("buAutoNum", ["type": scheme, "startAt": String(startAt)])
            }
            try w.xml.endElement()
            for run in paragraph.runs {
                if run.isLineBreak {
                    try w.a("br") { try runProperties(run, points: points, color: color) }
                } else if !run.text.isEmpty {
                    try w.a("r") {
                        try runProperties(run, points: points, color: color)
                        try w.xml.element("t", prefix: "a", text: run.text)
                    }
                }
            }
            try endParagraph(size: points)
        }
    }

    /// `a:rPr`: every run says it is Japanese (without `lang` PowerPoint applies no kinsoku)
    /// and names both its Latin and East Asian font (without `a:ea` LibreOffice and
    /// PowerPoint on macOS pick other glyphs).
    private func runProperties(_ run: TextRun, points: Double, color: String?) throws {
        try w.xml.startElement("rPr", prefix: "a")
        try languageAndSize(points: points)
        if run.bold { try w.xml.writeAttribute("b", "1") }
        if run.underline { try w.xml.writeAttribute("u", "sng") }
        if run.superscript { try w.xml.writeAttribute("baseline", "30000") }
        if let color = run.color ?? color {
            try w.a("solidFill") { try w.a("srgbClr", ["val": color]) }
        }
        try fontElements()
        try w.xml.endElement()
    }

    private func endParagraph(size: Double) throws {
        try w.xml.startElement("endParaRPr", prefix: "a")
        try languageAndSize(points: size)
        try fontElements()
        try w.xml.endElement()
    }

    private func languageAndSize(points: Double) throws {
        try w.xml.writeAttribute("lang", "ja-JP")
        try w.xml.writeAttribute("altLang", "en-US")
        try w.xml.writeAttribute("sz", Self.hundredths(points))
        try w.xml.writeAttribute("dirty", "0")
    }

    private func fontElements() throws {
        try w.a("latin", ["typeface": fonts.latin])
        try w.a("ea", ["typeface": fonts.eastAsian])
    }

    /// Points in hundredths, as `sz` and `spcPts` take them.
    static func hundredths(_ points: Double) -> String {
        String(Int((points * 100).rounded()))
    }
}

/// The typefaces every run names.
struct SlideFonts: Equatable, Sendable {
    var latin: String
    var eastAsian: String

    static let standard = SlideFonts(latin: "Noto Sans CJK JP", eastAsian: "Noto Sans CJK JP")
}
