import ShiryoModel

/// The two documents made from one report.
public enum FollowUpDocument: String, Sendable, CaseIterable, Codable {
    /// The 概要: slides.
    case summary
    /// The 詳細: the full report.
    case detail

    /// The identifier the document's cross references use.
    public var identifier: String { rawValue }

    /// The kind of `Document` it assembles into: slides for the 概要, a report for the 詳細.
    public var kind: Document.Kind {
        switch self {
        case .summary: .slides
        case .detail: .report
        }
    }

    public func assemble(_ report: FollowUpReport) -> Document {
        switch self {
        case .summary: return SummaryAssembler(report: report).document()
        case .detail:
            var assembler = DetailAssembler(report: report)
            return assembler.document()
        }
    }

    /// Assembles from a report the caller gives up (its last use): the 詳細 lets each goal's
    /// indicator rows go as soon as they are in the goal's tables, so that a large report and
    /// its whole document are never in memory together, and what is left of the report is
    /// freed on another thread. Assemble the 概要 first.
    public func assemble(consuming report: consuming FollowUpReport) -> Document {
        switch self {
        case .summary:
            let document = SummaryAssembler(report: copy report).document()
            BackgroundRelease.release(report)
            return document
        case .detail:
            var assembler = DetailAssembler(report: report, releasesIndicators: true)
            let document = assembler.document()
            BackgroundRelease.release(assembler.goals)
            return document
        }
    }
}

/// Blocks both assemblers make the same way.
extension InlineBuilder {
    func bulletList(_ texts: [RichText]) -> Block {
        .list(ListBlock(style: .bullet, items: texts.map { [.paragraph(inlines($0))] }))
    }

    /// The genre prints a figure's description and credit in parentheses under the caption:
    /// （提供：国立感染症研究所）.
    func figure(_ figure: Figure) -> Block {
        func parenthesised(_ text: RichText) -> [Inline] { [.text("（")] + inlines(text) + [.text("）")] }
        return .figure(ShiryoModel.Figure(
            image: figure.image, caption: inlines(figure.caption),
            description: figure.description.map(parenthesised), credit: figure.credit.map(parenthesised)))
    }

    func note(_ text: RichText) -> Block {
        .note(Note(content: inlines(text)))
    }

    /// （詳細は{document}を参照）
    func seeAlso(_ document: [Inline]) -> Block {
        .paragraph([.text(Wording.seeAlsoPrefix)] + document + [.text(Wording.seeAlsoSuffix)])
    }
}
