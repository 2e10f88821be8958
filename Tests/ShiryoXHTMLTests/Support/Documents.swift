import Foundation
import ShiryoModel
import ShiryoXHTML

/// Small documents that together use every block and inline kind of the model.
enum Documents {
    static func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    static let metadata = Metadata(
        title: "テスト資料（詳細）", issuer: "内閣感染症危機管理統括庁", documentNumber: "資料１－２",
        dateText: "令和８年３月30日", asOfText: "本資料は、令和７年３月31日時点のものである。", identifier: "detail")

    static let table = Table(
        caption: [.text("評価指標")],
        columns: [TableColumn(width: 5), TableColumn(width: 3), TableColumn(width: 2)],
        headerRows: [[
            TableCell(blocks: [paragraph("評価指標")]),
            TableCell(blocks: [paragraph("実績")], columnSpan: 2),
        ]],
        rows: [
            .cells([
                TableCell(blocks: [paragraph("先頭の行")]),
                TableCell(blocks: [paragraph("12.96DID")]),
                TableCell(blocks: [paragraph("厚生労働省")], rowSpan: 2),
            ]),
            .group([.text("認知度、理解度")]),
            .cells([
                TableCell(blocks: [.list(ListBlock(style: .dot, items: [[paragraph("研修A")], [paragraph("研修B")]]))]),
                TableCell(blocks: [paragraph("379,288件")]),
            ]),
        ])

    /// A report with every block and inline kind, footnotes and cross references.
    static var report: Document {
        var blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text("テスト資料")], anchor: "title")),
            .heading(Heading(level: 2, number: "目標1", content: [.text("目標の見出し")], anchor: "goal-1")),
            .heading(Heading(level: 3, number: "（１）", content: [.text("戦略")], anchor: "strategy-1.1")),
            .heading(Heading(level: 4, content: [.text("四")])),
            .heading(Heading(level: 5, content: [.text("五")])),
            .heading(Heading(level: 6, content: [.text("六")])),
            .heading(Heading(level: 9, content: [.text("深すぎる")])),
            .paragraph([
                .text("本文"), .strong([.text("強調")]), .emphasis([.text("傍点")]), .lineBreak,
                .footnoteReference(FootnoteReference(id: "PPR", label: "*1")),
                .text("と"), .footnoteReference(FootnoteReference(id: "PPR", label: "*1")),
                .crossReference(CrossReference(documentIdentifier: "summary", content: [.text("資料１－１")])),
                .crossReference(CrossReference(documentIdentifier: "summary", anchor: "goal-2", content: [.text("概要の目標2")])),
                .crossReference(CrossReference(anchor: "strategy-1.1", content: [.text("戦略1.1")])),
                .crossReference(CrossReference(documentIdentifier: "unknown", content: [.text("不明な資料")])),
            ]),
            .note(Note(content: [.text("注記")])),
            .table(table),
            .figure(Figure(caption: [.text("写真")], description: [.text("（説明）")], credit: [.text("（提供：厚生労働省）")])),
            .columns([
                Column(title: [.text("令和６年度の取組")], blocks: [paragraph("左")]),
                Column(title: [.text("令和７年度以降の目標")], blocks: [paragraph("右")]),
            ]),
        ]
        for style in ListStyle.allCases {
            blocks.append(.list(ListBlock(style: style, start: style == .decimal ? 3 : 1, items: [
                [paragraph("\(style.rawValue) 1")],
                [paragraph("\(style.rawValue) 2"), .list(ListBlock(style: .bullet, items: [[paragraph("入れ子")]]))],
            ])))
        }
        return Document(
            kind: .report, metadata: metadata, blocks: blocks,
            footnotes: [
                FootnoteDefinition(id: "PPR", label: "*1", content: [.text("パンデミックの予防、備え、対応")]),
                FootnoteDefinition(id: "unused", label: "*2", content: [.text("参照されない注")]),
            ])
    }

    /// Two section slides whose footnotes are both numbered *1 with the same id.
    static var slides: Document {
        func slide(_ number: Int) -> Block {
            .slide(Slide(
                role: .section, title: [.text("目標\(number)")], number: "\(number)．",
                blocks: [.columns([
                    Column(title: [.text("取組")], blocks: [.list(ListBlock(style: .bullet, items: [[
                        .paragraph([.text("取組"), .footnoteReference(FootnoteReference(id: "note", label: "*1"))]),
                    ]]))]),
                    Column(title: [.text("目標")], blocks: [
                        .paragraph([.text("目標"), .footnoteReference(FootnoteReference(id: "bare", label: "*2"))]),
                    ]),
                ])],
                footnotes: [
                    FootnoteDefinition(id: "note", label: "*1", content: [.text("スライド\(number)の注")]),
                    FootnoteDefinition(id: "bare", label: "*2", content: nil),
                ],
                anchor: "goal-\(number)"))
        }
        var metadata = metadata
        metadata.identifier = "summary"
        return Document(kind: .slides, metadata: metadata, blocks: [
            .slide(Slide(role: .title, title: [.text("テスト資料（概要）")], blocks: [
                .list(ListBlock(style: .circle, items: [[.paragraph([
                    .text("詳細は"),
                    .crossReference(CrossReference(documentIdentifier: "detail", content: [.text("資料１－２")])),
                ])]])),
            ], anchor: "title")),
            slide(1), slide(2),
        ])
    }

    static let companions = ["summary": "test.summary.xhtml", "detail": "test.detail.xhtml"]

    static func render(_ document: Document, options: XHTMLRenderOptions? = nil) throws -> Data {
        try XHTMLRenderer().render(document, options: options ?? XHTMLRenderOptions(companionFileNames: companions))
    }
}
