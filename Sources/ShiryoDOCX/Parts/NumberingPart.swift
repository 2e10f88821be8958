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
///
/// With an office's numbering kept beside ours, our ids start past its largest ones.
struct NumberingRegistry {
    struct Instance {
        var style: ListStyle
        var level: Int
        var start: Int
    }

    /// Our first `numId` is `numIDBase + 1`, our first `abstractNumId` `abstractIDBase`.
    var numIDBase = 0
    var abstractIDBase = 0
    private(set) var instances: [Instance] = []

    init(numIDBase: Int = 0, abstractIDBase: Int = 0) {
        self.numIDBase = numIDBase
        self.abstractIDBase = abstractIDBase
    }

    /// Returns the `numId` for a new list.
    mutating func register(style: ListStyle, level: Int, start: Int) -> Int {
        instances.append(Instance(style: style, level: level, start: start))
        return numIDBase + instances.count
    }

    func abstractID(of style: ListStyle) -> Int {
        abstractIDBase + (ListStyle.allCases.firstIndex(of: style) ?? 0)
    }
}

/// word/numbering.xml. Every `w:abstractNum` comes before any `w:num`, as the schema wants.
enum NumberingPart {
    static let levels = 0..<9

    static func write(_ registry: NumberingRegistry) throws -> [UInt8] {
        try XMLWriter.document(standalone: true) { xml in
            let w = WordWriter(xml)
            try w.startRoot("numbering")
            try writeAbstracts(registry, to: w)
            try writeInstances(registry, to: w)
            try w.end()
        }
    }

    /// An office's numbering part with ours added: its definitions keep their ids (its styles
    /// point at them), ours go after its last `w:abstractNum` and after its last `w:num`.
    /// Picture bullets are left out (see `ReferenceNumbering`).
    static func merge(_ reference: ReferenceNumbering, _ registry: NumberingRegistry) throws -> [UInt8] {
        var abstractsWritten = false
        var instancesWritten = false
        func ours(upTo element: String?, _ xml: XMLWriter) throws {
            let w = WordWriter(xml)
            if !abstractsWritten, element != "w:abstractNum", element != "w:numPicBullet" {
                abstractsWritten = true
                try writeAbstracts(registry, to: w)
            }
            if !instancesWritten, element != "w:abstractNum", element != "w:numPicBullet", element != "w:num" {
                instancesWritten = true
                try writeInstances(registry, to: w)
            }
        }
        return try XMLReplay.copy(
            reference.data, part: reference.path, dropping: ReferenceNumbering.dropped,
            beforeRootChild: { try ours(upTo: $0, $1) }, beforeRootEnd: { try ours(upTo: nil, $0) })
    }

    private static func writeAbstracts(_ registry: NumberingRegistry, to w: WordWriter) throws {
        for style in ListStyle.allCases {
            try writeAbstract(id: registry.abstractID(of: style), style: style, to: w)
        }
    }

    private static func writeInstances(_ registry: NumberingRegistry, to w: WordWriter) throws {
        for (offset, instance) in registry.instances.enumerated() {
            try w.start("num")
            try w.attribute("numId", String(registry.numIDBase + offset + 1))
            try w.value("abstractNumId", registry.abstractID(of: instance.style))
            if ListFormat.of(instance.style).isNumbered {
                try w.start("lvlOverride")
                try w.attribute("ilvl", String(instance.level))
                try w.value("startOverride", instance.start)
                try w.end()
            }
            try w.end()
        }
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
