import ShiryoModel

/// The styles our output uses, generated in code so that a change of look is a change
/// here and nowhere else. Body writers refer to styles by these ids only.
enum StyleID {
    static let normal = "Normal"
    static let title = "Title"
    static let subtitle = "Subtitle"
    static let listParagraph = "ListParagraph"
    static let caption = "Caption"
    static let footnoteText = "FootnoteText"
    static let footnoteReference = "FootnoteReference"
    static let header = "Header"
    static let footer = "Footer"
    static let strong = "Strong"
    static let emphasis = "Emphasis"
    static let hyperlink = "Hyperlink"
    static let tableGrid = "TableGrid"
    static let tableNormal = "TableNormal"
    static let defaultParagraphFont = "DefaultParagraphFont"
    static let note = "ShiryoNote"
    static let tableText = "ShiryoTableText"
    static let tableHeading = "ShiryoTableHeading"
    static let columnTitle = "ShiryoColumnTitle"
    static let documentInfo = "ShiryoDocumentInfo"

    static let contentsHeading = "TOCHeading"

    static func heading(_ level: Int) -> String { "Heading\(min(max(level, 1), 6))" }
    /// Word's built-in `toc N` style of a contents line for a heading of `level`.
    static func contents(_ level: Int) -> String { "TOC\(min(max(level, 1), 9))" }
}

/// Fonts and sizes shared by the styles and the document defaults.
enum Typography {
    /// Debian's fonts-noto-cjk provides it; Word falls back through the font table's
    /// alternate name (游ゴシック) and its Shift-JIS charset where it is missing.
    static let font = "Noto Sans CJK JP"
    static let alternateFont = "游ゴシック"
    static let accent = "1F3864"
    static let headerFill = "D9E2F3"
    static let groupFill = "F2F2F2"
    static let columnTitleFill = "DEEAF6"

    /// Body text size in half-points: 10.5 pt for reports, 9 pt so a slide fits its page.
    static func bodySize(for kind: Document.Kind) -> Int { kind == .slides ? 18 : 21 }
}

enum StyleCatalog {
    static func styles(for kind: Document.Kind) -> [StyleDefinition] {
        let body = Typography.bodySize(for: kind)
        let slides = kind == .slides
        var styles: [StyleDefinition] = [
            StyleDefinition(
                kind: .paragraph, id: StyleID.normal, name: "Normal", primary: true, isDefault: true,
                paragraph: ParagraphProperties(
                    spacing: .init(after: slides ? 20 : 60, line: 260, lineRule: "auto"), justification: "both")),
            StyleDefinition(
                kind: .character, id: StyleID.defaultParagraphFont, name: "Default Paragraph Font",
                uiPriority: 1, isDefault: true),
            StyleDefinition(
                kind: .table, id: StyleID.tableNormal, name: "Normal Table", uiPriority: 99, isDefault: true),
        ]
        let headingSizes = slides ? [32, 24, 20, 18, 18, 18] : [32, 28, 24, 22, 21, 21]
        for level in 1...6 {
            var paragraph = ParagraphProperties(
                keepNext: true, keepLines: true,
                spacing: .init(before: level <= 2 ? 240 : 120, after: 60), outlineLevel: level - 1)
            if level == 1 { paragraph.justification = slides ? "left" : "center" }
            if level == 1 && slides {
                paragraph.bottomBorder = .init(size: 18, color: Typography.accent, space: 4)
                paragraph.spacing = .init(before: 0, after: 160)
            }
            if level == 2 && !slides { paragraph.bottomBorder = .init(size: 8, color: Typography.accent, space: 1) }
            if level == 3 && slides { paragraph.spacing = .init(before: 60, after: 20) }
            styles.append(StyleDefinition(
                kind: .paragraph, id: StyleID.heading(level), name: "heading \(level)", basedOn: StyleID.normal,
                next: StyleID.normal, uiPriority: 9, primary: true, paragraph: paragraph,
                run: RunProperties(bold: true, color: level <= 2 ? Typography.accent : nil, size: headingSizes[level - 1])))
        }
        if !slides {
            // The contents: its title (no outline level, so it lists neither itself nor
            // appears in the navigation pane) and one line style per listed heading level.
            styles.append(StyleDefinition(
                kind: .paragraph, id: StyleID.contentsHeading, name: "TOC Heading", basedOn: StyleID.normal,
                next: StyleID.normal, uiPriority: 39, primary: true,
                paragraph: ParagraphProperties(keepNext: true, spacing: .init(before: 240, after: 120), justification: "center"),
                run: RunProperties(bold: true, color: Typography.accent, size: headingSizes[1])))
            for level in 2...ContentsList.maximumLevel {
                styles.append(StyleDefinition(
                    kind: .paragraph, id: StyleID.contents(level), name: "toc \(level)", basedOn: StyleID.normal,
                    next: StyleID.normal, uiPriority: 39,
                    paragraph: ParagraphProperties(
                        spacing: .init(before: level == 2 ? 120 : 0, after: 40),
                        indentation: .init(left: (level - 2) * 420), justification: "left"),
                    run: RunProperties(bold: level == 2)))
            }
        }
        styles += [
            StyleDefinition(
                kind: .paragraph, id: StyleID.title, name: "Title", basedOn: StyleID.normal, next: StyleID.normal,
                uiPriority: 10, primary: true,
                paragraph: ParagraphProperties(spacing: .init(before: 240, after: 240), justification: "center"),
                run: RunProperties(bold: true, size: 32)),
            StyleDefinition(
                kind: .paragraph, id: StyleID.documentInfo, name: "Shiryo Document Info", basedOn: StyleID.normal,
                primary: true, paragraph: ParagraphProperties(spacing: .init(after: 0), justification: "right")),
            StyleDefinition(
                kind: .paragraph, id: StyleID.listParagraph, name: "List Paragraph", basedOn: StyleID.normal,
                uiPriority: 34, primary: true, paragraph: ParagraphProperties(contextualSpacing: false)),
            StyleDefinition(
                kind: .paragraph, id: StyleID.note, name: "Shiryo Note", basedOn: StyleID.normal, primary: true,
                paragraph: ParagraphProperties(indentation: .init(left: 210, hanging: 210)),
                run: RunProperties(size: body - 2)),
            StyleDefinition(
                kind: .paragraph, id: StyleID.caption, name: "caption", basedOn: StyleID.normal, next: StyleID.normal,
                uiPriority: 35, primary: true,
                paragraph: ParagraphProperties(spacing: .init(before: 40, after: 80), justification: "center"),
                run: RunProperties(size: body - 2)),
            StyleDefinition(
                kind: .paragraph, id: StyleID.tableText, name: "Shiryo Table Text", basedOn: StyleID.normal,
                primary: true,
                paragraph: ParagraphProperties(spacing: .init(before: 0, after: 0, line: 240, lineRule: "auto"),
                                               justification: "left"),
                run: RunProperties(size: body - 2)),
            StyleDefinition(
                kind: .paragraph, id: StyleID.tableHeading, name: "Shiryo Table Heading", basedOn: StyleID.tableText,
                primary: true, paragraph: ParagraphProperties(keepNext: true, justification: "center"),
                run: RunProperties(bold: true)),
            StyleDefinition(
                kind: .paragraph, id: StyleID.columnTitle, name: "Shiryo Column Title", basedOn: StyleID.normal,
                next: StyleID.normal, primary: true,
                paragraph: ParagraphProperties(
                    keepNext: true, shading: Typography.columnTitleFill, spacing: .init(before: 0, after: 60),
                    justification: "center"),
                run: RunProperties(bold: true, color: Typography.accent, size: body + 2)),
            StyleDefinition(
                kind: .paragraph, id: StyleID.footnoteText, name: "footnote text", basedOn: StyleID.normal,
                uiPriority: 99,
                paragraph: ParagraphProperties(
                    spacing: .init(after: 0, line: 240, lineRule: "auto"), indentation: .init(left: 320, hanging: 320)),
                run: RunProperties(size: slides ? 16 : 18)),
            StyleDefinition(
                kind: .character, id: StyleID.footnoteReference, name: "footnote reference",
                basedOn: StyleID.defaultParagraphFont, uiPriority: 99, run: RunProperties(verticalAlign: "superscript")),
            StyleDefinition(
                kind: .paragraph, id: StyleID.header, name: "header", basedOn: StyleID.normal, uiPriority: 99,
                paragraph: ParagraphProperties(spacing: .init(after: 0), justification: "right"),
                run: RunProperties(size: body)),
            StyleDefinition(
                kind: .paragraph, id: StyleID.footer, name: "footer", basedOn: StyleID.normal, uiPriority: 99,
                paragraph: ParagraphProperties(spacing: .init(after: 0), justification: "center"),
                run: RunProperties(size: body - 2)),
            StyleDefinition(
                kind: .character, id: StyleID.strong, name: "Strong", basedOn: StyleID.defaultParagraphFont,
                uiPriority: 22, primary: true, run: RunProperties(bold: true)),
            // Italics suit Japanese badly; the genre's emphasis is the 傍点 (emphasis dot).
            StyleDefinition(
                kind: .character, id: StyleID.emphasis, name: "Emphasis", basedOn: StyleID.defaultParagraphFont,
                uiPriority: 20, primary: true, run: RunProperties(emphasisMark: "dot")),
            StyleDefinition(
                kind: .character, id: StyleID.hyperlink, name: "Hyperlink", basedOn: StyleID.defaultParagraphFont,
                uiPriority: 99, run: RunProperties(color: "0563C1", underline: "single")),
            StyleDefinition(
                kind: .table, id: StyleID.tableGrid, name: "Table Grid", basedOn: StyleID.tableNormal, uiPriority: 39,
                paragraph: ParagraphProperties(spacing: .init(after: 0, line: 240, lineRule: "auto")),
                tableBorders: TableBorders()),
        ]
        return styles
    }
}
