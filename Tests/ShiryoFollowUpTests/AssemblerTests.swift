import Testing
import ShiryoModel
@testable import ShiryoFollowUp

@Suite struct AssemblerTests {
    func slides(_ document: Document) -> [Slide] {
        document.blocks.compactMap { if case .slide(let slide) = $0 { slide } else { nil } }
    }

    func headings(_ blocks: [Block]) -> [String] {
        blocks.compactMap {
            guard case .heading(let heading) = $0 else { return nil }
            return [heading.number, heading.content.plainText].compactMap { $0 }.joined(separator: " ")
        }
    }

    @Test func summaryOfTheStrategyFollowUpHasASlidePerSectionAndAConclusion() throws {
        let report = try Package.sample("kansensho-kihon-senryaku")
        let document = FollowUpDocument.summary.assemble(report)
        #expect(document.kind == .slides)
        #expect(document.metadata.documentNumber == "資料１－１")
        #expect(document.metadata.dateText == "令和７年〇月〇日")
        let slides = slides(document)
        #expect(slides.map(\.role) == [.title, .section, .section, .section, .section, .section, .conclusion])
        #expect(slides[1].number == "１．")

        // The lead points at the 詳細 through a cross reference, with the derived number.
        let lead = slides[0].blocks.plainText
        #expect(lead.contains("整理したもの。（詳細は資料１－２を参照）"))
        #expect(lead.contains("本資料は、2024年３月31日時点のものである。"))

        // This year's actions beside next year's goals, with labels derived from the fiscal year.
        guard case .columns(let columns) = try #require(slides[1].blocks.first) else {
            Issue.record("a section slide starts with its two columns")
            return
        }
        #expect(columns.map { $0.title?.plainText } == ["令和５年度の取組", "令和６年度以降の目標"])

        // Footnotes are numbered per slide, in reading order; bare markers have no text.
        #expect(slides[1].footnotes.map(\.label) == ["*1", "*2"])
        #expect(slides[1].footnotes.first?.content?.plainText.hasSuffix("をいう。") == true)
        #expect(slides[2].footnotes.map(\.label) == ["*1", "*2", "*3"])
        #expect(slides[2].footnotes.map { $0.content == nil } == [false, true, true])
    }

    @Test func conclusionSlideListsHighlightedActionsInTheirSummaryWording() throws {
        let report = try Package.sample("kansensho-kihon-senryaku")
        let conclusion = try #require(slides(FollowUpDocument.summary.assemble(report)).last)
        #expect(conclusion.title.plainText == "総括")
        let highlighted = report.goals.flatMap(\.highlightedActions)
        #expect(!highlighted.isEmpty)
        let text = conclusion.blocks.plainText
        for action in highlighted {
            #expect(text.contains((action.summary ?? action.text).plainText))
        }
        #expect(headings(conclusion.blocks).contains("２． 感染症対応人材の充実、人的支援による国際貢献"))
        for assessment in report.conclusion?.assessment ?? [] {
            #expect(text.contains(assessment.plainText))
        }
    }

    @Test func goalsWithAnOverviewAreSummarisedOnOneSlide() throws {
        let report = try Package.sample("amr-action-plan")
        let slides = slides(FollowUpDocument.summary.assemble(report))
        #expect(slides.map(\.role) == [.title, .overview])
        #expect(slides[1].title.plainText == "令和6年度の主な取組")
        #expect(headings(slides[1].blocks).first == "目標1 国民に対する薬剤耐性の知識、理解に関する普及啓発・教育活動の推進")
        #expect(headings(slides[1].blocks).count == 6)
    }

    @Test func detailHasEveryStrategyPolicyAndIndicatorTable() throws {
        let report = try Package.sample("amr-action-plan")
        let document = FollowUpDocument.detail.assemble(report)
        #expect(document.kind == .report)
        #expect(document.metadata.title.hasSuffix("（詳細）"))
        let headings = headings(document.blocks)
        #expect(headings.contains("目標1 国民の薬剤耐性に関する知識や理解を深め、専門職等への教育・研修を推進する。"))
        #expect(headings.contains("令和6年度の評価を踏まえた令和7年度以降の取組方針"))
        #expect(headings.contains("目標1 関連 令和6年度評価指標概要"))
        #expect(headings.filter { $0.hasPrefix("戦略") }.count
            == report.goals.flatMap(\.strategies).count
            + report.goals.flatMap(\.strategies).filter { !$0.indicators.isEmpty }.count)
        #expect(document.blocks.plainText.contains("（関係府省庁：厚生労働省）"))

        let tables = document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
        let rows = tables.flatMap(\.rows)
        let groupRows = rows.filter { if case .group = $0 { true } else { false } }.count
        let indicatorEntries = report.goals.flatMap(\.strategies).flatMap(\.indicators)
        #expect(groupRows == indicatorEntries.filter { if case .group = $0 { true } else { false } }.count)
        #expect(rows.count - groupRows == indicatorEntries.flatMap(\.rows).count)
        // Every body row has the table's column count; the header's 実績 spans the result columns.
        for table in tables {
            for case .cells(let cells) in table.rows { #expect(cells.count == table.columns.count) }
            #expect(table.headerRows.first?.map(\.columnSpan).reduce(0, +) == table.columns.count)
        }
        #expect(tables.contains { $0.columns.count == 4 }, "strategy 2.2 has two result columns")
    }

    @Test func labelsFollowTheNotation() throws {
        var report = try Package.sample("amr-action-plan")
        report.notation.digits = .fullwidth
        report.fiscalYear = 2018
        let wording = Wording(report)
        #expect(wording.thisYearActions == "平成３０年度の取組")
        #expect(wording.nextYearGoals == "令和元年度以降の目標")
        #expect(wording.nextYearPolicy == "平成３０年度の評価を踏まえた令和元年度以降の取組方針")
        #expect(wording.strategyNumber(report.goals[0].strategies[0]) == "戦略１.１")
        report.labels = nil
        #expect(Wording(report).strategyNumber(report.goals[0].strategies[1]) == "（２）")
        #expect(Wording(report).ministries(["mhlw", "maff"]) == "（厚生労働省、農林水産省）")
    }

    @Test func aDefaultLeadIsDerivedFromThePlan() throws {
        var report = try Package.sample("amr-action-plan")
        report.lead = []
        let lead = slides(FollowUpDocument.summary.assemble(report))[0].blocks.plainText
        #expect(lead.contains("「薬剤耐性（AMR）対策アクションプラン 2023-2027」（令和5年4月7日国際的に脅威となる感染症対策の強化のための国際連携等関係閣僚会議決定）に基づく施策につき、各府省庁における令和6年度の取組状況と今後の取組方針を整理したもの。"))
    }

    @Test func detailFootnotesAreNumberedThroughTheDocument() throws {
        let report = try Package.sample("kansensho-kihon-senryaku")
        let document = FollowUpDocument.detail.assemble(report)
        #expect(document.footnotes.map(\.label) == (1...document.footnotes.count).map { "*\($0)" })
        #expect(Set(document.footnotes.map(\.id)).count == document.footnotes.count)
        #expect(document.footnotes.count == 5)
        #expect(document.blocks.plainText.contains("用語集"))
    }

    @Test func assemblyIsDeterministic() throws {
        let report = try Package.sample("amr-action-plan")
        for kind in FollowUpDocument.allCases {
            #expect(kind.assemble(report) == kind.assemble(report))
        }
    }

    /// A report given up to the 詳細 gives the same document as one lent to it, and the
    /// assembler has let go of every indicator row by the end (a 100,000-row report and its
    /// whole document are then never in memory together).
    @Test func detailFromAGivenUpReportIsTheSameAndLetsItsIndicatorRowsGo() throws {
        let report = try Package.sample("amr-action-plan")
        #expect(report.goals.contains { $0.hasIndicators })
        let lent = FollowUpDocument.detail.assemble(report)
        #expect(FollowUpDocument.detail.assemble(consuming: report) == lent)

        var releasing = DetailAssembler(report: report, releasesIndicators: true)
        #expect(releasing.document() == lent)
        #expect(!releasing.goals.contains { $0.hasIndicators })
        #expect(releasing.goals.count == report.goals.count)

        var keeping = DetailAssembler(report: report)
        _ = keeping.document()
        #expect(keeping.goals.map(\.strategies) == report.goals.map(\.strategies))
    }
}
