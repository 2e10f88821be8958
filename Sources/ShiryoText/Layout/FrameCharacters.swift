/// The characters of frames and rules in one style, with their display widths.
///
/// Box-drawing characters are East Asian Ambiguous: under `ambiguous: .wide` each takes two
/// columns, so every horizontal span of a frame is laid out in units of `ruleUnit` columns and
/// every vertical bar takes `barWidth` columns. The layout keeps all spans a multiple of the
/// unit, so the frame closes under either width rule.
struct FrameCharacters {
    let style: FrameStyle
    let ambiguous: AmbiguousWidth
    /// The width of a vertical bar and of every junction.
    let barWidth: Int
    /// The width of one horizontal rule character.
    let ruleUnit: Int
    let horizontal: String
    let doubleHorizontal: String
    let vertical: String

    init(style: FrameStyle, ambiguous: AmbiguousWidth) {
        self.style = style
        self.ambiguous = ambiguous
        switch style {
        case .boxDrawing:
            horizontal = "─"
            doubleHorizontal = "═"
            vertical = "│"
        case .ascii:
            horizontal = "-"
            doubleHorizontal = "="
            vertical = "|"
        }
        barWidth = DisplayWidth.of(vertical, ambiguous: ambiguous)
        ruleUnit = DisplayWidth.of(horizontal, ambiguous: ambiguous)
    }

    /// The character where rules meet: `up`, `down`, `left` and `right` tell which of the
    /// four arms are drawn.
    func junction(up: Bool, down: Bool, left: Bool, right: Bool) -> String {
        let horizontalArm = left || right
        let verticalArm = up || down
        if style == .ascii {
            if horizontalArm && verticalArm { return "+" }
            if horizontalArm { return "-" }
            if verticalArm { return "|" }
            return spaces(barWidth)
        }
        switch (up, down, left, right) {
        case (true, true, true, true): return "┼"
        case (true, true, false, true): return "├"
        case (true, true, true, false): return "┤"
        case (false, true, true, true): return "┬"
        case (true, false, true, true): return "┴"
        case (false, true, false, true): return "┌"
        case (false, true, true, false): return "┐"
        case (true, false, false, true): return "└"
        case (true, false, true, false): return "┘"
        default:
            if horizontalArm { return "─" }
            if verticalArm { return "│" }
            return spaces(barWidth)
        }
    }

    /// A horizontal rule exactly `width` columns wide (spaces make up a remainder that the
    /// rule character cannot fill).
    func rule(width: Int, double: Bool = false) -> TextLine {
        let character = double ? doubleHorizontal : horizontal
        let count = max(width, 0) / ruleUnit
        let rest = max(width, 0) - count * ruleUnit
        return TextLine(text: String(repeating: character, count: count) + spaces(rest), width: max(width, 0))
    }

    /// The largest width at most `width` that whole frames can take: a multiple of the rule
    /// unit (for two-column box drawing, an even width).
    func frameWidth(atMost width: Int) -> Int {
        width - width % ruleUnit
    }
}
