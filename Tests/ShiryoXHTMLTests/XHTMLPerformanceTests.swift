import Foundation
import ShiryoModel
@testable import ShiryoXHTML
import ShiryoXML
import Testing

/// The synthetic-size report: 50 goals × 10 strategies × 20 indicator rows = 10,000 rows.
@Suite struct XHTMLPerformanceTests {
    static let synthetic: Document = {
        var blocks: [Block] = []
        for goal in 1...50 {
            blocks.append(.heading(Heading(level: 2, number: "目標\(goal)", content: [.text("薬剤耐性に関する知識や理解を深める")], anchor: "goal-\(goal)")))
            for strategy in 1...10 {
                blocks.append(.heading(Heading(
                    level: 4, number: "戦略\(goal).\(strategy)", content: [.text("普及啓発・教育活動の推進")],
                    anchor: "strategy-\(goal).\(strategy)")))
                blocks.append(.paragraph([.text("（関係府省庁：厚生労働省、農林水産省）"), .strong([.text("引き続き")]), .text("取組を実施した。")]))
                var rows: [TableRow] = [.group([.text("薬剤耐性（AMR）の認知度、理解度")])]
                for row in 1...20 {
                    rows.append(.cells([
                        TableCell(blocks: [Documents.paragraph("一般国民のアンケート調査にて正しく回答した人の割合 \(row)")]),
                        TableCell(blocks: [Documents.paragraph("379,288件（\(goal).\(strategy).\(row)）")]),
                        TableCell(blocks: [Documents.paragraph("厚生労働省")]),
                    ]))
                }
                blocks.append(.table(Table(
                    columns: [TableColumn(width: 5), TableColumn(width: 5), TableColumn(width: 2)],
                    headerRows: [[
                        TableCell(blocks: [Documents.paragraph("評価指標")]), TableCell(blocks: [Documents.paragraph("実績")]),
                        TableCell(blocks: [Documents.paragraph("府省庁")]),
                    ]],
                    rows: rows)))
            }
        }
        return Document(kind: .report, metadata: Documents.metadata, blocks: blocks)
    }()

    /// Every row of a large report is written. Its speed is judged by the release benchmark
    /// (scripts/benchmark.sh), never by a timed unit test on a shared machine.
    @Test func tenThousandRowsAreAllWritten() throws {
        let data = try XHTMLRenderer().render(Self.synthetic, options: XHTMLRenderOptions())
        let html = try parseXHTML(data)
        #expect(html.all("tr").count == 50 * 10 * (1 + 1 + 20))
    }

    /// The XHTML streams out as libxml2 writes it (the 詳細 of 100,000 rows is about 40 MB):
    /// it arrives in many small chunks, which together are the document.
    @Test func largeReportStreamsOutInSmallChunks() throws {
        final class ChunkRecorder: XMLByteSink {
            var bytes: [UInt8] = []
            var chunks = 0
            var largest = 0
            func write(_ chunk: UnsafeRawBufferPointer) throws {
                chunks += 1
                largest = max(largest, chunk.count)
                bytes.append(contentsOf: chunk)
            }
        }
        let recorder = ChunkRecorder()
        try XHTMLRenderer().render(Self.synthetic, options: XHTMLRenderOptions(), to: recorder)
        #expect(recorder.chunks > 100)
        #expect(recorder.largest <= 1 << 16)
        #expect(Data(recorder.bytes) == (try XHTMLRenderer().render(Self.synthetic, options: XHTMLRenderOptions())))
    }
}
