import Testing
import ShiryoText

@Suite struct LineBreakerTests {
    let breaker: LineBreaker

    init() throws {
        breaker = try LineBreaker()
    }

    @Test(arguments: ["G7", "2023-2027", "12.96DID", "379,288", "J-SIPHE", "GNR/VRE", "2022/2023", "25.9%", "Ｇ７", "１２３"])
    func latinWordsAndNumbersStayWhole(_ word: String) {
        for width in 20...40 {
            for padding in 0..<width {
                let text = String(repeating: "あ", count: padding / 2) + (padding % 2 == 0 ? "" : "a") + word + "件を実施。"
                let lines = breaker.wrap(text, width: width)
                #expect(lines.contains { $0.contains(word) }, "\(word) split in \(lines)")
            }
        }
    }

    @Test func closingPunctuationStaysWithThePrecedingCharacter() {
        // 18 columns of text, then 」。: at width 20 the bracket and the stop fit exactly;
        // at 19 and 18 they pull the preceding character down with them.
        let text = "ああああああああ「あ」。いいい"
        for width in [20, 19, 18] {
            let lines = breaker.wrap(text + String(repeating: "う", count: 20), width: width)
            for line in lines.dropFirst() {
                #expect(!["」", "。", "、"].contains(line.first), "\(lines)")
            }
            for line in lines {
                #expect(line.last != "「", "\(lines)")
            }
        }
    }

    @Test func smallKanaProlongedSoundMarkAndIterationMarksNeverStartALine() {
        let text = String(repeating: "ちょっとカーッ々ゝ", count: 12)
        for width in 20...30 {
            for line in breaker.wrap(text, width: width).dropFirst() {
                #expect(!"ょっーッ々ゝ".contains(line.first ?? " "), "\(line)")
            }
        }
    }

    @Test func theSpaceAtABreakInLatinTextIsDropped() {
        let text = "Prevention, Preparedness and Response of the One Health approach"
        let lines = breaker.wrap(text, width: 20)
        #expect(lines == ["Prevention,", "Preparedness and", "Response of the One", "Health approach"])
    }

    @Test func noSpaceIsInsertedBetweenJapaneseCharacters() {
        let text = String(repeating: "薬剤耐性対策を推進する。", count: 10)
        let lines = breaker.wrap(text, width: 21)
        #expect(lines.joined() == text)
        #expect(lines.allSatisfy { !$0.contains(" ") })
    }

    @Test func hardLineBreaksAreKept() {
        #expect(breaker.wrap("国立感染症研究所村山庁舎\nBSL4実験室内の様子", width: 40) == ["国立感染症研究所村山庁舎", "BSL4実験室内の様子"])
        #expect(breaker.wrap("a\r\nb", width: 40) == ["a", "b"])
        #expect(breaker.wrap("", width: 40) == [""])
        #expect(breaker.wrap("a\n\nb", width: 40) == ["a", "", "b"])
    }

    @Test func aWordLongerThanTheLineIsSplit() {
        let url = "https://example.org/" + String(repeating: "abcdefghij", count: 5)
        let lines = breaker.wrap("参照：" + url + "。", width: 20)
        #expect(lines.joined() == "参照：" + url + "。")
        #expect(lines.allSatisfy { DisplayWidth.of($0, ambiguous: .narrow) <= 20 })
        // The final 。 does not start a line even though the word around it is split.
        #expect(lines.last?.first != "。")
    }

    @Test func fullwidthTildeAndWaveDashDoNotStartALine() {
        for width in 20...24 {
            for line in breaker.wrap(String(repeating: "一二三～四五〜六", count: 8), width: width).dropFirst() {
                #expect(line.first != "～" && line.first != "〜", "\(line)")
            }
        }
    }

    @Test func breakOpportunitiesCombineICUAndTheGenre() {
        // 「J-SIPHE」: ICU allows J-|SIPHE, the genre does not.
        let text = "J-SIPHE、（令和5年）"
        let opportunities = breaker.breakOpportunities(in: text)
        #expect(!opportunities.contains(2))
        #expect(opportunities == [8, 10, 11, 12])  // before （, then between the characters inside
    }
}
