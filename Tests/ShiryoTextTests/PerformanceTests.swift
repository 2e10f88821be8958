import ShiryoModel
import Testing
@testable import ShiryoText

/// The synthetic large report: 50 goals × 10 strategies × 20 indicator rows (10,000 rows),
/// each strategy with a heading, two paragraphs and a table. It must render in well under a
/// second in a release build (`swift test -c release --filter PerformanceTests`); debug
/// builds are about ten times slower, so there the bound only catches a quadratic step.
@Suite struct PerformanceTests {
    static func largeReport() -> Document {
        var generator = TextGenerator(seed: 10_000)
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("大規模な詳細資料")]))]
        for goal in 1...50 {
            blocks.append(.heading(Heading(level: 2, number: "目標\(goal)", content: [.text(generator.text(.japanese, length: 40))])))
            for strategy in 1...10 {
                blocks.append(.heading(Heading(level: 4, number: "戦略\(goal).\(strategy)", content: [.text(generator.text(.mixed, length: 30))])))
                blocks.append(.paragraph([.text("（関係府省庁：厚生労働省、農林水産省、環境省）")]))
                blocks.append(.paragraph([.text(generator.text(.mixed, length: 200))]))
                var rows: [TableRow] = []
                for row in 1...20 {
                    if row % 5 == 1 { rows.append(.group([.text(generator.text(.japanese, length: 20))])) }
                    rows.append(.cells([
                        TableCell(blocks: [.paragraph([.text(generator.text(.japanese, length: 50))])]),
                        TableCell(blocks: [.paragraph([.text(generator.text(.mixed, length: 30))])]),
                        TableCell(blocks: [.paragraph([.text("厚生労働省")])]),
                    ]))
                }
                let header = ["評価指標", "実績", "府省庁"].map { TableCell(blocks: [.paragraph([.text($0)])]) }
                blocks.append(.table(Table(columns: [5, 5, 2].map(TableColumn.init), headerRows: [header], rows: rows)))
            }
        }
        return Document(kind: .report, metadata: Metadata(title: "大規模な詳細資料", identifier: "detail"), blocks: blocks)
    }

    /// A large report is laid out whole, at most 80 columns a line. Its speed is judged by the
    /// release benchmark (scripts/benchmark.sh), never by a timed unit test.
    @Test func largeReportIsLaidOutWhole() throws {
        let document = Self.largeReport()
        let output = try TextRenderer(options: .init(width: 80)).render(document)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 10_000)
        #expect(lines.allSatisfy { DisplayWidth.of($0, ambiguous: .narrow) <= 80 })
    }

    /// The report streams out block by block (the 詳細 of 100,000 rows would otherwise hold
    /// every laid-out line, about 150 MB, before writing the first): the lines arrive in at
    /// least one batch per block, and together they are what `render` returns.
    @Test func largeReportIsHandedOutBlockByBlock() throws {
        let document = Self.largeReport()
        let renderer = TextRenderer(options: .init(width: 80))
        var batches = 0
        var streamed = ""
        try renderer.forEachLines(of: document) { lines in
            batches += 1
            for line in lines { streamed += line.text.droppingTrailing(" ") + "\n" }
        }
        #expect(batches >= document.blocks.count)
        #expect(streamed == (try renderer.render(document)))
    }
}
