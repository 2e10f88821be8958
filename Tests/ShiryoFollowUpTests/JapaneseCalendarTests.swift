import Testing
@testable import ShiryoFollowUp

@Suite struct JapaneseCalendarTests {
    let half = JapaneseDateFormatter(digits: .halfwidth)

    func date(_ text: String) throws -> CalendarDate {
        try #require(CalendarDate(iso: text))
    }

    @Test(arguments: [
        ("2019-04-30", "平成31年4月30日"),
        ("2019-05-01", "令和元年5月1日"),
        ("2020-01-01", "令和2年1月1日"),
        ("1989-01-07", "昭和64年1月7日"),
        ("1989-01-08", "平成元年1月8日"),
        ("1926-12-25", "昭和元年12月25日"),
        ("2025-03-31", "令和7年3月31日"),
    ])
    func eraBoundaries(iso: String, expected: String) throws {
        #expect(half.japanese(try date(iso)) == expected)
    }

    @Test func datesBeforeShowaHaveNoJapaneseForm() throws {
        #expect(half.japanese(try date("1926-12-24")) == nil)
    }

    @Test(arguments: [(2024, "令和6年度"), (2019, "令和元年度"), (2018, "平成30年度"), (1989, "平成元年度"),
                      (1988, "昭和63年度")])
    func fiscalYearsAreNamedInTheEraOfTheirFirstCalendarYearsEnd(year: Int, expected: String) {
        #expect(half.fiscalYear(year) == expected)
    }

    @Test func digitStyles() throws {
        let day = try date("2024-03-31")
        #expect(JapaneseDateFormatter(digits: .fullwidth).western(day) == "２０２４年３月３１日")
        #expect(JapaneseDateFormatter(digits: .mixed).western(day) == "2024年３月31日")
        #expect(JapaneseDateFormatter(digits: .mixed).japanese(try date("2023-04-07")) == "令和５年４月７日")
        #expect(DigitStyle.mixed.formatCode("1-2") == "１－２")
        #expect(DigitStyle.mixed.formatCode("1-12") == "１－12")
        #expect(DigitStyle.halfwidth.formatCode("1-2") == "1-2")
        #expect(DigitStyle.fullwidth.format(10) == "１０")
    }

    @Test func draftPlaceholders() {
        #expect(half.placeholder(year: 2026) == "令和8年〇月〇日")
        #expect(JapaneseDateFormatter(digits: .mixed).placeholder(year: 2025) == "令和７年〇月〇日")
        #expect(half.placeholder(year: 2019) == "令和元年〇月〇日")
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-1-01",
                      "24-01-01", "2024-01-01T00:00", "２０２４-01-01", ""])
    func daysThatDoNotExistOrAreMalformedAreRejected(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "2023-12-31"])
    func leapDaysAndYearEndsExist(text: String) {
        #expect(CalendarDate(iso: text)?.description == text)
    }
}
