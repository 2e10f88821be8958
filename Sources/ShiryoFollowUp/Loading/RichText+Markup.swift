extension RichText {
    /// Why a text's inline markup could not be read: where (in Unicode scalars from the
    /// start) and what was expected.
    public struct MarkupError: Error, Sendable, Equatable, CustomStringConvertible {
        public var offset: Int
        public var message: String

        public var description: String { message }
    }

    /// Reads the data format's inline markup (`**strong**`, `[^id]`, escapes, line breaks),
    /// exactly as the loader reads a text in a report file. Footnote ids are not checked here.
    public init(markup: String) throws(MarkupError) {
        switch InlineMarkup.parse(markup) {
        case .success(let text): self = text
        case .failure(let failure): throw MarkupError(offset: failure.offset, message: failure.message)
        }
    }
}
