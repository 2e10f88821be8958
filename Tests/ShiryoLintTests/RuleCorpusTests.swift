import Testing
@testable import ShiryoLint

/// One sentence of the corpus: the rule, the sentences around it that set the document's
/// habit, the sentence itself, and whether the rule must flag it.
struct CorpusCase: CustomTestStringConvertible, Sendable {
    var rule: String
    var context: [String]
    var sentence: String
    var flagged: Bool
    var issued = "draft"
    var extra = ""

    var testDescription: String { "\(rule): \(flagged ? "flags" : "accepts") 「\(sentence)」" }
}

private func wrong(_ rule: String, _ sentence: String, context: [String] = [], issued: String = "draft", extra: String = "") -> CorpusCase {
    CorpusCase(rule: rule, context: context, sentence: sentence, flagged: true, issued: issued, extra: extra)
}

private func right(_ rule: String, _ sentence: String, context: [String] = [], issued: String = "draft", extra: String = "") -> CorpusCase {
    CorpusCase(rule: rule, context: context, sentence: sentence, flagged: false, issued: issued, extra: extra)
}

private let halfDigits = ["令和6年度に2回の研修を実施した。", "2024年3月31日に10件を公表した。"]
private let mixedDigits = "notation:\n  digits: mixed\n"
private let fullDigits = "notation:\n  digits: fullwidth\n"
private let halfLatin = ["G7会合でAMR対策を議論した。", "WHOと協議した。"]
private let fullLatin = ["Ｇ７会合でＡＭＲ対策を議論した。", "ＷＨＯと協議した。", "ＰＭＤＡと協議した。"]
private let touten = ["研修を実施し、資料を配布した。", "会議を開催し、議論した。"]
private let comma = ["研修を実施し，資料を配布した．", "会議を開催し，議論した．"]
private let joined = ["令和6年度にAMR対策を進めた。", "G7会合を2回開いた。", "WHOと協議した。"]
private let spaced = ["令和 6 年度に AMR 対策を進めた。", "G7 会合を 2 回開いた。", "WHO と協議した。"]
private let longSentence = String(repeating: "薬剤耐性対策を推進し", count: 13) + "た。"
private let lengthOn = "lint:\n  rules:\n    sentence-length: {level: warning, max: 120}\n"

let corpus: [CorpusCase] = [
    // digit-width: the declared notation, or the habit most numbers follow
    wrong("digit-width", "令和６年度に研修を実施した。", context: halfDigits),
    wrong("digit-width", "２０２４年に公表した。", context: halfDigits),
    wrong("digit-width", "研修を１２回実施した。", context: halfDigits),
    right("digit-width", "令和6年度に研修を実施した。", context: halfDigits),
    right("digit-width", "379,288件を配布した。", context: halfDigits),
    right("digit-width", "G7会合を開いた。", context: halfDigits),
    wrong("digit-width", "令和5年4月7日に決定した。", extra: mixedDigits),
    wrong("digit-width", "２０２４年に公表した。", extra: mixedDigits),
    right("digit-width", "令和５年４月７日に決定した。", extra: mixedDigits),
    right("digit-width", "2024年３月31日に公表した。", extra: mixedDigits),
    right("digit-width", "修了者は110人、割合は25.9%であった。", extra: mixedDigits),
    wrong("digit-width", "令和6年度に実施した。", extra: fullDigits),
    right("digit-width", "令和６年度に実施した。", extra: fullDigits),
    // latin-width
    wrong("latin-width", "Ｇ７広島サミットを開催した。", context: halfLatin),
    wrong("latin-width", "ＡＭＲ対策を推進した。", context: halfLatin),
    wrong("latin-width", "G７広島首脳コミュニケに明記した。", context: halfLatin),
    right("latin-width", "G7広島サミットを開催した。", context: halfLatin),
    right("latin-width", "AMR対策を推進した。", context: halfLatin),
    right("latin-width", "研修を実施した。", context: halfLatin),
    wrong("latin-width", "AMR対策を推進した。", context: fullLatin),
    right("latin-width", "ＡＭＲ対策を推進した。", context: fullLatin),
    right("latin-width", "ＡＭＲ対策を推進した。"),
    // ka-counter
    wrong("ka-counter", "全国3ヶ所で実施した。"),
    wrong("ka-counter", "全国3ヵ所で実施した。"),
    wrong("ka-counter", "先進7カ国の会議に参加した。"),
    wrong("ka-counter", "全国10箇所で実施した。"),
    wrong("ka-counter", "6ヶ月ごとに点検した。"),
    wrong("ka-counter", "数ヶ国と協議した。"),
    wrong("ka-counter", "５ケ国から参加があった。"),
    right("ka-counter", "全国3か所で実施した。"),
    right("ka-counter", "先進7か国の会議に参加した。"),
    right("ka-counter", "6か月ごとに点検した。"),
    right("ka-counter", "該当箇所を修正した。"),
    right("ka-counter", "カナダと協議した。"),
    // halfwidth-katakana
    wrong("halfwidth-katakana", "ｾﾐﾅｰを開催した。"),
    wrong("halfwidth-katakana", "ｶﾞｲﾄﾞﾗｲﾝを改訂した。"),
    wrong("halfwidth-katakana", "ﾜｸﾁﾝを確保した。"),
    right("halfwidth-katakana", "セミナーを開催した。"),
    right("halfwidth-katakana", "ガイドラインを改訂した。"),
    right("halfwidth-katakana", "ワクチンを確保した。"),
    // punctuation-style
    wrong("punctuation-style", "研修を実施し，資料を配布した。", context: touten),
    wrong("punctuation-style", "研修を実施した．", context: touten),
    right("punctuation-style", "研修を実施し、資料を配布した。", context: touten),
    right("punctuation-style", "割合は１．５倍であった。", context: touten),
    wrong("punctuation-style", "研修を実施し、資料を配布した．", context: comma),
    right("punctuation-style", "研修を実施し，資料を配布した．", context: comma),
    // sentence-end
    wrong("sentence-end", "研修を実施した"),
    wrong("sentence-end", "G7会合を開催"),
    wrong("sentence-end", "研修を実施した（令和6年度）"),
    right("sentence-end", "研修を実施した。"),
    right("sentence-end", "研修員の質・量を増大。（令和５年度末の修了者110人）"),
    right("sentence-end", "G7会合を開催。"),
    // bracket-balance
    wrong("bracket-balance", "「HSTRF（Health System Transformation）を設立。"),
    wrong("bracket-balance", "チャネル（FMC)における議論に貢献。"),
    wrong("bracket-balance", "手引き」を改訂した。"),
    wrong("bracket-balance", "「手引き（第四版」を改訂した）。"),
    wrong("bracket-balance", "【全国の販売量を公表した。"),
    right("bracket-balance", "「HSTRF（Health System Transformation）」を設立。"),
    right("bracket-balance", "チャネル（FMC）における議論に貢献。"),
    right("bracket-balance", "「『手引き』の改訂」を議論した。"),
    right("bracket-balance", "【全国の抗菌薬販売量】 12.96DID（2024年）を公表した。"),
    right("bracket-balance", "〔参考〕を付した。"),
    // halfwidth-brackets
    wrong("halfwidth-brackets", "(関係府省庁：厚生労働省)と連携した。"),
    wrong("halfwidth-brackets", "9.96DID(2021年)を公表した。"),
    wrong("halfwidth-brackets", "薬剤耐性 (AMR) 対策を推進した。"),
    wrong("halfwidth-brackets", "優良事例動画:1,730回を配信した。"),
    wrong("halfwidth-brackets", "専門家養成コース(FETP)の研修を実施した。"),
    right("halfwidth-brackets", "（関係府省庁：厚生労働省）と連携した。"),
    right("halfwidth-brackets", "9.96DID（2021年）を公表した。"),
    right("halfwidth-brackets", "薬剤耐性（AMR）対策を推進した。"),
    right("halfwidth-brackets", "Key messages: 1 document (WHO)."),
    right("halfwidth-brackets", "接種率は（1/2/3 回目）96.3/96.7/96.9%であった。"),
    // jp-latin-space
    wrong("jp-latin-space", "令和 6 年度診療報酬改定を行った。", context: joined),
    wrong("jp-latin-space", "毎年 11月に啓発を行った。", context: joined),
    wrong("jp-latin-space", "日米 EU の共同文書を策定した。", context: joined),
    right("jp-latin-space", "令和6年度診療報酬改定を行った。", context: joined),
    right("jp-latin-space", "毎年11月に啓発を行った。", context: joined),
    right("jp-latin-space", "テスト計画 2023-2027に基づき実施した。", context: joined),
    wrong("jp-latin-space", "令和6年度にWHOと協議した。", context: spaced),
    right("jp-latin-space", "令和 6 年度に WHO と協議した。", context: spaced),
    // placeholder
    wrong("placeholder", "令和8年〇月〇日に公表する。", issued: "2026-03-30"),
    wrong("placeholder", "●●において実施した。", issued: "2026-03-30"),
    wrong("placeholder", "【要修正】研修を実施した。", issued: "2026-03-30"),
    wrong("placeholder", "〇〇件の報告があった。", issued: "2026-03-30"),
    right("placeholder", "令和8年〇月〇日に公表する。", issued: "draft"),
    right("placeholder", "令和8年3月30日に公表した。", issued: "2026-03-30"),
    right("placeholder", "○ 研修を実施した。", issued: "2026-03-30"),
    right("placeholder", "二〇二四年に実施した。", issued: "2026-03-30"),
    // organization-name
    wrong("organization-name", "厚労省やPMDAと協議を行った。"),
    wrong("organization-name", "農水省と連携した。"),
    right("organization-name", "厚生労働省やPMDAと協議を行った。"),
    right("organization-name", "農林水産省と連携した。"),
    right("organization-name", "文科省と連携した。"),
    // numbering-order
    wrong("numbering-order", "1．研修\nア　基礎研修\n（1）応用研修"),
    wrong("numbering-order", "1．研修\n3．会議"),
    wrong("numbering-order", "（1）研修\n（3）会議"),
    wrong("numbering-order", "1．研修\n（ア）基礎"),
    wrong("numbering-order", "ア　研修\nウ　会議"),
    right("numbering-order", "1．研修\n（1）基礎\nア　前期\n（ア）4月\n（イ）5月\nイ　後期\n（2）応用\n2．会議"),
    right("numbering-order", "（1）研修\n（2）会議"),
    right("numbering-order", "アクションプランを改定した。\nイベントを開催した。"),
    right("numbering-order", "1 回目の研修を実施した。"),
    // sentence-length
    wrong("sentence-length", longSentence, extra: lengthOn),
    right("sentence-length", "研修を実施した。", extra: lengthOn),
    right("sentence-length", longSentence),
]

@Suite struct RuleCorpusTests {
    @Test(arguments: corpus)
    func theRuleFlagsTheWrongFormAndAcceptsTheRightOne(_ example: CorpusCase) throws {
        let actions = example.context + [example.sentence]
        let yaml = report(actions: actions, issued: example.issued, extra: example.extra)
        let path = "goals[0].strategies[0].actions[\(actions.count - 1)]"
        let found = try findings(example.rule, in: yaml).filter { $0.keyPath == path }
        if example.flagged {
            #expect(!found.isEmpty, "missed: \(example.sentence)")
        } else {
            #expect(found.isEmpty, "flagged the right form: \(found.map(\.description))")
        }
    }

    @Test func theCorpusHasAHundredSentencesAndBothFormsForEveryRule() {
        #expect(corpus.count >= 100)
        for rule in LintRules.all {
            #expect(corpus.contains { $0.rule == rule.id && $0.flagged }, "\(rule.id) has no wrong example")
            #expect(corpus.contains { $0.rule == rule.id && !$0.flagged }, "\(rule.id) has no right example")
        }
    }

    @Test func theContextOfTheCorpusIsCleanForItsRule() throws {
        // The habit-setting sentences alone give no finding, so each case tests its sentence.
        for context in [halfDigits, halfLatin, fullLatin, touten, comma, joined, spaced] {
            let yaml = report(actions: context)
            let all = try lint(yaml).findings.filter { $0.ruleID != "sentence-end" }
            #expect(all.isEmpty, "\(all.map(\.description))")
        }
    }
}
