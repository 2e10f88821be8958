/// Writes dates and fiscal years the way the genre prints them.
public struct JapaneseDateFormatter: Sendable {
    public var digits: DigitStyle

    public init(digits: DigitStyle) {
        self.digits = digits
    }

    /// 令和5年4月7日 (元年 for an era's first year). `nil` before 昭和.
    public func japanese(_ date: CalendarDate) -> String? {
        guard let era = JapaneseEra.era(of: date) else { return nil }
        return "\(eraYear(era, date.year))\(digits.format(date.month))月\(digits.format(date.day))日"
    }

    /// 2024年3月31日
    public func western(_ date: CalendarDate) -> String {
        "\(digits.format(date.year))年\(digits.format(date.month))月\(digits.format(date.day))日"
    }

    /// 令和6年度. `nil` before 昭和.
    public func fiscalYear(_ fiscalYear: Int) -> String? {
        guard let era = JapaneseEra.era(ofFiscalYear: fiscalYear) else { return nil }
        return eraYear(era, fiscalYear) + "度"
    }

    /// 令和8年〇月〇日: a date still to be fixed, in the given calendar year.
    public func placeholder(year: Int) -> String? {
        guard let date = CalendarDate(year: year, month: 12, day: 31), let era = JapaneseEra.era(of: date) else {
            return nil
        }
        return eraYear(era, year) + "〇月〇日"
    }

    private func eraYear(_ era: JapaneseEra, _ gregorianYear: Int) -> String {
        let year = era.year(of: gregorianYear)
        return era.name + (year == 1 ? "元" : digits.format(year)) + "年"
    }
}
