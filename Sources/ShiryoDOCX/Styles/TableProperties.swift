/// A table cell's properties, written in the order CT_TcPr prescribes: tcW, gridSpan, vMerge,
/// tcBorders, shd, …, vAlign.
struct CellProperties: Hashable {
    /// In twips.
    var width: Int
    /// Grid columns the cell spans.
    var span = 1
    /// `restart` or `continue` for a cell merged with the ones below or above it.
    var merge: String?
    /// Background fill, hex RGB.
    var fill: String?
    /// A header cell: text centred vertically.
    var header = false

    func write(to w: WordWriter) throws {
        try w.cellProperties(self) { try writeElement(to: $0) }
    }

    /// `<w:tcPr>` made call by call, for `write` to record.
    private func writeElement(to w: WordWriter) throws {
        try w.element("tcPr") {
            try w.empty("tcW", ["w": String(width), "type": "dxa"])
            if span > 1 { try w.value("gridSpan", span) }
            if let merge { try w.value("vMerge", merge) }
            if let fill { try w.empty("shd", ["val": "clear", "color": "auto", "fill": fill]) }
            if header { try w.value("vAlign", "center") }
        }
    }
}

/// A table row's properties: every row is kept on one page, and header rows repeat on each.
struct RowProperties: Hashable {
    var header = false

    func write(to w: WordWriter) throws {
        try w.rowProperties(self) { try writeElement(to: $0) }
    }

    /// `<w:trPr>` made call by call, for `write` to record.
    private func writeElement(to w: WordWriter) throws {
        try w.element("trPr") {
            try w.empty("cantSplit")
            if header { try w.empty("tblHeader") }
        }
    }
}
