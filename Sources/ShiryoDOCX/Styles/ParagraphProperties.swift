/// The paragraph properties we use, written in the order CT_PPr prescribes (ECMA-376
/// §17.3.1): pStyle, keepNext, keepLines, pageBreakBefore, widowControl, numPr, pBdr, shd,
/// tabs, kinsoku, …, spacing, ind, contextualSpacing, jc, …, outlineLvl.
struct ParagraphProperties: Hashable {
    struct Numbering: Hashable {
        var level: Int
        var numID: Int
    }

    struct Spacing: Hashable {
        /// Twentieths of a point.
        var before: Int?
        var after: Int?
        /// 240 = single line (`auto`), or an exact height in twips (`exact`).
        var line: Int?
        var lineRule: String?
    }

    struct Indentation: Hashable {
        var left: Int?
        var right: Int?
        var hanging: Int?
        var firstLine: Int?
    }

    struct Border: Hashable {
        var size = 8
        var color = "1F3864"
        var space = 1
    }

    var style: String?
    var keepNext = false
    var keepLines = false
    var pageBreakBefore = false
    var numbering: Numbering?
    var topBorder: Border?
    var bottomBorder: Border?
    /// Background fill, hex RGB.
    var shading: String?
    /// Right-aligned tab stop position in twips.
    var rightTab: Int?
    /// The leader of the right tab (`dot` for a contents line), if any.
    var rightTabLeader: String?
    /// Japanese line-breaking rules (禁則処理); on unless a style turns it off.
    var kinsoku = false
    var spacing: Spacing?
    var indentation: Indentation?
    var contextualSpacing = false
    var justification: String?
    var outlineLevel: Int?

    var isEmpty: Bool { self == ParagraphProperties() }

    /// Writes `<w:pPr>`, with the paragraph mark's run properties inside it, unless there is
    /// nothing to say.
    func write(to w: WordWriter, runProperties: RunProperties? = nil) throws {
        if let runProperties, runProperties.isEmpty { return try write(to: w) }
        guard !isEmpty || runProperties != nil else { return }
        try w.paragraphProperties(self, mark: runProperties) { w in
            try w.element("pPr") {
                try writeChildren(to: w)
                try runProperties?.writeElement(to: w)
            }
        }
    }

    func writeChildren(to w: WordWriter) throws {
        if let style { try w.value("pStyle", w.styleID(style)) }
        if keepNext { try w.empty("keepNext") }
        if keepLines { try w.empty("keepLines") }
        if pageBreakBefore { try w.empty("pageBreakBefore") }
        if let numbering {
            try w.element("numPr") {
                try w.value("ilvl", numbering.level)
                try w.value("numId", numbering.numID)
            }
        }
        if topBorder != nil || bottomBorder != nil {
            try w.element("pBdr") {
                if let topBorder { try Self.writeBorder("top", topBorder, to: w) }
                if let bottomBorder { try Self.writeBorder("bottom", bottomBorder, to: w) }
            }
        }
        if let shading { try w.empty("shd", ["val": "clear", "color": "auto", "fill": shading]) }
        if let rightTab {
            try w.element("tabs") {
                if let rightTabLeader {
                    try w.empty("tab", ["val": "right", "leader": rightTabLeader, "pos": String(rightTab)])
                } else {
                    try w.empty("tab", ["val": "right", "pos": String(rightTab)])
                }
            }
        }
        if kinsoku { try w.empty("kinsoku") }
        if let spacing {
            try w.start("spacing")
            if let before = spacing.before { try w.attribute("before", String(before)) }
            if let after = spacing.after { try w.attribute("after", String(after)) }
            if let line = spacing.line { try w.attribute("line", String(line)) }
            if let lineRule = spacing.lineRule { try w.attribute("lineRule", lineRule) }
            try w.end()
        }
        if let indentation {
            try w.start("ind")
            if let left = indentation.left { try w.attribute("left", String(left)) }
            if let right = indentation.right { try w.attribute("right", String(right)) }
            if let hanging = indentation.hanging { try w.attribute("hanging", String(hanging)) }
            if let firstLine = indentation.firstLine { try w.attribute("firstLine", String(firstLine)) }
            try w.end()
        }
        if contextualSpacing { try w.empty("contextualSpacing") }
        if let justification { try w.value("jc", justification) }
        if let outlineLevel { try w.value("outlineLvl", outlineLevel) }
    }

    private static func writeBorder(_ side: String, _ border: Border, to w: WordWriter) throws {
        try w.empty(side, [
            "val": "single", "sz": String(border.size), "space": String(border.space), "color": border.color,
        ])
    }
}
