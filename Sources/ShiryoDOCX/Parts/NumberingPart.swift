import ShiryoModel
import ShiryoXML

/// How each list style of the genre looks in numbering.xml.
struct ListFormat {
    var numberFormat: String
    /// `%1` stands for the number.
    var levelText: String
    /// Width of the marker column in twips: the hanging indent.
    var hanging: Int

    static func of(_ style: ListStyle) -> ListFormat {
        switch style {
        case .bullet: ListFormat(numberFormat: "bullet", levelText: "•", hanging: 240)
        case .dot: ListFormat(numberFormat: "bullet", levelText: "・", hanging: 240)
        case .circle: ListFormat(numberFormat: "bullet", levelText: "○", hanging: 240)
        case .decimal: ListFormat(numberFormat: "decimal", levelText: "%1.", hanging: 320)
        case .parenthesized: ListFormat(numberFormat: "decimal", levelText: "(%1)", hanging: 420)
        case .fullwidthParenthesized: ListFormat(numberFormat: "decimalFullWidth", levelText: "（%1）", hanging: 630)
        case .circled: ListFormat(numberFormat: "decimalEnclosedCircle", levelText: "%1", hanging: 300)
        case .katakana: ListFormat(numberFormat: "aiueoFullWidth", levelText: "%1", hanging: 300)
        case .none: ListFormat(numberFormat: "none", levelText: "", hanging: 0)
        }
    }

    var isNumbered: Bool { numberFormat != "bullet" && numberFormat != "none" }

    /// Left indent of `level`: each level starts where the text of the one above starts.
    func left(level: Int) -> Int { 220 * level + max(hanging, 220) }
}

/// The list instances found while writing the body. Each list block gets its own `w:num`,
/// so numbered lists restart at their `start`; all share one abstract definition per style.
struct NumberingRegistry {
    struct Instance {
        var style: ListStyle
        var level: Int
        var start: Int
    }

    private(set) var instances: [Instance] = []

    /// Returns the `numId` for a new list.
    mutating func register(style: ListStyle, level: Int, start: Int) -> Int {
        instances.append(Instance(style: style, level: level, start: start))
        return instances.count
    }
}

/// word/numbering.xml. Every `w:abstractNum` comes before any `w:num`, as the schema wants.
enum NumberingPart {
    static let levels = 0..<9

    static func write(_ registry: NumberingRegistry) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = WordWriter(xml)
            try w.startRoot("numbering")
            for (index, style) in ListStyle.allCases.enumerated() {
                try writeAbstract(id: index, style: style, to: w)
            }
            for (offset, instance) in registry.instances.enumerated() {
                try w.start("num")
                try w.attribute("numId", String(offset + 1))
                try w.value("abstractNumId", abstractID(of: instance.style))
                if ListFormat.of(instance.style).isNumbered {
                    try w.start("lvlOverride")
                    try w.attribute("ilvl", String(instance.level))
                    try w.value("startOverride", instance.start)
                    try w.end()
                }
                try w.end()
            }
            try w.end()
        }
    }

    static func abstractID(of style: ListStyle) -> Int {
        ListStyle.allCases.firstIndex(of: style) ?? 0
    }

    private static func writeAbstract(id: Int, style: ListStyle, to w: WordWriter) throws {
        let format = ListFormat.of(style)
        try w.start("abstractNum")
        try w.attribute("abstractNumId", String(id))
        try w.value("multiLevelType", "hybridMultilevel")
        for level in levels {
            // CT_Lvl order: start, numFmt, lvlRestart, pStyle, isLgl, suff, lvlText, …, lvlJc, pPr, rPr.
            try w.start("lvl")
            try w.attribute("ilvl", String(level))
            try w.value("start", 1)
            try w.value("numFmt", format.numberFormat)
            try w.value("suff", format.hanging == 0 ? "nothing" : "tab")
            try w.value("lvlText", format.levelText)
            try w.value("lvlJc", "left")
            try ParagraphProperties(
                indentation: .init(left: format.left(level: level), hanging: format.hanging)
            ).write(to: w)
            // Markers such as ・ ○ ① are East Asian glyphs: keep them in the Japanese font.
            try RunProperties(fonts: .init(ascii: Typography.font, eastAsia: Typography.font, hint: "eastAsia"))
                .write(to: w)
            try w.end()
        }
        try w.end()
    }
}
