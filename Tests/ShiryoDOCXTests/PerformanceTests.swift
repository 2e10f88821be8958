import Foundation
import ShiryoDOCX
import ShiryoModel
import Testing

/// 50 goals × 10 strategies × 20 indicator rows: the 10,000-row report of DESIGN.md.
func tenThousandRowReport() -> Document {
    var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("大規模フォローアップ（詳細）")]))]
    for goal in 1...50 {
        blocks.append(.heading(Heading(level: 2, number: "目標\(goal)", content: [.text("目標の文\(goal)。")])))
        for strategy in 1...10 {
            blocks.append(.heading(Heading(level: 4, number: "戦略\(goal).\(strategy)", content: [.text("戦略の題")])))
            blocks.append(.paragraph([.text("関係府省庁において取組を実施した。"), .strong([.text("重点")])]))
            var rows: [TableRow] = [.group([.text("指標群")])]
            for row in 1...19 {
                rows.append(.cells([
                    TableCell(blocks: [.paragraph([.text("評価指標 \(goal)-\(strategy)-\(row) の説明文")])]),
                    TableCell(blocks: [.list(ListBlock(style: .dot, items: [
                        [.paragraph([.text("実績値 \(row * 37)件")])], [.paragraph([.text("前年比 \(row)%")])],
                    ]))]),
                    TableCell(blocks: [.paragraph([.text("厚生労働省")])]),
                ]))
            }
            blocks.append(.table(Table(
                columns: [TableColumn(width: 5), TableColumn(width: 5), TableColumn(width: 2)],
                headerRows: [[cell("評価指標"), cell("実績"), cell("府省庁")]], rows: rows)))
        }
    }
    return Document(kind: .report, metadata: Metadata(title: "大規模", identifier: "detail"), blocks: blocks)
}

/// Every row of a large report reaches the package. Its speed is judged by the release
/// benchmark (scripts/benchmark.sh), never by a timed unit test on a shared machine.
@Test func tenThousandRowsAreAllWritten() throws {
    let document = tenThousandRowReport()
    let data = try DOCXRenderer().render(document, options: DOCXRenderOptions())
    let body = try #require(try parts(data)["word/document.xml"])
    let rows = String(decoding: body, as: UTF8.self).components(separatedBy: "<w:tr>").count - 1
    #expect(rows == 50 * 10 * (1 + 1 + 19))
    if let path = ProcessInfo.processInfo.environment["SHIRYO_DOCX_BIG_OUT"] {
        try data.write(to: URL(fileURLWithPath: path))
    }
}
