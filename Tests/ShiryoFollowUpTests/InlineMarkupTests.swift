import Testing
@testable import ShiryoFollowUp

@Suite struct InlineMarkupTests {
    func parse(_ text: String) throws -> [RichText.Span] {
        try InlineMarkup.parse(text).get().spans
    }

    @Test func strongFootnotesAndLineBreaks() throws {
        #expect(try parse("前**強調**後[^ppr]。\n次") == [
            .text("前"), .strong([.text("強調")]), .text("後"), .footnote(id: "ppr"), .text("。"), .lineBreak,
            .text("次"),
        ])
    }

    @Test func footnotesInsideStrong() throws {
        #expect(try parse("**PPR[^ppr]**") == [.strong([.text("PPR"), .footnote(id: "ppr")])])
    }

    @Test func loneMarkersAndEscapesStayText() throws {
        #expect(try parse("*1：注 [参考] a*b") == [.text("*1：注 [参考] a*b")])
        #expect(try parse(#"\*\*not strong\*\* \[^x] \\"#) == [.text(#"**not strong** [^x] \"#)])
    }

    @Test func unclosedStrongIsAnErrorAtItsStart() {
        #expect(throws: InlineMarkup.Failure.self) { try parse("前**強調") }
        if case .failure(let failure) = InlineMarkup.parse("前**強調") {
            #expect(failure.offset == 1)
            #expect(failure.message.contains("not closed"))
        }
    }

    @Test func brokenFootnoteReferencesAreErrors() {
        for text in ["注[^ppr", "注[^]", "注[^a b]"] {
            #expect(throws: InlineMarkup.Failure.self, "\(text)") { try parse(text) }
        }
    }

    @Test func emptyStrongIsAnError() {
        #expect(throws: InlineMarkup.Failure.self) { try parse("****") }
    }
}
