import ShiryoModel
import Testing
import ShiryoText

/// Small documents whose whole output is written out here: tables with spans and group rows,
/// the list styles, nested lists, notes, figures, headings.
@Suite struct LayoutTests {
    func report(_ blocks: [Block], footnotes: [FootnoteDefinition] = [], options: TextRenderOptions = .init(width: 40)) throws -> String {
        let document = Document(kind: .report, metadata: Metadata(title: "表題", identifier: "detail"), blocks: blocks, footnotes: footnotes)
        return try TextRenderer(options: options).render(document)
    }

    func cell(_ text: String, columns: Int = 1, rows: Int = 1) -> TableCell {
        TableCell(blocks: [.paragraph([.text(text)])], columnSpan: columns, rowSpan: rows)
    }

    @Test func tableWithSpansAndGroupRows() throws {
        let table = Table(
            columns: [TableColumn(width: 2), TableColumn(width: 1), TableColumn(width: 1)],
            headerRows: [[cell("評価指標"), cell("実績", columns: 2)]],
            rows: [
                .group([.text("認知度")]),
                .cells([cell("医療機関数", rows: 2), cell("12.96DID"), cell("9.96DID")]),
                .cells([cell("3,612施設"), cell("—")]),
            ])
        let output = try report([.table(table)])
        #expect(output == """
            表題
            ════════════════════════════════════════

            ┌───────────────┬──────────────────────┐
            │ 評価指標      │ 実績                 │
            ├───────────────┴──────────────────────┤
            │ 認知度                               │
            ├───────────────┬───────────┬──────────┤
            │ 医療機関数    │ 12.96DID  │ 9.96DID  │
            │               ├───────────┼──────────┤
            │               │ 3,612施設 │ —        │
            └───────────────┴───────────┴──────────┘

            """)
    }

    @Test func listStylesAndNesting() throws {
        func list(_ style: ListStyle, start: Int = 1, _ items: [[Block]]) -> Block {
            .list(ListBlock(style: style, start: start, items: items))
        }
        let item: [Block] = [.paragraph([.text("項目")])]
        // ⑳ is Ambiguous (1 column) and ㉑ Wide (2): the markers are padded to the widest.
        let output = try report([
            list(.decimal, start: 9, [item, [.paragraph([.text("十番目の項目は折り返しても番号の幅だけ字下げされる。")]),
                                          list(.katakana, [item, item])]]),
            list(.fullwidthParenthesized, [item]),
            list(.circled, start: 20, [item, item]),
            list(.dot, [item]),
            list(.none, [item]),
            .note(Note(content: [.text("注記は記号の後で字下げする。注記は記号の後で字下げする。")])),
            .figure(Figure(caption: [.text("写真")], description: [.text("説明")], credit: [.text("提供：厚生労働省")])),
        ])
        #expect(output == """
            表題
            ════════════════════════════════════════

            9.  項目
            10. 十番目の項目は折り返しても番号の幅だ
                け字下げされる。

                ア 項目
                イ 項目

            （１）項目

            ⑳  項目
            ㉑ 項目

            ・項目

            項目

            ※ 注記は記号の後で字下げする。注記は記号
              の後で字下げする。

            [図] 写真
                 （説明）
                 （提供：厚生労働省）

            """)
    }

    /// A table's lines are kept as UTF-8 on their way out; in a list item they are joined to
    /// the marker and the indentation, which are strings.
    @Test func aTableInAListItemIsIndentedUnderItsMarker() throws {
        let table = Table(
            columns: [TableColumn(width: 1), TableColumn(width: 1)],
            headerRows: [[cell("指標"), cell("実績")]], rows: [.cells([cell("認知度"), cell("25.9%")])])
        let output = try report([.list(ListBlock(style: .circled, items: [[.paragraph([.text("項目")]), .table(table)]]))])
        #expect(output == """
            表題
            ════════════════════════════════════════

            ① 項目

              ┌──────────────────┬─────────────────┐
              │ 指標             │ 実績            │
              ├──────────────────┼─────────────────┤
              │ 認知度           │ 25.9%           │
              └──────────────────┴─────────────────┘

            """)
    }

    @Test func creditsAlreadyInParenthesesAreNotParenthesizedAgain() throws {
        let output = try report([.figure(Figure(caption: [.text("写真")], credit: [.text("（提供：厚生労働省）")]))])
        #expect(output.hasSuffix("[図] 写真\n     （提供：厚生労働省）\n"))
    }

    @Test func headingsAndFootnotes() throws {
        let output = try report([
            .heading(Heading(level: 2, number: "目標1", content: [.text("国民の薬剤耐性に関する知識や理解を深める。")])),
            .heading(Heading(level: 3, content: [.text("令和6年度の取組")])),
            .heading(Heading(level: 4, number: "（１）", content: [.text("取組*1")])),
            .paragraph([.text("本文。")]),
        ], footnotes: [
            FootnoteDefinition(id: "a", label: "*1", content: [.text("脚注の本文は折り返すとラベルの幅だけ字下げされる。")]),
            FootnoteDefinition(id: "b", label: "*2", content: nil),
        ])
        #expect(output == """
            表題
            ════════════════════════════════════════

            ■ 目標1 国民の薬剤耐性に関する知識や理解
                    を深める。
            ────────────────────────────────────────

            ◆ 令和6年度の取組

            （１）取組*1
            本文。

            ────────────────────
            *1：脚注の本文は折り返すとラベルの幅だけ
                字下げされる。

            """)
    }

    @Test func aTableTooNarrowForItsColumnsIsWrittenRowByRow() throws {
        let table = Table(
            columns: Array(repeating: TableColumn(width: 1), count: 5),
            headerRows: [["指標", "実績", "年", "省", "備考"].map { cell($0) }],
            rows: [.group([.text("区分")]), .cells(["検査数", "3件", "2024", "農林水産省", "なし"].map { cell($0) })])
        let output = try report([.table(table)], options: .init(width: 24))
        #expect(output == """
            表題
            ════════════════════════

            【区分】

            ・指標：検査数
              実績：3件
              年：2024
              省：農林水産省
              備考：なし

            """)
    }
}
