/// The run properties we use, written in the order CT_RPr prescribes (ECMA-376 §17.3.2):
/// rStyle, rFonts, b, bCs, i, iCs, …, color, …, sz, szCs, …, u, …, bdr, …, vertAlign, …, em, lang.
struct RunProperties: Hashable {
    /// `<w:lang>`: the language of Latin text and of East Asian text.
    struct Language: Hashable {
        var latin: String
        var eastAsia: String
    }

    struct Fonts: Hashable {
        var ascii: String?
        var eastAsia: String?
        /// `eastAsia` makes ambiguous characters (“”・○※①…) use the East Asian font.
        var hint: String?
    }

    var style: String?
    var fonts: Fonts?
    var bold = false
    var italic = false
    /// Hex RGB without `#`.
    var color: String?
    /// In half-points, as Word counts.
    var size: Int?
    var underline: String?
    /// A box around the run in this colour (hex RGB): the genre's stamps (案, 取扱注意).
    var boxColor: String?
    var verticalAlign: String?
    /// Japanese emphasis mark (傍点): `dot`, `comma`, `circle`, `underDot`.
    var emphasisMark: String?
    var language: Language?

    var isEmpty: Bool { self == RunProperties() }

    /// Writes `<w:rPr>` unless there is nothing to say.
    func write(to w: WordWriter) throws {
        guard !isEmpty else { return }
        try w.runProperties(self) { try writeElement(to: $0) }
    }

    /// `<w:rPr>` made call by call, for `write` to record.
    func writeElement(to w: WordWriter) throws {
        try w.element("rPr") { try writeChildren(to: w) }
    }

    func writeChildren(to w: WordWriter) throws {
        if let style { try w.value("rStyle", w.styleID(style)) }
        if let fonts {
            try w.start("rFonts")
            if let ascii = fonts.ascii {
                try w.attribute("ascii", ascii)
                try w.attribute("hAnsi", ascii)
                try w.attribute("cs", ascii)
            }
            if let eastAsia = fonts.eastAsia { try w.attribute("eastAsia", eastAsia) }
            if let hint = fonts.hint { try w.attribute("hint", hint) }
            try w.end()
        }
        if bold {
            try w.empty("b")
            try w.empty("bCs")
        }
        if italic {
            try w.empty("i")
            try w.empty("iCs")
        }
        if let color { try w.value("color", color) }
        if let size {
            try w.value("sz", size)
            try w.value("szCs", size)
        }
        if let underline { try w.value("u", underline) }
        if let boxColor { try w.empty("bdr", ["val": "single", "sz": "6", "space": "0", "color": boxColor]) }
        if let verticalAlign { try w.value("vertAlign", verticalAlign) }
        if let emphasisMark { try w.value("em", emphasisMark) }
        if let language {
            try w.empty("lang", ["val": language.latin, "eastAsia": language.eastAsia])
        }
    }
}
