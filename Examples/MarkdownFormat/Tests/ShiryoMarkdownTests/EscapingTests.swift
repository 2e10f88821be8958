import ShiryoModel
import Testing

@testable import ShiryoMarkdown

/// Data can never change the document's structure: whatever a string holds, it is text.
@Suite struct EscapingTests {
    @Test(arguments: [
        ("# 見出しではない", "\\# 見出しではない"),
        ("1. 番号ではない", "1\\. 番号ではない"),
        ("2024) 番号ではない", "2024\\) 番号ではない"),
        ("- 箇条書きではない", "\\- 箇条書きではない"),
        ("+ 箇条書きではない", "\\+ 箇条書きではない"),
        ("> 引用ではない", "\\> 引用ではない"),
        ("===", "\\==="),
        ("    字下げはコードではない", "字下げはコードではない"),
    ])
    func lineStartsStayText(text: String, expected: String) throws {
        #expect(body(try render(report([paragraph(text)]))) == [expected, ""])
    }

    @Test func inlineMarkupStaysText() throws {
        let text = "*星* _下線_ `code` <b>html</b> &amp; [リンク](http://x) ![画像](y) ~~消~~ a|b \\ :smile: #1"
        let expected = ##"\*星\* \_下線\_ \`code\` \<b>html\</b> \&amp; \[リンク\](http\://x) \!\[画像\](y) \~\~消\~\~ a\|b \\ \:smile: \#1"##
        #expect(body(try render(report([paragraph(text)]))) == [expected, ""])
    }

    @Test func aColonIsEscapedOnlyBeforeAnEmojiName() {
        #expect(MarkdownEscaping.text("動画:1,730回") == "動画:1,730回")
        #expect(MarkdownEscaping.text("時刻 10:30") == "時刻 10:30")
        #expect(MarkdownEscaping.text(":a:b:") == "\\:a\\:b:")
    }

    /// GFM links bare addresses by itself; the other formats print them as text, and so
    /// does this one.
    @Test func bareAddressesAreNotLinked() {
        #expect(MarkdownEscaping.text("https://example.jp/a_b www.example.jp WWW.example.jp a@example.jp")
            == #"https\://example.jp/a\_b www\.example.jp WWW\.example.jp a\@example.jp"#)
    }

    @Test func lineEndsAndControlCharactersInTextBecomeSpaces() throws {
        let output = try render(report([paragraph("一行目\n# 二行目\r\n\t三行目")]))
        #expect(body(output) == ["一行目 \\# 二行目   三行目", ""])
    }

    /// Parsers read code points: a combining accent does not hide the `*` or `>` before it.
    @Test func aCombiningMarkDoesNotHideMarkup() throws {
        let output = try render(report([paragraph(">\u{301} *\u{301}a*\u{301}")]))
        #expect(body(output) == ["\\>\u{301} \\*\u{301}a\\*\u{301}", ""])
    }

    @Test func lineBreaksAreHardBreaksAndEachLineIsEscaped() throws {
        let output = try render(report([.paragraph([.text("一行目"), .lineBreak, .text("- 二行目"), .lineBreak,
                                                    .lineBreak, .text("  3. 三行目")])]))
        #expect(body(output) == ["一行目\\", "\\- 二行目\\", "3\\. 三行目", ""])
    }

    @Test func aCellHoldingAPipeKeepsItsRow() throws {
        let table = Table(
            columns: [TableColumn(width: 1), TableColumn(width: 1)],
            headerRows: [[cell("名|前"), cell("値")]],
            rows: [.cells([cell("a | b"), cell("c\\|d")])])
        let lines = try #require(tables(try render(report([.table(table)]))).first)
        #expect(lines == ["| 名\\|前 | 値 |", "| --- | --- |", "| a \\| b | c\\\\\\|d |"])
        #expect(lines.allSatisfy { cellCount($0) == 2 })
    }

    @Test func headingsKeepTheirClosingHashesAndNumbers() throws {
        let output = try render(report([.heading(Heading(level: 2, number: "1.", content: [.text("C# ##")]))]))
        #expect(body(output) == ["## 1.C\\# \\#\\#", ""])
    }

    /// CommonMark opens `**` before a bracket only after a space or punctuation, which
    /// Japanese text has none of: the brackets go outside the markers.
    @Test func strongAroundBracketsStillOpensAndCloses() throws {
        let output = try render(report([.paragraph([.text("を"), .strong([.text("「AMR」")]), .text("の")])]))
        #expect(body(output) == ["を「**AMR**」の", ""])
    }

    @Test func strongOfOnlyPunctuationIsPlainText() throws {
        let output = try render(report([.paragraph([.text("a"), .strong([.text("（）")]), .text("b")])]))
        #expect(body(output) == ["a（）b", ""])
    }

    @Test func adjacentSpansDoNotFormOneDelimiterRun() throws {
        let strongThenStrong = try render(report([.paragraph([.strong([.text("前")]), .strong([.text("後")])])]))
        #expect(body(strongThenStrong) == ["**前後**", ""])
        let strongThenEmphasis = try render(report([.paragraph([.strong([.text("前")]), .emphasis([.text("後")])])]))
        #expect(body(strongThenEmphasis) == ["**前**後", ""])
    }

    @Test func aReferenceFollowedByAColonIsNotADefinition() throws {
        let footnote = FootnoteDefinition(id: "n", label: "*1", content: [.text("注")])
        let output = try render(report([.paragraph([.footnoteReference(FootnoteReference(id: "n", label: "*1")),
                                                    .text(": 定義ではない (括弧)")])], footnotes: [footnote]))
        #expect(body(output) == ["[^1]\\: 定義ではない (括弧)", "", "[^1]: 注", ""])
    }

    @Test func linkAndImageTargetsArePercentEncoded() throws {
        let figure = Figure(image: "images/図 1 (a).png", caption: [.text("^図")])
        let reference = CrossReference(documentIdentifier: "summary", content: [.text("資料")])
        let output = try render(
            report([.figure(figure), .paragraph([.crossReference(reference)])]),
            companions: ["summary": "a b).summary.md"])
        #expect(body(output) == [
            "![\\^図](images/%E5%9B%B3%201%20%28a%29.png)", "", "[資料](a%20b%29.summary.md)", "",
        ])
    }
}
