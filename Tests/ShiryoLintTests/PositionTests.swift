import Testing
@testable import ShiryoLint

/// Findings point into the file where the text was written: the column inside the scalar,
/// in every scalar style and in JSON.
@Suite struct PositionTests {
    /// The line and column of the one `latin-width` finding (Ｇ７) in a report whose first
    /// action is written as `action` (YAML after `- `, at column 11 of line 18).
    func position(ofFullwidthG7In action: String) throws -> (line: Int, column: Int) {
        let yaml = report(actions: ["G7会合を開催した。"]).replacingOccurrences(
            of: "          - \"G7会合を開催した。\"\n", with: "          - G7会合を開催した。\n          - " + action + "\n")
        let found = try findings("latin-width", in: yaml)
        #expect(found.count == 1, "\(found.map(\.description))")
        let finding = try #require(found.first)
        return (finding.line, finding.column)
    }

    @Test func plainScalar() throws {
        let where_ = try position(ofFullwidthG7In: "広島でＧ７サミット。")
        #expect(where_.line == 19 && where_.column == 16)
    }

    @Test func singleQuotedWithDoubledQuotes() throws {
        let where_ = try position(ofFullwidthG7In: "'it''s Ｇ７。'")
        #expect(where_.line == 19 && where_.column == 20)
    }

    @Test func doubleQuotedWithEscapes() throws {
        // \u3000 is one value character written as six; \t as two.
        let where_ = try position(ofFullwidthG7In: "\"\\u3000\\tＧ７。\"")
        #expect(where_.line == 19 && where_.column == 22)
    }

    @Test func literalBlockScalar() throws {
        let where_ = try position(ofFullwidthG7In: "|\n              一行目。\n              二行目のＧ７。")
        #expect(where_.line == 21 && where_.column == 19)
    }

    @Test func foldedBlockScalar() throws {
        let where_ = try position(ofFullwidthG7In: ">\n              一行目\n              二行目のＧ７。")
        #expect(where_.line == 21 && where_.column == 19)
    }

    @Test func plainScalarOverTwoLines() throws {
        let where_ = try position(ofFullwidthG7In: "一行目\n            二行目のＧ７。")
        #expect(where_.line == 20 && where_.column == 17)
    }

    @Test func markupIsNotText() throws {
        // [^PPR] is a footnote reference: its letters are no Latin word, and Ｇ７ is found after it.
        let yaml = report(actions: ["G7とPPR[^PPR]のＧ７。"], extra: "glossary:\n  PPR: 予防\n")
        let found = try findings("latin-width", in: yaml)
        #expect(found.count == 1)
        #expect(found.first?.column == 27)
    }

    @Test func jsonStrings() throws {
        let json = """
        {"title": "題", "plan": {"name": "計画", "decidedOn": "2023-04-07", "decidedBy": "会議"},
         "fiscalYear": 2024, "asOf": "2025-03-31", "issued": "draft", "ministries": {"mhlw": "厚生労働省"},
         "goals": [{"title": "目標", "actions": ["G7\\u3001\\"Ｇ７\\""]}]}
        """
        let found = try lint(json, file: "report.json").findings.filter { $0.ruleID == "latin-width" }
        #expect(found.count == 1)
        #expect(found.first?.line == 3 && found.first?.column == 51)
        #expect(found.first?.keyPath == "goals[0].actions[0]")
    }

    @Test func sourceTextCountsScalarsAndLineBreaks() {
        let source = SourceText("a\r\nｂc\nd\u{2028}e")
        #expect(source.position(of: 3) == (2, 1))
        #expect(source.position(of: 4) == (2, 2))
        #expect(source.position(of: 8) == (4, 1))
        #expect(source.offset(line: 2, column: 2) == 4)
    }
}
