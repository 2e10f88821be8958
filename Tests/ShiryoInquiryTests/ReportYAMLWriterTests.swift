import Foundation
import ShiryoFollowUp
@testable import ShiryoInquiry
import Testing

@Suite struct ReportYAMLWriterTests {
    @Test(arguments: Package.sampleNames)
    func whatIsWrittenLoadsBackToAnEqualReport(_ name: String) throws {
        let report = try Package.sample(name)
        let yaml = ReportYAMLWriter.yaml(report)
        let loaded = try load(yaml: yaml)
        #expect(loaded == report)
        #expect(ReportYAMLWriter.yaml(loaded) == yaml, "writing is stable")
    }

    @Test func keysFollowTheDataFormatsOrderInBlockStyleWithoutAliases() throws {
        let yaml = ReportYAMLWriter.yaml(try Package.sample("kansensho-kihon-senryaku"))
        let topLevel = yaml.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") && !$0.hasPrefix("-") }
            .compactMap { $0.split(separator: ":").first.map(String.init) }
        let order = ["title", "issuer", "plan", "fiscalYear", "asOf", "issued", "notation", "documents", "lead", "labels",
                     "ministries", "footnotes", "glossary", "goals", "conclusion"]
        #expect(topLevel == order.filter(topLevel.contains))
        #expect(!yaml.contains("{") && !yaml.contains(" &") && !yaml.contains(" *"), "block style, no anchors or aliases")
    }

    @Test func awkwardTextIsQuotedSoItReadsBackTheSame() throws {
        let texts = [
            "25.9%", "2024", "1.1", "null", "~", "true", "no", "- 箇条", "# 見出し", "a: b", "末尾に空白 ", " 先頭に空白", "\"引用\"",
            "バック\\スラッシュ", "二行\n目", "*1 注", "[参考]", "タブ\tあり", "{波括弧}", "@付き", "2023-04-07", ".5", "+3", "",
        ]
        var report = try Package.sample("amr-action-plan")
        // As the loader builds them: a line break is a span of its own.
        func rich(_ text: String) -> RichText {
            RichText(Array(text.split(separator: "\n", omittingEmptySubsequences: false).map { RichText.Span.text(String($0)) }
                .map { [$0] }.joined(separator: [.lineBreak])))
        }
        report.goals[0].strategies[0].actions = texts.filter { !$0.isEmpty }.map { Action(text: rich($0)) }
        report.goals[0].nextYear = [RichText([.text("強調の前の*"), .strong([.text("強調")]), .text("[")]), RichText([.lineBreak, .text("改行で始まる")])]
        let loaded = try load(yaml: ReportYAMLWriter.yaml(report))
        #expect(loaded.goals[0].strategies[0].actions == report.goals[0].strategies[0].actions)
        #expect(loaded.goals[0].nextYear == report.goals[0].nextYear)
    }

    @Test func previousValuesAndSeveralColumnsRoundTrip() throws {
        var report = try Package.sample("amr-action-plan")
        guard case .group(var group) = report.goals[0].strategies[0].indicators[0] else {
            Issue.record("the sample starts with a group"); return
        }
        group.rows[0].previous = [.text("24.1%")]
        group.rows[1].previous = [.list(["一", "二"], style: .dot), .text("二列目")]
        group.rows[1].values = [.text("一列目"), .empty]
        report.goals[0].strategies[0].indicators[0] = .group(group)
        #expect(try load(yaml: ReportYAMLWriter.yaml(report)) == report)
    }
}

