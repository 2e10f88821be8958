import Foundation
import ShiryoFollowUp
import ShiryoMarkdown
import ShiryoModel
import ShiryoRendering
import Testing

/// The repository's samples, loaded and assembled the way `shiryo render` does.
@Suite struct SampleTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let samples = ["kansensho-kihon-senryaku", "amr-action-plan"]

    static func documents(_ sample: String) throws -> [Document] {
        let report = try ReportLoader().load(path: repository.appendingPathComponent("samples/\(sample)").path)
        return FollowUpDocument.allCases.map { $0.assemble(report) }
    }

    static func context(_ sample: String) -> RenderContext {
        RenderContext(
            inputDirectory: repository.appendingPathComponent("samples/\(sample)"),
            companionFileNames: ["summary": "\(sample).summary.md", "detail": "\(sample).detail.md"])
    }

    @Test(arguments: samples)
    func bothDocumentsRender(sample: String) throws {
        for document in try Self.documents(sample) {
            let markdown = try MarkdownRenderer().markdown(document, context: Self.context(sample))
            let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(markdown.hasSuffix("\n") && !markdown.hasSuffix("\n\n"))
            #expect(!markdown.contains("\r"))
            #expect(!lines.contains { $0.hasSuffix(" ") || $0.hasSuffix("\t") }, "no trailing whitespace")
            #expect(lines.filter { $0.hasPrefix("# ") }.map(String.init) == ["# " + document.metadata.title])
            #expect(try MarkdownRenderer().markdown(document, context: Self.context(sample)) == markdown)
        }
    }

    @Test(arguments: samples)
    func everyTableKeepsItsColumnsAndRows(sample: String) throws {
        for document in try Self.documents(sample) {
            let markdown = try MarkdownRenderer().markdown(document, context: Self.context(sample))
            let modelTables = document.blocks.flatMap(Self.modelTables)
            let written = tables(markdown)
            try #require(written.count == modelTables.count)
            for (lines, table) in zip(written, modelTables) {
                #expect(lines.allSatisfy { cellCount($0) == table.columns.count })
                // The header, the delimiter row, then one line per row of the model.
                #expect(lines.count == 2 + max(table.headerRows.count - 1, 0) + table.rows.count)
            }
        }
    }

    @Test func footnotesAreNumberedInReadingOrderAndAllDefined() throws {
        let summary = try #require(try Self.documents("kansensho-kihon-senryaku").first)
        let markdown = try MarkdownRenderer().markdown(summary, context: Self.context("kansensho-kihon-senryaku"))
        // *1 and *2 of the first goal's slide, then the *1 of the second one; *2 and *3
        // there are bare markers, explained by the slide's note.
        #expect(markdown.contains("PPR[^1]ファイナンス"))
        #expect(markdown.contains("「UHC[^2]ナレッジハブ」"))
        #expect(markdown.contains("１＋１研修[^3]の実施"))
        #expect(markdown.contains("FETP\\*2や"))
        #expect(markdown.hasSuffix("""
            [^1]: パンデミックの予防、備え、対応（Prevention, Preparedness and Response）をいう。

            [^2]: ユニバーサル・ヘルス・カバレッジ（UHC）をいう。

            [^3]: 国立感染症研究所実地疫学センターで研修を受ける者のうち、２年目（あるいは１年目）を所属元自治体等で受けるように組み込むもの

            """))
    }

    @Test func theSummaryLinksToTheDetail() throws {
        let summary = try #require(try Self.documents("kansensho-kihon-senryaku").first)
        let markdown = try MarkdownRenderer().markdown(summary, context: Self.context("kansensho-kihon-senryaku"))
        #expect(markdown.contains("（詳細は[資料１－２](kansensho-kihon-senryaku.detail.md)を参照）"))
    }

    static func modelTables(in block: Block) -> [Table] {
        switch block {
        case .table(let table): [table]
        case .list(let list): list.items.flatMap { $0.flatMap(modelTables) }
        case .columns(let columns): columns.flatMap { $0.blocks.flatMap(modelTables) }
        case .slide(let slide): slide.blocks.flatMap(modelTables)
        case .heading, .paragraph, .figure, .note: []
        }
    }
}
