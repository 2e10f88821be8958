import ShiryoRendering

/// How wide the characters of East Asian Width class Ambiguous (①※○●■□→―×°℃, box drawing, …)
/// are taken to be: one column in most terminals, two in terminals set up for CJK.
public enum AmbiguousWidth: String, Sendable, CaseIterable {
    case narrow
    case wide
}

/// The characters frames and tables are drawn with.
public enum FrameStyle: String, Sendable, CaseIterable {
    /// ┌─┬─┐ │ ├─┼─┤ └─┴─┘: the box-drawing characters (Ambiguous width).
    case boxDrawing = "box"
    /// +-+ | : ASCII only, for terminals and fonts where box drawing misaligns.
    case ascii
}

/// The options of the `text` format.
public struct TextRenderOptions: Sendable, Equatable {
    /// The narrowest line the renderer lays out: below it a framed two-level list leaves no
    /// room for text.
    public static let minimumWidth = 20
    /// The widest line: wider is a typo, and would only allocate long rules.
    public static let maximumWidth = 1000

    /// The display width of every output line, in terminal columns (UAX #11).
    public var width: Int = 80
    /// The width of East Asian Ambiguous characters.
    public var ambiguousWidth: AmbiguousWidth = .narrow
    /// The characters of frames and table rules.
    public var frame: FrameStyle = .boxDrawing

    public init(width: Int = 80, ambiguousWidth: AmbiguousWidth = .narrow, frame: FrameStyle = .boxDrawing) {
        self.width = width
        self.ambiguousWidth = ambiguousWidth
        self.frame = frame
    }

    /// Throws when the options cannot give a readable layout.
    public func validate() throws(TextRenderError) {
        guard width >= Self.minimumWidth else {
            throw .widthTooSmall(width: width, minimum: Self.minimumWidth)
        }
        guard width <= Self.maximumWidth else {
            throw .widthTooLarge(width: width, maximum: Self.maximumWidth)
        }
    }
}

extension TextRenderOptions {
    /// The options of the `text` format as the command line sets them
    /// (`--width`, `--ambiguous`, `--ascii`, or `--option NAME=VALUE`).
    public static let accepted = [
        RenderOption(name: "width", valueName: "N", help: "line width in display columns (default 80)"),
        RenderOption(
            name: "ambiguous", valueName: "narrow|wide",
            help: "columns of East Asian Ambiguous characters (○ ※ ① …): narrow 1 (default) or wide 2"),
        RenderOption(name: "ascii", valueName: "true|false", help: "draw frames with +-| instead of box drawing"),
    ]

    /// These options with the values set in `values` in place of their own.
    public func overridden(by values: RenderOptions, format: String) throws(RenderError) -> TextRenderOptions {
        var options = self
        options.width = try values.integer(
            "width", default: width, in: Self.minimumWidth...Self.maximumWidth, format: format)
        let ambiguous = try values.choice(
            "ambiguous", default: ambiguousWidth.rawValue, among: AmbiguousWidth.allCases.map(\.rawValue), format: format)
        options.ambiguousWidth = AmbiguousWidth(rawValue: ambiguous) ?? ambiguousWidth
        options.frame = try values.flag("ascii", default: frame == .ascii, format: format) ? .ascii : .boxDrawing
        return options
    }
}

/// Why the text renderer could not render.
public enum TextRenderError: Error, Sendable, Equatable, CustomStringConvertible {
    case widthTooSmall(width: Int, minimum: Int)
    case widthTooLarge(width: Int, maximum: Int)
    /// The system ICU could not open its line break iterator (an ICU error code).
    case lineBreakingUnavailable(icuStatus: Int32)

    public var description: String {
        switch self {
        case .widthTooSmall(let width, let minimum):
            "text width \(width) is too small: use a width of at least \(minimum) columns"
        case .widthTooLarge(let width, let maximum):
            "text width \(width) is too large: use a width of at most \(maximum) columns"
        case .lineBreakingUnavailable(let status):
            "cannot open ICU's line break iterator (ICU error \(status)); is the ICU data (libicu) installed?"
        }
    }
}
