import Foundation
import Testing
@testable import ShiryoLint

@Suite struct FixTests {
    @Test func fixesAreTextEditsThatKeepCommentsAndLayout() throws {
        let yaml = report(actions: ["G7会合を開催した。", "Ｇ７会合で3ヶ所を視察した。"])
            .replacingOccurrences(of: "    actions:\n", with: "    actions:   # 今年度の取組\n")
        let result = try lint(yaml)
        let outcome = try LintFixer().fix(result)
        #expect(outcome.applied.map(\.ruleID).sorted() == ["ka-counter", "latin-width"])
        let expected = yaml.replacingOccurrences(of: "Ｇ７会合で3ヶ所", with: "G7会合で3か所")
        #expect(outcome.text == expected)
        #expect(try lint(outcome.text).findings.filter { $0.fix != nil }.isEmpty)
    }

    @Test func fixesInBlockScalarsAndEscapedStrings() throws {
        let yaml = report(actions: ["G7会合を開催した。", "X"])
            .replacingOccurrences(of: "          - \"X\"\n",
                                  with: "          - |\n            一行目。\n            ｾﾐﾅｰを開催。\n          - \"\\t3ヶ月（FMC)。\"\n")
        let outcome = try LintFixer().fix(try lint(yaml))
        #expect(outcome.text.contains("            セミナーを開催。\n"))
        #expect(outcome.text.contains("\"\\t3か月（FMC）。\""))
    }

    @Test func anEditThatWouldChangeTheYAMLIsNotMade() throws {
        // The folded line break is a space of the value, not a character of the file: the
        // space rule reports it but has no fix for it.
        let yaml = report(actions: ["令和6年度にWHOと協議した。", "G7会合を2回開いた。", "X"])
            .replacingOccurrences(of: "          - \"X\"\n", with: "          - >\n            令和\n            6年度に実施した。\n")
        let found = try findings("jp-latin-space", in: yaml)
        #expect(found.count == 1)
        #expect(found.first?.fix == nil)
    }

    @Test func aTextUsedAgainThroughAnAliasIsFixedOnce() throws {
        let yaml = report(actions: ["G7会合を開催した。", "X"], nextYear: ["Y"])
            .replacingOccurrences(of: "          - \"X\"\n", with: "          - &again 全国3ヶ所で実施した。\n")
            .replacingOccurrences(of: "      - \"Y\"\n", with: "      - *again\n")
        let result = try lint(yaml)
        #expect(result.findings.filter { $0.ruleID == "ka-counter" }.count == 2)
        let outcome = try LintFixer().fix(result)
        #expect(outcome.text.contains("&again 全国3か所で実施した。\n"))
        #expect(outcome.text.contains("*again\n"))
    }

    @Test func aByteOrderMarkStays() throws {
        let yaml = "\u{FEFF}" + report(actions: ["G7会合を開催した。", "Ｇ７会合を開催した。"])
        let result = try lint(yaml)
        #expect(result.findings.first { $0.ruleID == "latin-width" }?.line == 19)
        let outcome = try LintFixer().fix(result)
        #expect(outcome.text.hasPrefix("\u{FEFF}"))
        #expect(!outcome.text.contains("Ｇ７"))
    }

    @Test func theDiffShowsTheChangedLines() {
        let diff = UnifiedDiff.diff("a\nb\nc\n", "a\nB\nc\n", path: "r.yaml")
        #expect(diff == "--- a/r.yaml\n+++ b/r.yaml\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n")
        #expect(UnifiedDiff.diff("a\n", "a\n", path: "r.yaml").isEmpty)
    }
}

@Suite struct ConfigurationTests {
    let wrongDigits = report(actions: ["令和6年度に2回実施した。", "令和６年度に実施した。"])

    @Test func aRuleIsTurnedOffInTheData() throws {
        #expect(try !findings("digit-width", in: wrongDigits).isEmpty)
        let off = wrongDigits + "lint:\n  rules:\n    digit-width: off\n"
        #expect(try findings("digit-width", in: off).isEmpty)
    }

    @Test func aLevelIsSetInTheConfigurationFileAndTheDataWins() throws {
        let result = try lint(wrongDigits, configuration: "rules:\n  digit-width: error\n")
        #expect(result.findings.filter { $0.ruleID == "digit-width" }.allSatisfy { $0.level == .error })
        #expect(result.hasErrors)
        let overridden = try lint(wrongDigits + "lint:\n  rules:\n    digit-width: {level: note}\n",
                                  configuration: "rules:\n  digit-width: error\n")
        #expect(overridden.findings.filter { $0.ruleID == "digit-width" }.allSatisfy { $0.level == .note })
        #expect(!overridden.hasErrors)
    }

    @Test func anOffRuleIsTurnedOnWithOptions() throws {
        let long = report(actions: [String(repeating: "あ", count: 30) + "。"])
        #expect(try findings("sentence-length", in: long).isEmpty)
        let on = long + "lint:\n  rules:\n    sentence-length: {level: warning, max: 20}\n"
        #expect(try findings("sentence-length", in: on).filter { $0.keyPath.hasPrefix("goals") }.count == 1)
    }

    @Test func tableCellsAreCheckedForSpacesOnlyWhenAsked() throws {
        let yaml = report(actions: ["令和6年度にWHOと協議した。", "G7会合を2回開いた。"])
            .replacingOccurrences(of: "        actions:\n", with: "        indicators:\n          - name: 報告数\n"
                + "            value: 成果物数 46件\n            ministry: mhlw\n        actions:\n")
        #expect(yaml.contains("成果物数 46件"))
        #expect(try findings("jp-latin-space", in: yaml).isEmpty)
        let cells = yaml + "lint:\n  rules:\n    jp-latin-space: {level: warning, cells: true}\n"
        #expect(try findings("jp-latin-space", in: cells).map(\.keyPath) == ["goals[0].strategies[0].indicators[0].value"])
    }

    @Test func mistakesInTheConfigurationAreLocatedErrors() throws {
        let yaml = wrongDigits + "lint:\n  rules:\n    digit-widht: off\n    ka-counter: loud\n"
        let problems = try lint(yaml).findings.filter { $0.ruleID == "configuration" }
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.level == .error })
        #expect(problems.first?.line == 22 && problems.first?.column == 5)
        #expect(problems.first?.message.contains("unknown rule 'digit-widht'") == true)
    }

    @Test func everyRuleIdIsUniqueAndDocumented() throws {
        let ids = LintRules.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        let doc = try String(contentsOf: Package.root.appendingPathComponent("docs/lint.md"), encoding: .utf8)
        for id in ids { #expect(doc.contains("### `\(id)`"), "docs/lint.md lacks \(id)") }
    }
}

@Suite struct OutputTests {
    @Test func textJSONAndSARIF() throws {
        let result = try lint(report(actions: ["G7会合を開催した。", "Ｇ７会合を開催した。"]))
        let finding = try #require(result.findings.first { $0.ruleID == "latin-width" })
        #expect(finding.description
            == "test.yaml:19:14: warning: goals[0].strategies[0].actions[1]: full-width Latin 'Ｇ７' among 1 half-width Latin words; write 'G7' [latin-width]")
        let json = try #require(JSONSerialization.jsonObject(with: Data(LintOutput.json(result.findings).utf8)) as? [String: Any])
        let first = try #require((json["findings"] as? [[String: Any]])?.first)
        #expect(first["rule"] as? String == "latin-width")
        #expect((first["fix"] as? [String: String])?["replacement"] == "G7")
        let sarif = try #require(JSONSerialization.jsonObject(with: Data(LintOutput.sarif(result.findings, rules: LintRules.all, version: "1").utf8)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == result.findings.count)
        // Deterministic: the same input gives the same bytes.
        #expect(LintOutput.sarif(result.findings, rules: LintRules.all, version: "1")
            == LintOutput.sarif(try lint(report(actions: ["G7会合を開催した。", "Ｇ７会合を開催した。"])).findings, rules: LintRules.all, version: "1"))
    }
}

/// The findings on the two transcribed samples: each is an inconsistency of the seed
/// document itself (checked against /work/shared/seeds; see docs/lint.md).
@Suite struct SampleTests {
    func summary(_ name: String) throws -> [String] {
        try Linter().lint(path: Package.sample(name)).findings.map { "\($0.line):\($0.column) \($0.ruleID)" }
    }

    @Test func kansenshoKihonSenryaku() throws {
        #expect(try summary("kansensho-kihon-senryaku") == [
            "44:19 latin-width", "45:22 latin-width", "45:62 latin-width", "46:13 latin-width",
            "61:31 bracket-balance", "63:62 bracket-balance",
            "170:56 digit-width", "170:58 digit-width", "170:60 digit-width",
            "172:15 latin-width", "174:9 latin-width", "175:9 latin-width",
        ])
    }

    @Test func amrActionPlanHasItsRealSlips() throws {
        let found = try summary("amr-action-plan")
        for expected in ["36:63 jp-latin-space", "56:50 halfwidth-brackets", "152:44 halfwidth-brackets",
                         "296:56 jp-latin-space", "362:13 organization-name", "450:23 ka-counter"] {
            #expect(found.contains(expected), "\(expected) missing from \(found)")
        }
        #expect(!found.contains { $0.hasSuffix("placeholder") }, "the sample is a draft")
    }

    @Test func fixingTheSamplesChangesOnlyTheFixedTexts() throws {
        for name in ["kansensho-kihon-senryaku", "amr-action-plan"] {
            let result = try Linter().lint(path: Package.sample(name))
            let outcome = try LintFixer().fix(result)
            #expect(!outcome.applied.isEmpty)
            let again = try Linter().lint(text: outcome.text, file: "fixed.yaml", baseDirectory: nil)
            #expect(again.findings.filter { $0.fix != nil }.isEmpty, "\(again.findings.map(\.description))")
        }
    }
}
