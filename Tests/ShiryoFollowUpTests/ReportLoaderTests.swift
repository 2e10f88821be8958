import Foundation
import Testing
@testable import ShiryoFollowUp

@Suite struct ReportLoaderTests {
    /// The one diagnostic a change to the minimal report causes.
    func onlyDiagnostic(replacing old: String, with new: String) throws -> Diagnostic {
        #expect(minimalReport.contains(old), "test edits text that is not in the minimal report")
        let found = diagnostics(of: minimalReport.replacingOccurrences(of: old, with: new))
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test func theMinimalReportIsValid() {
        #expect(diagnostics(of: minimalReport).isEmpty)
    }

    @Test func aFileWithSeveralMistakesReportsEachWithPositionAndKeyPath() {
        let yaml = """
        title: 題
        titel: 重複
        plan:
          name: 計画
          decidedOn: 2023-02-29
          decidedBy: 会議
        fiscalYear: 二〇二四
        asOf: 2025-03-31
        issued: 2026-03-30
        ministries:
          mhlw: 厚生労働省
        goals:
          - number: 1
            title: 目標[^nope]
            strategies:
              - number: "1.1"
                title: 戦略
                ministries: [mhlww]
              - number: "1.1"
                title: 戦略2
          - number: 1
            title: 目標2
        """
        let found = diagnostics(of: yaml, file: "bad.yaml")
        let lines = found.map(\.description)
        #expect(lines == [
            "bad.yaml:2:1: error: titel: unknown key 'titel' (did you mean 'title'?); expected one of: "
                + ReportDecoder.topLevelKeys.joined(separator: ", "),
            "bad.yaml:5:14: error: plan.decidedOn: '2023-02-29' is not a day of the calendar; expected an existing date YYYY-MM-DD",
            "bad.yaml:7:13: error: fiscalYear: expected a fiscal year such as 2024, found '二〇二四'",
            "bad.yaml:14:12: error: goals[0].title: undefined footnote '[^nope]'; expected an id under 'footnotes' or a term under 'glossary'",
            "bad.yaml:18:22: error: goals[0].strategies[0].ministries[0]: unknown ministry id 'mhlww' (did you mean 'mhlw'?); expected an id under 'ministries'",
            "bad.yaml:19:17: error: goals[0].strategies[1].number: strategy number 1.1 is used twice (first at 16:17); expected unique numbers",
            "bad.yaml:21:13: error: goals[1].number: goal number 1 is used twice (first at 13:13); expected unique numbers",
        ], "\(lines.joined(separator: "\n"))")
    }

    @Test func missingRequiredKeysAreNamed() throws {
        let diagnostic = try onlyDiagnostic(replacing: "asOf: 2025-03-31\n", with: "")
        #expect(diagnostic.message == "missing required key 'asOf' in a report")
        #expect(diagnostic.location.line == 1)
    }

    @Test func wrongShapesSayWhatWasExpected() throws {
        let list = try onlyDiagnostic(replacing: "ministries: [mhlw]", with: "ministries: mhlw")
        #expect(list.message == "expected a list of ministry ids, found 'mhlw'")
        #expect(list.keyPath == "goals[0].strategies[0].ministries")

        let mapping = try onlyDiagnostic(replacing: "  name: テスト計画\n  decidedOn: 2023-04-07\n  decidedBy: テスト関係閣僚会議",
                                         with: "  - テスト計画")
        #expect(mapping.message.hasPrefix("expected the plan (a mapping of key: value), found a list"))
    }

    @Test func unknownKeysDeepInsideGetSuggestions() throws {
        let diagnostic = try onlyDiagnostic(replacing: "        actions:", with: "        actoins:")
        #expect(diagnostic.keyPath == "goals[0].strategies[0].actoins")
        #expect(diagnostic.message.contains("did you mean 'actions'?"))
        #expect(diagnostic.location.line == 17)
        #expect(diagnostic.location.column == 9)
    }

    @Test func duplicateKeysAndIdsAreErrors() throws {
        let key = try onlyDiagnostic(replacing: "fiscalYear: 2024\n", with: "fiscalYear: 2024\nfiscalYear: 2025\n")
        // Reported at the second occurrence, with its key path.
        #expect(key.message == "duplicate key 'fiscalYear'; expected each key once in a mapping (the first is at 6:1)")
        #expect(key.keyPath == "fiscalYear")
        #expect(key.location.line == 7)
        let id = try onlyDiagnostic(replacing: "  maff: 農林水産省", with: "  mhlw: 農林水産省")
        #expect(id.message.hasPrefix("duplicate id 'mhlw' in the ministry registry; expected each id once"))
        #expect(id.keyPath == "ministries.mhlw")
        let listed = try onlyDiagnostic(replacing: "ministries: [mhlw]", with: "ministries: [mhlw, mhlw]")
        #expect(listed.message.contains("listed twice"))
    }

    @Test func footnotesMustBeDefinedAndUsed() throws {
        let unused = try onlyDiagnostic(replacing: "ministries:\n  mhlw", with: "footnotes:\n  a: 注\nministries:\n  mhlw")
        #expect(unused.message == "footnote 'a' is never referenced; expected '[^a]' in some text")
        #expect(unused.keyPath == "footnotes.a")

        let typo = try onlyDiagnostic(
            replacing: "ministries:\n  mhlw",
            with: "footnotes:\n  ppr: 注\nministries:\n  mhlw")
        #expect(typo.message.contains("never referenced"))
        let found = diagnostics(of: minimalReport
            .replacingOccurrences(of: "ministries:\n  mhlw", with: "footnotes:\n  ppr: 注\nministries:\n  mhlw")
            .replacingOccurrences(of: "取組を実施した。", with: "取組[^pr]を実施した。"))
        #expect(found.contains { $0.message.contains("undefined footnote '[^pr]' (did you mean 'ppr'?)") })
    }

    @Test func markupErrorsPointIntoTheText() throws {
        let diagnostic = try onlyDiagnostic(replacing: "取組を実施した。", with: "取組を**実施した。")
        #expect(diagnostic.message.contains("'**' is not closed"))
        #expect(diagnostic.location.line == 18)
        #expect(diagnostic.location.column == 13 + 3, "the column of the opening ** after 取組を")
    }

    @Test func datesMustExistAndBeInTheJapaneseCalendar() throws {
        let day = try onlyDiagnostic(replacing: "asOf: 2025-03-31", with: "asOf: 2025-04-31")
        #expect(day.message.contains("not a day of the calendar"))
        let format = try onlyDiagnostic(replacing: "asOf: 2025-03-31", with: "asOf: 2025/03/31")
        #expect(format.message == "expected a date YYYY-MM-DD, found '2025/03/31'")
        let early = try onlyDiagnostic(replacing: "decidedOn: 2023-04-07", with: "decidedOn: 1920-01-01")
        #expect(early.message.contains("before 昭和"))
        let issued = try onlyDiagnostic(replacing: "issued: draft", with: "issued: drafy")
        #expect(issued.message.contains("did you mean 'draft'?"))
    }

    @Test func enumsListTheirValues() throws {
        let diagnostic = try onlyDiagnostic(replacing: "issued: draft\n", with: "issued: draft\nnotation: {digits: full}\n")
        #expect(diagnostic.message == "expected one of halfwidth, fullwidth, mixed, found 'full'")
        #expect(diagnostic.keyPath == "notation.digits")
    }

    @Test func indicatorRowsAreChecked() throws {
        let rows = """
                indicators:
                  - group: 群
                    rows:
                      - {name: 指標, value: 1件, values: [a], ministry: mhlw}
                      - {name: 指標, value: {list: [a], style: square}, ministry: maff}
                  - {name: 指標, valeu: 1, ministries: [mhlw, nope]}
        """
        let found = diagnostics(of: minimalReport + rows + "\n")
        let messages = found.map(\.message)
        #expect(messages.contains("a row has either 'value' or 'values'; expected one of them"))
        #expect(messages.contains("expected one of bullet, dot, none, found 'square'"))
        #expect(messages.contains { $0.hasPrefix("unknown key 'valeu' (did you mean 'value'?)") })
        #expect(messages.contains { $0.hasPrefix("unknown ministry id 'nope'") })
        #expect(found.count == 4, "\(found)")
    }

    @Test func syntaxErrorsHaveAPosition() throws {
        let found = diagnostics(of: "title: 題\nplan: [unclosed\nfiscalYear: 2024\n", file: "broken.yaml")
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.message.hasPrefix("syntax error:"))
        #expect(diagnostic.location.line >= 2)
    }

    @Test func emptyAndNonUTF8FilesAreErrors() {
        #expect(diagnostics(of: "").first?.message.contains("empty") == true)
        #expect(throws: ValidationError.self) {
            try ReportLoader().load(data: Data([0x74, 0x3A, 0x20, 0xFF, 0xFE]), file: "x.yaml", baseDirectory: nil)
        }
    }

    @Test func theSameReportInJSONLoadsToTheSameValue() throws {
        let json = """
        {"title": "「テスト計画」に基づく施策のフォローアップ",
         "plan": {"name": "テスト計画", "decidedOn": "2023-04-07", "decidedBy": "テスト関係閣僚会議"},
         "fiscalYear": 2024, "asOf": "2025-03-31", "issued": "draft",
         "ministries": {"mhlw": "厚生労働省", "maff": "農林水産省"},
         "goals": [{"title": "目標の題", "strategies": [
            {"title": "戦略の題", "ministries": ["mhlw"], "actions": ["取組を実施した。"]}]}]}
        """
        let fromJSON = try ReportLoader().load(text: json, file: "r.json", baseDirectory: nil)
        let fromYAML = try ReportLoader().load(text: minimalReport, file: "r.yaml", baseDirectory: nil)
        #expect(fromJSON == fromYAML)
        #expect(fromJSON.issued == .draft(year: 2026))
        #expect(fromJSON.goals.first?.strategies.first?.number == "1.1")
    }

    @Test func jsonErrorsHavePositionsToo() throws {
        let json = "{\n  \"title\": \"t\",\n  \"fiscalYer\": 2024\n}"
        let found = diagnostics(of: json, file: "r.json")
        let unknown = try #require(found.first { $0.message.contains("fiscalYer") })
        #expect(unknown.location.line == 3)
        #expect(unknown.location.column == 3)
        #expect(found.contains { $0.message == "missing required key 'plan' in a report" })
    }

    @Test func imagePathsMustStayInsideTheReportsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-image-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("img"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(onePixelPNG).write(to: folder.appendingPathComponent("img/photo.png"))
        func figure(_ path: String) -> String {
            minimalReport + "        figures:\n          - {caption: 写真, image: \"\(path)\"}\n"
        }
        #expect(diagnostics(of: figure("img/photo.png"), baseDirectory: folder).isEmpty)
        for path in ["../photo.png", "/etc/passwd", "img/../../x.png"] {
            let found = diagnostics(of: figure(path), baseDirectory: folder)
            #expect(found.first?.message.contains("leaves the report's folder") == true, "\(path): \(found)")
        }
        let missing = diagnostics(of: figure("img/none.png"), baseDirectory: folder)
        #expect(missing.first?.message.contains("does not exist") == true)
    }

    @Test func scalarsAreReadAsWrittenNotThroughYAMLTyping() throws {
        let report = try ReportLoader().load(
            text: minimalReport
                .replacingOccurrences(of: "      - title: 戦略の題", with: "      - number: 1.10\n        title: no")
                .replacingOccurrences(of: "取組を実施した。", with: "yes"),
            file: "t.yaml", baseDirectory: nil)
        let strategy = try #require(report.goals.first?.strategies.first)
        #expect(strategy.number == "1.10")
        #expect(strategy.title.plainText == "no")
        #expect(strategy.actions.first?.text.plainText == "yes")
    }

    @Test func missingInputsAreOneLineErrors() {
        #expect(throws: ReportLoader.Error.notFound(path: "/nonexistent/report.yaml")) {
            try ReportLoader().load(path: "/nonexistent/report.yaml")
        }
    }

    @Test(arguments: Package.sampleNames)
    func theSamplesAreValid(name: String) throws {
        let report = try Package.sample(name)
        #expect(!report.goals.isEmpty)
    }
}
