import Foundation
import Testing
import ShiryoText

/// Swift's Foundation on Linux carries its own ICU (FoundationICU, ICU 76 under
/// `swift_`-prefixed names); ShiryoText links the system's libicuuc (ICU 72 under
/// `_72`-suffixed names). Both must work in one process, in either order.
@Suite struct ICUCoexistenceTests {
    @Test func foundationsICUAndTheSystemICUWorkSideBySide() throws {
        // Foundation's ICU at work: locale-aware case mapping, collation and number formatting.
        let before = "straße".uppercased(with: Locale(identifier: "de_DE"))
        let breaker = try LineBreaker()
        let lines = breaker.wrap("国際保健規則（IHR）の改正作業部会（WG IHR）において、改正案等に関する議論。", width: 24)
        let after = "straße".uppercased(with: Locale(identifier: "de_DE"))
        let formatted = (1_234_567 as Int).formatted(.number.locale(Locale(identifier: "ja_JP")))
        let ordered = ["い", "あ", "う"].sorted { $0.compare($1, locale: Locale(identifier: "ja_JP")) == .orderedAscending }

        #expect(before == "STRASSE" && after == "STRASSE")
        #expect(formatted == "1,234,567")
        #expect(ordered == ["あ", "い", "う"])
        #expect(lines == ["国際保健規則（IHR）の改", "正作業部会（WG IHR）にお", "いて、改正案等に関する議", "論。"])
    }

    @Test func theSystemICUIsTheOneInUse() {
        let versions = LineBreaker.icuVersions
        #expect(!versions.icu.isEmpty)
        #expect(!versions.unicode.isEmpty)
        // Foundation's ICU is 74 or later; the system one is what pkg-config found (72 on Debian 12).
        print("ICU \(versions.icu), Unicode \(versions.unicode); width table Unicode \(EastAsianWidth.unicodeVersion)")
    }

    /// UAX #14 strict line breaking as ICU does it: small kana and ー do not start a line,
    /// a break is allowed between ideographs and after a closing bracket.
    @Test func icuGivesStrictJapaneseBreakOpportunities() throws {
        let breaker = try LineBreaker()
        #expect(breaker.breakOpportunities(in: "ちょっと") == [3])
        #expect(breaker.breakOpportunities(in: "カーテン") == [2, 3])
        #expect(breaker.breakOpportunities(in: "漢字。次") == [1, 3])
    }
}
