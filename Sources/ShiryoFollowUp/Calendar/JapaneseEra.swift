/// The eras (元号) of the modern Japanese calendar that reports can name.
public struct JapaneseEra: Sendable, Equatable {
    public let name: String
    /// The first day of the era.
    public let start: CalendarDate

    // Force unwraps below are on constant, known-valid dates, never on input.
    public static let showa = JapaneseEra(name: "昭和", start: CalendarDate(year: 1926, month: 12, day: 25)!)
    public static let heisei = JapaneseEra(name: "平成", start: CalendarDate(year: 1989, month: 1, day: 8)!)
    public static let reiwa = JapaneseEra(name: "令和", start: CalendarDate(year: 2019, month: 5, day: 1)!)

    /// Newest first.
    public static let all: [JapaneseEra] = [.reiwa, .heisei, .showa]

    /// The earliest date Shiryo can write in the Japanese calendar.
    public static var earliestSupported: CalendarDate { showa.start }

    /// The era a day belongs to, or `nil` before 昭和.
    public static func era(of date: CalendarDate) -> JapaneseEra? {
        all.first { $0.start <= date }
    }

    /// The era that names a fiscal year (April of `fiscalYear` to March of the next year).
    ///
    /// A fiscal year is named in the era current at the end of its first calendar year:
    /// FY2019, which began under 平成, is 令和元年度 in government usage, as FY1988 is
    /// 昭和63年度 and FY1989 平成元年度.
    public static func era(ofFiscalYear fiscalYear: Int) -> JapaneseEra? {
        CalendarDate(year: fiscalYear, month: 12, day: 31).flatMap(era(of:))
    }

    /// The year within this era of a Gregorian year (1 for the era's first year).
    public func year(of gregorianYear: Int) -> Int {
        gregorianYear - start.year + 1
    }
}
