import Foundation
@testable import ShiryoDOCX
import ShiryoModel
import ShiryoOOXML
import ShiryoRendering
import Testing

/// The table of contents, the marks of a draft and the document properties.
@Suite struct ContentsAndMarksTests {
    static func render(_ document: Document, _ marking: DocumentMarkingOptions = .init()) throws -> [String: Data] {
        try parts(DOCXRenderer().render(document, options: DOCXRenderOptions(marking: marking)))
    }

    static func text(_ parts: [String: Data], _ path: String) -> String {
        String(decoding: parts[path] ?? Data(), as: UTF8.self)
    }

    @Test func theContentsAreLinkedEntriesWithPageReferencesToTheHeadingBookmarks() throws {
        let parts = try Self.render(sampleReport())
        let document = try xml(parts, "word/document.xml")
        #expect(document.all("w:docPartGallery").first?["w:val"] == "Table of Contents")
        let bookmark = Bookmarks.name(for: "goal-1")
        #expect(document.all("w:bookmarkStart").contains { $0["w:name"] == bookmark })
        #expect(document.all("w:hyperlink").contains { $0["w:anchor"] == bookmark })
        let body = Self.text(parts, "word/document.xml")
        #expect(body.contains(" PAGEREF \(bookmark) \\h "))
        // The entry's text is written out, so readers that update no field show it.
        #expect(document.texts.contains("目標1 知識や理解を深める。"))
        #expect(document.all("w:pStyle").contains { $0["w:val"] == "TOC2" })
        #expect(document.all("w:tab").contains { $0["w:leader"] == "dot" })
        // The contents come before the first listed heading, which starts a new page.
        let contents = try #require(body.range(of: "目次"))
        let heading = try #require(body.range(of: "<w:t>知識や理解を深める。</w:t>"))
        #expect(contents.lowerBound < heading.lowerBound)
        #expect(document.all("w:pageBreakBefore").count == 1)
        let styles = Self.text(parts, "word/styles.xml")
        #expect(styles.contains("w:styleId=\"TOC2\"") && styles.contains("<w:name w:val=\"toc 2\"/>"))
        #expect(styles.contains("w:styleId=\"TOCHeading\""))
    }

    @Test func tocFalseAndSlidesHaveNoContents() throws {
        let withoutContents = Self.text(try Self.render(sampleReport(), .init(contents: false)), "word/document.xml")
        #expect(!withoutContents.contains("PAGEREF") && !withoutContents.contains("目次"))
        let slides = Self.text(try Self.render(sampleSlides()), "word/document.xml")
        #expect(!slides.contains("PAGEREF") && !slides.contains("Table of Contents"))
    }

    @Test func aDraftHasAWatermarkInEveryHeaderAndAStamp() throws {
        var draft = sampleReport()
        draft.metadata.isDraft = true
        draft.metadata.stamps = ["取扱注意"]
        let parts = try Self.render(draft)
        for header in ["word/header1.xml", "word/header2.xml"] {
            let text = Self.text(parts, header)
            #expect(text.contains("<v:shape id=\"ShiryoDraftWatermark\""), "\(header)")
            #expect(text.contains("string=\"案\""), "\(header)")
            #expect(text.contains("rotation:315"), "\(header)")
        }
        let header = try xml(parts, "word/header1.xml")
        #expect(header.texts.prefix(3) == ["案", " ", "取扱注意"], "the stamps before the date and number")
        let document = try xml(parts, "word/document.xml")
        #expect(document.texts.prefix(3) == ["案", " ", "取扱注意"])
        #expect(document.all("w:bdr").count == 2, "each stamp in a box")
        #expect(Self.text(parts, "docProps/core.xml").contains("<cp:contentStatus>案</cp:contentStatus>"))
    }

    @Test func theOptionsOverrideTheMetadata() throws {
        var draft = sampleReport()
        draft.metadata.isDraft = true
        let noWatermark = try Self.render(draft, .init(watermark: false))
        #expect(!Self.text(noWatermark, "word/header1.xml").contains("v:shape"))
        #expect(Self.text(noWatermark, "word/document.xml").contains("<w:t>案</w:t>"), "the stamp stays")
        let final = try Self.render(draft, .init(draft: false))
        #expect(!Self.text(final, "word/header1.xml").contains("v:shape"))
        #expect(!Self.text(final, "word/document.xml").contains("<w:t>案</w:t>"))
        #expect(!Self.text(final, "docProps/core.xml").contains("contentStatus"))
        let forced = try Self.render(sampleSlides(), .init(draft: true))
        #expect(Self.text(forced, "word/header2.xml").contains("v:shape"))
    }

    @Test func aFinalDocumentHasNoMarks() throws {
        let parts = try Self.render(sampleReport())
        for header in ["word/header1.xml", "word/header2.xml"] {
            #expect(!Self.text(parts, header).contains("v:"))
        }
        #expect(!Self.text(parts, "word/document.xml").contains("w:bdr"))
    }

    @Test func corePropertiesCarryTheReport() throws {
        var document = sampleReport()
        document.metadata.subject = "計画 令和6年度フォローアップ"
        document.metadata.keywords = ["計画", "令和6年度"]
        let parts = try Self.render(document)
        let core = Self.text(parts, "docProps/core.xml")
        #expect(core.contains("<dc:title>フォローアップ（詳細）</dc:title>"))
        #expect(core.contains("<dc:subject>計画 令和6年度フォローアップ</dc:subject>"))
        #expect(core.contains("<dc:creator>内閣感染症危機管理統括庁</dc:creator>"))
        #expect(core.contains("<cp:keywords>計画, 令和6年度</cp:keywords>"))
        #expect(core.contains("<cp:category>資料１－２</cp:category>"))
        #expect(Self.text(parts, "docProps/app.xml").contains("<Company>内閣感染症危機管理統括庁</Company>"))
    }

    @Test func badFlagValuesAreRefused() throws {
        for name in ["toc", "draft", "watermark"] {
            #expect(throws: RenderError.self) { try DOCXRenderer().validate(RenderOptions([name: "maybe"])) }
        }
    }
}

/// The cached page numbers of the contents: an estimate, shown by readers that lay nothing out.
@Suite struct PageEstimateTests {
    @Test func longerSectionsPushLaterHeadingsToLaterPages() throws {
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text("題")], anchor: "title"))]
        for goal in 1...3 {
            blocks.append(.heading(Heading(level: 2, number: "目標\(goal)", content: [.text("目標")], anchor: "goal-\(goal)")))
            blocks += Array(repeating: .paragraph([.text(String(repeating: "本文の段落。", count: 40))]), count: 10 * goal)
        }
        let document = Document(kind: .report, metadata: Metadata(title: "題", identifier: "detail"), blocks: blocks)
        let pages = PageEstimate(page: PageSetup.defaults(for: .report))
            .pages(of: document, contents: ContentsList(document), contentsFirst: true)
        let goals = try (1...3).map { try #require(pages["goal-\($0)"]) }
        #expect(goals[0] == 2, "the contents has the first page to itself")
        #expect(goals[0] < goals[1] && goals[1] < goals[2])
        // 10 paragraphs of 240 characters (6 lines of about 45 at 10.5 pt) are about one
        // and a half A4 pages, 20 of them about three.
        #expect((1...2).contains(goals[1] - goals[0]))
        #expect((2...4).contains(goals[2] - goals[1]))
        let body = String(decoding: try parts(DOCXRenderer().render(document, options: DOCXRenderOptions()))["word/document.xml"] ?? Data(),
                          as: UTF8.self)
        #expect(body.contains("<w:t>\(goals[2])</w:t>"), "the estimate is the PAGEREF's cached value")
    }

    @Test func hostileTableWidthsDoNotTrap() throws {
        let table = Table(columns: [TableColumn(width: Int.max), TableColumn(width: Int.max)], headerRows: [], rows: [
            .cells([TableCell(blocks: [.paragraph([.text("セル")])], columnSpan: Int.max, rowSpan: Int.max)]),
        ])
        let empty = Table(columns: [], headerRows: [], rows: [.cells([TableCell(blocks: [])])])
        let document = Document(kind: .report, metadata: Metadata(title: "題", identifier: "detail"), blocks: [
            .heading(Heading(level: 2, content: [.text("見出し")], anchor: "a")), .table(table), .table(empty),
            .heading(Heading(level: 2, content: [.text("次")], anchor: "b")),
        ])
        let pages = PageEstimate(page: PageSetup.defaults(for: .report))
            .pages(of: document, contents: ContentsList(document), contentsFirst: true)
        #expect(pages["a"] == 2 && pages["b"] == 2)
    }
}
