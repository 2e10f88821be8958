import ShiryoModel

/// The options every document format reads alike: the contents list of a report and the
/// marks of a draft. Declared once so that `docx`, `xhtml`, `pdf` and `pptx` name and read
/// them the same way.
public struct DocumentMarkingOptions: Sendable, Equatable {
    /// Whether a report gets a contents list (目次); slides never do.
    public var contents: Bool
    /// Marks the document as a draft (`true`) or as final (`false`); `nil` follows the
    /// metadata's `isDraft` (that is, `issued: draft`).
    public var draft: Bool?
    /// Whether a draft carries a diagonal 「案」 watermark on every page.
    public var watermark: Bool

    /// `toc`: a contents list for the 詳細 (on by default).
    public static let contentsOption = RenderOption(
        name: "toc", valueName: "true|false", help: "a contents list (目次) at the head of the 詳細 (default true)")
    /// `draft`: mark the document as a draft, or not, whatever `issued` says.
    public static let draftOption = RenderOption(
        name: "draft", valueName: "true|false",
        help: "mark the document as a draft (「案」 stamp and watermark); default: when issued is draft")
    /// `watermark`: the diagonal watermark of a draft.
    public static let watermarkOption = RenderOption(
        name: "watermark", valueName: "true|false", help: "a diagonal 「案」 watermark on every page of a draft (default true)")

    /// The three options, in the order `shiryo formats` lists them.
    public static let all = [contentsOption, draftOption, watermarkOption]

    public init(contents: Bool = true, draft: Bool? = nil, watermark: Bool = true) {
        self.contents = contents
        self.draft = draft
        self.watermark = watermark
    }

    /// The values set in `options`.
    ///
    /// - Throws: A ``RenderError`` of `format` for a value that is not true or false.
    public init(_ options: RenderOptions, format: String) throws(RenderError) {
        self.init(
            contents: try options.flag(Self.contentsOption.name, default: true, format: format),
            draft: options[Self.draftOption.name] == nil ? nil : try options.flag(Self.draftOption.name, format: format),
            watermark: try options.flag(Self.watermarkOption.name, default: true, format: format))
    }

    /// Whether a document with `metadata` is marked as a draft.
    public func isDraft(_ metadata: Metadata) -> Bool { draft ?? metadata.isDraft }

    /// Whether the pages of a document with `metadata` carry the watermark.
    public func showsWatermark(_ metadata: Metadata) -> Bool { isDraft(metadata) && watermark }

    /// The stamps printed beside the document number: 「案」 first for a draft, then the
    /// document's own (取扱注意, 机上配布), each once.
    public func stamps(_ metadata: Metadata) -> [String] {
        var result: [String] = isDraft(metadata) ? [Self.draftStamp] : []
        for stamp in metadata.stamps where !stamp.isEmpty && !result.contains(stamp) {
            result.append(stamp)
        }
        return result
    }

    /// The draft stamp, 「案」.
    public static let draftStamp = "案"
    /// The watermark's large mark, 「案」, and the word under it.
    public static let watermarkText = "案"
    public static let watermarkWord = "DRAFT"
}
