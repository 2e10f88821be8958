/// One `w:style` of styles.xml.
struct StyleDefinition {
    enum Kind: String {
        case paragraph, character, table
    }

    var kind: Kind
    /// Our canonical id; Word's built-in styles keep Word's own ids and names.
    var id: String
    /// The name Word knows (lowercase `heading 1` for built-ins, as Word writes them).
    var name: String
    var basedOn: String?
    var next: String?
    var uiPriority: Int?
    var primary = false
    var isDefault = false
    var paragraph = ParagraphProperties()
    var run = RunProperties()
    /// Table styles only: borders on every edge and inside.
    var tableBorders: TableBorders?

    /// Writes the style; `id` and references go through the writer's style-id map, so a
    /// style added to a reference document points at that document's styles.
    func write(to w: WordWriter) throws {
        try w.start("style")
        try w.attribute("type", kind.rawValue)
        if isDefault { try w.attribute("default", "1") }
        try w.attribute("styleId", w.styleID(id))
        // CT_Style order: name, aliases, basedOn, next, link, autoRedefine, hidden,
        // uiPriority, semiHidden, unhideWhenUsed, qFormat, …, pPr, rPr, tblPr.
        try w.value("name", name)
        if let basedOn { try w.value("basedOn", w.styleID(basedOn)) }
        if let next { try w.value("next", w.styleID(next)) }
        if let uiPriority { try w.value("uiPriority", uiPriority) }
        if primary { try w.empty("qFormat") }
        if kind != .character { try paragraph.write(to: w) }
        try run.write(to: w)
        if kind == .table {
            try w.element("tblPr") {
                try w.empty("tblInd", ["w": "0", "type": "dxa"])
                if let tableBorders { try tableBorders.write(to: w) }
                try TableBorders.writeCellMargins(to: w)
            }
        }
        try w.end()
    }
}

/// `w:tblBorders` with the same line on all six edges.
struct TableBorders {
    var value = "single"
    var size = 4
    var color = "7F7F7F"

    static let none = TableBorders(value: "nil", size: 0, color: "auto")

    func write(to w: WordWriter) throws {
        try w.element("tblBorders") {
            for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                if value == "nil" {
                    try w.value(edge, "nil")
                } else {
                    try w.empty(edge, ["val": value, "sz": String(size), "space": "0", "color": color])
                }
            }
        }
    }

    /// Narrow cell padding so indicator tables keep their text width.
    static func writeCellMargins(to w: WordWriter, horizontal: Int = 85) throws {
        try w.element("tblCellMar") {
            try w.empty("top", ["w": "28", "type": "dxa"])
            try w.empty("left", ["w": String(horizontal), "type": "dxa"])
            try w.empty("bottom", ["w": "28", "type": "dxa"])
            try w.empty("right", ["w": String(horizontal), "type": "dxa"])
        }
    }
}
