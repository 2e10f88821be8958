/// Text with the data format's small inline markup resolved: strong phrases, footnote
/// references and line breaks. Footnotes are referenced by id; their numbers depend on the
/// document they end up in and are given by the assemblers.
public struct RichText: Sendable, Equatable, ExpressibleByStringLiteral {
    public enum Span: Sendable, Equatable {
        case text(String)
        case strong([Span])
        case footnote(id: String)
        case lineBreak
    }

    public var spans: [Span]

    public init(_ spans: [Span]) {
        self.spans = spans
    }

    public init(stringLiteral value: String) {
        self.spans = value.isEmpty ? [] : [.text(value)]
    }

    /// The text without markup; footnote references are left out.
    public var plainText: String {
        func flatten(_ spans: [Span]) -> String {
            spans.map { span in
                switch span {
                case .text(let text): text
                case .strong(let inner): flatten(inner)
                case .footnote: ""
                case .lineBreak: "\n"
                }
            }.joined()
        }
        return flatten(spans)
    }

    /// The ids of the footnotes referenced, in order of appearance.
    public var footnoteIDs: [String] {
        func collect(_ spans: [Span]) -> [String] {
            spans.flatMap { span -> [String] in
                switch span {
                case .footnote(let id): [id]
                case .strong(let inner): collect(inner)
                case .text, .lineBreak: []
                }
            }
        }
        return collect(spans)
    }

    public var isEmpty: Bool { spans.isEmpty }
}
