/// A text body's insets and the arithmetic of its height, shared by measuring and writing
/// so that the two cannot disagree.
enum TextBox {
    static let horizontalInset = 72_000
    static let verticalInset = 36_000
    /// Lines are set at exactly this many ems, so every client spaces them the same.
    static let lineSpacing = 1.3
    /// Kept free of every line's width: what an estimate of line breaking cannot know
    /// (kerning, a client's own choice of break).
    static let widthSafety = 0.96

    static func emu(points: Double) -> Int { Int((points * Double(SlideGeometry.emuPerPoint)).rounded()) }

    /// A paragraph's left margin in EMU: indents are in ems of the slide's text size.
    static func margin(_ paragraph: TextParagraph, size: Double) -> Int {
        emu(points: paragraph.marginEms * size)
    }

    /// The height the paragraphs take in a box `width` EMU wide at `size` points.
    static func height(of paragraphs: [TextParagraph], width: Int, size: Double) -> Int {
        var total = 2 * verticalInset
        for (index, paragraph) in paragraphs.enumerated() {
            let points = size * paragraph.scale
            let textWidth = Double(width - 2 * horizontalInset - margin(paragraph, size: size)) * widthSafety
            let lines = TextMeasure.lineCount(paragraph.plainText, lineEms: textWidth / Double(emu(points: points)))
            total += emu(points: Double(lines) * points * lineSpacing)
            if index > 0 { total += emu(points: paragraph.spaceBeforeEms * size) }
        }
        return total
    }
}
