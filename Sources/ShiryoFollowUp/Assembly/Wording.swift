/// The derived wording of a report: labels, numbers and sentences that are never typed in
/// the data, so the 概要 and the 詳細 always agree with each other and with the fiscal year.
public struct Wording: Sendable {
    public let report: FollowUpReport
    private let dates: JapaneseDateFormatter
    /// Whether the 詳細's indicator tables show last year's results beside this year's:
    /// settled once per report (the default looks at every row).
    public let showsPreviousResults: Bool

    public init(_ report: FollowUpReport) {
        self.init(report, showsPreviousResults: Self.showsPreviousResults(of: report))
    }

    /// The report's own choice, else whether any row has last year's results.
    static func showsPreviousResults(of report: FollowUpReport) -> Bool {
        report.indicatorTables.previous ?? report.hasPreviousValues
    }

    /// The wording of a report whose goals may already have been taken out (the 詳細 takes
    /// them over to let them go as it is assembled), with the choice their rows settled.
    init(_ report: FollowUpReport, showsPreviousResults: Bool) {
        self.report = report
        self.dates = JapaneseDateFormatter(digits: report.notation.digits)
        self.showsPreviousResults = showsPreviousResults
    }

    private var digits: DigitStyle { report.notation.digits }

    // Fiscal years from 1927 on always have an era (checked on load), so the fallbacks
    // below only guard against reports built in code.
    private func fiscalYear(_ year: Int) -> String { dates.fiscalYear(year) ?? "\(year)年度" }

    /// 令和6年度
    public var thisFiscalYear: String { fiscalYear(report.fiscalYear) }
    /// 令和6年度の取組
    public var thisYearActions: String { thisFiscalYear + "の取組" }
    /// 令和6年度の主な取組
    public var mainActions: String { thisFiscalYear + "の主な取組" }
    /// 令和7年度以降の目標
    public var nextYearGoals: String { fiscalYear(report.fiscalYear + 1) + "以降の目標" }
    /// 令和6年度の評価を踏まえた令和7年度以降の取組方針
    public var nextYearPolicy: String {
        thisFiscalYear + "の評価を踏まえた" + fiscalYear(report.fiscalYear + 1) + "以降の取組方針"
    }
    /// 前年度（令和5年度）: the header of last year's results in indicator tables.
    public var previousResultsHeader: String { "前年度（" + fiscalYear(report.fiscalYear - 1) + "）" }
    /// 今年度（令和6年度）
    public var thisYearResultsHeader: String { "今年度（" + thisFiscalYear + "）" }
    public let conclusionTitle = "総括"
    public let glossaryTitle = "用語集"

    /// 目標1 関連 令和6年度評価指標概要
    public func indicatorsHeading(_ goal: Goal) -> String {
        goalNumber(goal) + " 関連 " + thisFiscalYear + "評価指標概要"
    }

    public var summaryTitle: String { report.title + "（概要）" }
    public var detailTitle: String { report.title + "（詳細）" }

    /// 資料1-1
    public var summaryNumber: String? { report.documentNumbers.summary.map(documentNumber) }
    /// 資料1-2
    public var detailNumber: String? { report.documentNumbers.detail.map(documentNumber) }

    private func documentNumber(_ code: String) -> String { "資料" + digits.formatCode(code) }

    /// 令和8年3月30日, or 令和8年〇月〇日 for a draft.
    public var issueDate: String {
        switch report.issued {
        case .date(let date): dates.japanese(date) ?? date.description
        case .draft(let year): dates.placeholder(year: year) ?? "\(year)年〇月〇日"
        }
    }

    /// Whether the report is issued as a draft (`issued: draft`): the documents are marked 「案」.
    public var isDraft: Bool {
        if case .draft = report.issued { return true }
        return false
    }

    /// The documents' subject, for document properties: 薬剤耐性（AMR）対策アクションプラン 2023-2027
    /// 令和6年度フォローアップ.
    public var subject: String { report.plan.name + " " + thisFiscalYear + "フォローアップ" }

    /// The documents' keywords, for document properties: the plan, the fiscal year, the
    /// issuer and the document's number (資料1-2).
    public func keywords(documentNumber: String?) -> [String] {
        [report.plan.name, thisFiscalYear, "フォローアップ", report.issuer, documentNumber].compactMap { $0 }
    }

    /// 本資料は、令和7年3月31日時点のものである。
    public var asOfSentence: String {
        let date = switch report.notation.asOfCalendar {
        case .japanese: dates.japanese(report.asOf) ?? dates.western(report.asOf)
        case .western: dates.western(report.asOf)
        }
        return "本資料は、" + date + "時点のものである。"
    }

    /// The lead written when the data gives none.
    public var defaultLead: String {
        let plan = report.plan
        let decided = dates.japanese(plan.decidedOn) ?? plan.decidedOn.description
        return "「\(plan.name)」（\(decided)\(plan.decidedBy)決定）に基づく施策につき、各府省庁における"
            + thisFiscalYear + "の取組状況と今後の取組方針を整理したもの。"
    }

    /// 目標1 with labels, １． without.
    public func goalNumber(_ goal: Goal) -> String {
        if let labels = report.labels { return labels.goal + digits.format(goal.number) }
        return digits.format(goal.number) + "．"
    }

    /// 戦略1.1 with labels, （１） without (the strategy's position in its goal).
    public func strategyNumber(_ strategy: Strategy) -> String {
        if let labels = report.labels { return labels.strategy + digits.formatCode(strategy.number) }
        let last = strategy.number.split(separator: ".").last.flatMap { Int($0) } ?? 0
        return "（" + digits.format(last) + "）"
    }

    /// （関係府省庁：厚生労働省、農林水産省） with labels, （厚生労働省、農林水産省） without.
    public func ministries(_ ids: [String]) -> String? {
        guard !ids.isEmpty else { return nil }
        let names = ministryNames(ids)
        return report.labels == nil ? "（\(names)）" : "（関係府省庁：\(names)）"
    }

    /// 厚生労働省、農林水産省
    public func ministryNames(_ ids: [String]) -> String {
        ids.map { report.ministries.name(of: $0) ?? $0 }.joined(separator: "、")
    }

    /// （詳細は{target}を参照）: the wording around a pointer to another document.
    public static let seeAlsoPrefix = "（詳細は"
    public static let seeAlsoSuffix = "を参照）"
}
