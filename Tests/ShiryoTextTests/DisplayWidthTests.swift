import Testing
import ShiryoText

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("A", 1, 1), ("あ", 2, 2), ("ア", 2, 2), ("ｱ", 1, 1), ("漢", 2, 2), ("、", 2, 2), ("Ｇ", 2, 2), ("７", 2, 2),
        ("①", 1, 2), ("※", 1, 2), ("○", 1, 2), ("■", 1, 2), ("→", 1, 2), ("×", 1, 2), ("°", 1, 2), ("─", 1, 2), ("│", 1, 2),
        ("•", 1, 2), ("\u{301}", 0, 0), ("\u{200B}", 0, 0), ("\u{3099}", 0, 0), ("e\u{301}", 1, 1), ("한", 2, 2),
        ("😀", 2, 2), ("👨‍👩‍👧", 2, 2), ("🇯🇵", 2, 2), ("❤️", 2, 2), ("ｵﾞ", 2, 2), ("\u{20000}", 2, 2), ("\u{3400}", 2, 2),
    ] as [(String, Int, Int)])
    func widthOfOneCharacter(_ text: String, narrow: Int, wide: Int) {
        #expect(DisplayWidth.of(text, ambiguous: .narrow) == narrow)
        #expect(DisplayWidth.of(text, ambiguous: .wide) == wide)
    }

    @Test func widthOfAString() {
        #expect(DisplayWidth.of("薬剤耐性（AMR）対策", ambiguous: .narrow) == 19)
        #expect(DisplayWidth.of("①※ and ○", ambiguous: .narrow) == 8)
        #expect(DisplayWidth.of("①※ and ○", ambiguous: .wide) == 11)
        #expect(DisplayWidth.of("plain ASCII", ambiguous: .wide) == 11)
        #expect(DisplayWidth.of("", ambiguous: .narrow) == 0)
        #expect(DisplayWidth.of("a\tb", ambiguous: .narrow) == 2)  // controls are not printed
        #expect(DisplayWidth.of("資料１－１"[...], ambiguous: .narrow) == 10)
    }

    /// The generated table is sorted and its ranges do not overlap: a binary search over it
    /// finds every range.
    @Test func classesAtRangeEdges() {
        #expect(EastAsianWidth.class(of: "\u{10FF}") == .narrow)
        #expect(EastAsianWidth.class(of: "\u{1100}") == .wide)  // Hangul Choseong: W
        #expect(EastAsianWidth.class(of: "\u{115F}") == .wide)
        #expect(EastAsianWidth.class(of: "\u{1160}") == .zero)  // Jungseong: joins the syllable
        #expect(EastAsianWidth.class(of: "\u{FF61}") == .narrow)  // halfwidth 。
        #expect(EastAsianWidth.class(of: "\u{FF60}") == .wide)
        #expect(EastAsianWidth.class(of: "\u{FFFD}") == .ambiguous)
        #expect(EastAsianWidth.class(of: "\u{10FFFD}") == .narrow)  // private use: narrow
        #expect(!EastAsianWidth.unicodeVersion.isEmpty)
    }
}
