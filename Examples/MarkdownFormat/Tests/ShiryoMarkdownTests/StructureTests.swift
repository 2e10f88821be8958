import ShiryoMarkdown
import ShiryoModel
import ShiryoRendering
import Testing

@Suite struct StructureTests {
    // MARK: Metadata and headings

    @Test func metadataComesFirstAndTheTitleOnce() throws {
        let metadata = Metadata(
            title: "題（詳細）", issuer: "統括庁", documentNumber: "資料1-2", dateText: "令和8年3月30日",
            asOfText: "本資料は、令和7年3月31日時点のものである。", identifier: "detail")
        let document = Document(kind: .report, metadata: metadata, blocks: [
            .heading(Heading(level: 1, content: [.text("題（詳細）")])),
            .heading(Heading(level: 2, number: "目標1", content: [.text("目標")])),
        ])
        #expect(try render(document) == """
            資料1-2\\
            令和8年3月30日\\
            統括庁

            本資料は、令和7年3月31日時点のものである。

            # 題（詳細）

            ## 目標1 目標

            """)
    }

    @Test func headingOffsetPushesEveryHeadingDownToLevelSix() throws {
        let document = report([
            .heading(Heading(level: 2, content: [.text("二")])),
            .heading(Heading(level: 5, content: [.text("五")])),
        ])
        #expect(try render(document, options: ["heading-offset": "2"]) == "### 題\n\n#### 二\n\n###### 五\n")
    }

    @Test(arguments: ["9", "-1", "abc"])
    func aBadHeadingOffsetIsAnErrorNamingTheOption(value: String) {
        let error = #expect(throws: RenderError.self) {
            try render(report([]), options: ["heading-offset": value])
        }
        #expect(error?.format == "markdown")
        #expect(error?.message.hasPrefix("option heading-offset=") == true)
    }

    @Test func theOptionIsDeclared() {
        #expect(MarkdownRenderer().acceptedOptions.map(\.name) == ["heading-offset"])
        #expect(MarkdownRenderer().formatName == "markdown")
        #expect(MarkdownRenderer().fileExtension == "md")
    }

    // MARK: Lists

    @Test func nestedListsAreIndentedUnderTheirItem() throws {
        let inner = ListBlock(style: .decimal, items: [[paragraph("一")], [paragraph("二")]])
        let outer = ListBlock(style: .bullet, items: [[paragraph("親"), .list(inner)], [paragraph("次")]])
        #expect(body(try render(report([.list(outer)]))) == ["- 親", "  1. 一", "  2. 二", "- 次", ""])
    }

    @Test func aListNotNumberedFromOneIsSetApartFromItsParagraph() throws {
        let inner = ListBlock(style: .decimal, start: 3, items: [[paragraph("三")]])
        let outer = ListBlock(style: .bullet, items: [[paragraph("親"), .list(inner)]])
        #expect(body(try render(report([.list(outer)]))) == ["- 親", "", "  3. 三", ""])
    }

    @Test func adjacentListsGetDifferentMarkersSoTheyStayTwo() throws {
        let bullets = ListBlock(style: .dot, items: [[paragraph("a")]])
        let numbers = ListBlock(style: .circled, items: [[paragraph("b")]])
        let output = try render(report([.list(bullets), .list(bullets), .list(numbers), .list(numbers)]))
        #expect(body(output) == ["- a", "", "* a", "", "1. b", "", "1) b", ""])
    }

    @Test func itemsWithTheirOwnMarkersAreParagraphs() throws {
        let list = ListBlock(style: .none, items: [[paragraph("PPR：…")], [paragraph("UHC：…")]])
        #expect(body(try render(report([.list(list)]))) == ["PPR：…", "", "UHC：…", ""])
    }

    // MARK: Tables

    @Test func everyRowHasTheHeadersCellCount() throws {
        let table = Table(
            columns: [TableColumn(width: 5), TableColumn(width: 3), TableColumn(width: 3), TableColumn(width: 2)],
            headerRows: [[cell("評価指標"), cell("実績", columnSpan: 2), cell("府省庁")], [cell("下段")]],
            rows: [
                .group([.text("群")]),
                .cells([cell("指標", rowSpan: 2), cell("値", columnSpan: 2), cell("省")]),
                .cells([cell("次"), cell("の"), cell("行")]),
                .cells([cell("余"), cell("分"), cell("な"), cell("セ"), cell("ル")]),
                .cells([]),
            ])
        let lines = try #require(tables(try render(report([.table(table)]))).first)
        #expect(lines == [
            "| 評価指標 | 実績 |  | 府省庁 |  |",
            "| --------------- | --------- | --------- | ------ | --- |",
            "| **下段** |  |  |  |  |",
            "| **群** |  |  |  |  |",
            "| 指標 | 値 |  | 省 |  |",
            "|  | 次 | の | 行 |  |",
            "| 余 | 分 | な | セ | ル |",
            "|  |  |  |  |  |",
        ])
        #expect(lines.allSatisfy { cellCount($0) == 5 })
    }

    @Test func aListInACellIsWrittenOnOneLine() throws {
        let dots = ListBlock(style: .dot, items: [[paragraph("a")], [paragraph("b")]])
        let plain = ListBlock(style: .none, items: [[paragraph("c")], [paragraph("d")]])
        let numbered = ListBlock(style: .fullwidthParenthesized, items: [[paragraph("e")], [paragraph("f")]])
        let table = Table(
            columns: [TableColumn(width: 1)], headerRows: [],
            rows: [.cells([TableCell(blocks: [.list(dots), .list(plain), .list(numbered)])])])
        let lines = try #require(tables(try render(report([.table(table)]))).first)
        #expect(lines == ["|  |", "| --- |", "| ・a ・b c; d （１） e （２） f |"])
    }

    // MARK: Footnotes

    @Test func slideFootnotesAreNumberedThroughTheDocumentAndDefinedAtTheEnd() throws {
        func slide(_ title: String, _ note: String) -> Block {
            let reference = Inline.footnoteReference(FootnoteReference(id: "n", label: "*1"))
            return .slide(Slide(
                role: .section, title: [.text(title)],
                blocks: [.paragraph([.text("本文"), reference, .text("と再び"), reference])],
                footnotes: [FootnoteDefinition(id: "n", label: "*1", content: [.text(note)])]))
        }
        let document = Document(
            kind: .slides, metadata: Metadata(title: "題", identifier: "summary"),
            blocks: [slide("一", "一の注"), slide("二", "二の注")])
        #expect(try render(document) == """
            # 題

            ## 一

            本文[^1]と再び[^1]

            ## 二

            本文[^2]と再び[^2]

            [^1]: 一の注

            [^2]: 二の注

            """)
    }

    @Test func bareMarkersAreTextAndUnreferencedFootnotesAreNotLost() throws {
        let document = report(
            [.paragraph([.text("FETP"), .footnoteReference(FootnoteReference(id: "fetp", label: "*2"))]),
             .note(Note(content: [.text("*2について")]))],
            footnotes: [FootnoteDefinition(id: "fetp", label: "*2", content: nil),
                        FootnoteDefinition(id: "unused", label: "*3", content: [.text("誰も参照しない")])])
        #expect(body(try render(document)) == ["FETP\\*2", "", "※ \\*2について", "", "\\*3：誰も参照しない", ""])
    }

    @Test func aFootnoteInsideAFootnoteIsPrintedAsItsLabel() throws {
        let document = report(
            [.paragraph([.text("a"), .footnoteReference(FootnoteReference(id: "x", label: "*1"))])],
            footnotes: [
                FootnoteDefinition(id: "x", label: "*1", content: [
                    .text("一行目"), .footnoteReference(FootnoteReference(id: "y", label: "*2")), .lineBreak,
                    .text("1. 二行目"),
                ]),
                FootnoteDefinition(id: "y", label: "*2", content: [.text("内側")]),
            ])
        #expect(body(try render(document)) == [
            "a[^1]", "", "\\*2：内側", "", "[^1]: 一行目\\*2\\", "    1\\. 二行目", "",
        ])
    }

    // MARK: Slides, columns, figures, links

    @Test func slidesAreSectionsAndColumnsSubsections() throws {
        let columns = Block.columns([
            Column(title: [.text("令和6年度の取組")], blocks: [
                .heading(Heading(level: 3, number: "（１）", content: [.text("戦略")])),
                .list(ListBlock(style: .bullet, items: [[paragraph("取組")]])),
            ]),
            Column(title: [.text("令和7年度以降の目標")], blocks: [.figure(Figure(caption: [.text("図")]))]),
        ])
        let document = Document(
            kind: .slides, metadata: Metadata(title: "題（概要）", documentNumber: "資料1-1", identifier: "summary"),
            blocks: [
                .slide(Slide(role: .title, title: [.text("題（概要）")], blocks: [paragraph("リード")])),
                .slide(Slide(role: .section, title: [.text("目標")], number: "１．", blocks: [columns])),
            ])
        #expect(try render(document) == """
            資料1-1

            # 題（概要）

            リード

            ## １．目標

            ### 令和6年度の取組

            #### （１）戦略

            - 取組

            ### 令和7年度以降の目標

            図

            """)
    }

    @Test func aReferenceToTheOtherDocumentLinksToItsFile() throws {
        let reference = Inline.crossReference(CrossReference(documentIdentifier: "summary", content: [.text("資料1-1")]))
        let toThis = Inline.crossReference(CrossReference(documentIdentifier: "detail", anchor: "goal-1", content: [.text("目標1")]))
        let output = try render(
            report([.paragraph([.text("（"), reference, .text("、"), toThis, .text("）")])]),
            companions: ["summary": "x.summary.md", "detail": "x.detail.md"])
        #expect(body(output) == ["（[資料1-1](x.summary.md)、目標1）", ""])
    }

    @Test func outputIsDeterministicWithLFAndOneFinalNewline() throws {
        let document = report([paragraph("a\r\nb"), .list(ListBlock(style: .bullet, items: [[paragraph("c")]]))])
        let first = try render(document)
        #expect(try render(document) == first)
        #expect(!first.contains("\r"))
        #expect(first.hasSuffix("\n") && !first.hasSuffix("\n\n"))
    }
}
