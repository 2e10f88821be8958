import Foundation
import ShiryoModel
import ShiryoRendering
import ShiryoXHTML
import Testing

/// The 詳細's contents list, the PDF properties in the head, and the marks of a draft.
@Suite struct ContentsAndMarksTests {
    static func options(_ marking: DocumentMarkingOptions = .init()) -> XHTMLRenderOptions {
        XHTMLRenderOptions(companionFileNames: Documents.companions, marking: marking)
    }

    @Test func theContentsLinkEveryAnchoredHeadingOfLevelTwoToFour() throws {
        let html = try parseXHTML(try Documents.render(Documents.report, options: Self.options()))
        let nav = try #require(html.first("nav"))
        #expect(nav.hasClass("contents"))
        #expect(nav.all(class: "contents-title").first?.text == "目次")
        let links = nav.all("a")
        // goal-1 (level 2) and strategy-1.1 (level 3); the title (level 1) and the
        // unanchored headings are not listed.
        #expect(links.map { $0.attributes["href"] } == ["#goal-1", "#strategy-1_2E1"])
        #expect(links.map(\.text) == ["目標1 目標の見出し", "（１）戦略"])
        #expect(nav.all("li").map(\.classes) == [
            ["contents-entry", "contents-level-2"], ["contents-entry", "contents-level-3"],
        ])
        // Every link goes to an element with that id.
        let ids = Set(html.descendants.compactMap { $0.attributes["id"] })
        for link in links {
            #expect(ids.contains(String((link.attributes["href"] ?? "").dropFirst())))
        }
    }

    @Test func theContentsComeBeforeTheFirstListedHeading() throws {
        let html = try parseXHTML(try Documents.render(Documents.report, options: Self.options()))
        let main = try #require(html.all(class: "document-body").first)
        let names = main.elements.map(\.name)
        let nav = try #require(names.firstIndex(of: "nav"))
        #expect(names[nav - 1] == "h1")
        #expect(names[nav + 1] == "h2")
    }

    @Test func thePageNumbersComeFromTheStylesheet() throws {
        let text = String(decoding: try Documents.render(Documents.report, options: Self.options()), as: UTF8.self)
        #expect(text.contains("target-counter(attr(href), page)"))
    }

    @Test func tocFalseDropsTheContentsAndSlidesHaveNone() throws {
        let withoutContents = try parseXHTML(try Documents.render(Documents.report, options: Self.options(.init(contents: false))))
        #expect(withoutContents.first("nav") == nil)
        let slides = try parseXHTML(try Documents.render(Documents.slides, options: Self.options()))
        #expect(slides.first("nav") == nil)
    }

    @Test func theContentsLeaveFootnoteReferencesOut() throws {
        var document = Documents.report
        document.blocks[1] = .heading(Heading(
            level: 2, number: "目標1",
            content: [.text("注のある見出し"), .footnoteReference(FootnoteReference(id: "PPR", label: "*1"))],
            anchor: "goal-1"))
        let html = try parseXHTML(try Documents.render(document, options: Self.options()))
        let nav = try #require(html.first("nav"))
        #expect(nav.all("a").first?.text == "目標1 注のある見出し")
        #expect(nav.all("sup").isEmpty)
    }

    @Test func theHeadCarriesThePDFProperties() throws {
        var document = Documents.report
        document.metadata.subject = "計画 令和6年度フォローアップ"
        document.metadata.keywords = ["計画", "令和6年度", "資料１－２"]
        let html = try parseXHTML(try Documents.render(document, options: Self.options()))
        var properties: [String: String] = [:]
        for meta in html.all("meta") {
            if let name = meta.attributes["name"] { properties[name] = meta.attributes["content"] }
        }
        #expect(properties == [
            "author": "内閣感染症危機管理統括庁", "description": "計画 令和6年度フォローアップ",
            "keywords": "計画, 令和6年度, 資料１－２", "generator": "Shiryo",
        ])
        #expect(html.first("title")?.text == document.metadata.title)
        #expect(html.attributes["lang"] == "ja")
    }

    @Test func aDraftHasTheStampAndTheWatermark() throws {
        var document = Documents.report
        document.metadata.isDraft = true
        document.metadata.stamps = ["取扱注意", "案"]
        let html = try parseXHTML(try Documents.render(document, options: Self.options()))
        let corner = try #require(html.all(class: "document-corner").first)
        #expect(corner.all(class: "document-stamp").map(\.text) == ["案", "取扱注意"], "案 first, and once")
        #expect(corner.all(class: "document-stamp").first?.hasClass("stamp-draft") == true)
        let watermark = try #require(html.all(class: "watermark").first)
        #expect(watermark.text == "案DRAFT")
        #expect(watermark.attributes["aria-hidden"] == "true")
        let css = try #require(html.first("style")?.text)
        #expect(css.contains(".watermark {\n  position: fixed;"), "a fixed box repeats on every page")
        #expect(css.contains("@top-left { content: '【案】【取扱注意】　資料１－２　"), "the running header of later pages too")
    }

    @Test func theOptionsOverrideTheMetadata() throws {
        var draft = Documents.report
        draft.metadata.isDraft = true
        let noWatermark = try parseXHTML(try Documents.render(draft, options: Self.options(.init(watermark: false))))
        #expect(noWatermark.all(class: "watermark").isEmpty)
        #expect(noWatermark.all(class: "document-stamp").map(\.text) == ["案"], "the stamp stays")
        let final = try parseXHTML(try Documents.render(draft, options: Self.options(.init(draft: false))))
        #expect(final.all(class: "watermark").isEmpty)
        #expect(final.all(class: "document-stamp").isEmpty)
        let forced = try parseXHTML(try Documents.render(Documents.slides, options: Self.options(.init(draft: true))))
        #expect(forced.all(class: "watermark").count == 1)
        #expect(forced.all(class: "stamp-draft").count == 3, "every slide's corner")
    }

    @Test func aFinalDocumentHasNoMarks() throws {
        let html = try parseXHTML(try Documents.render(Documents.report, options: Self.options()))
        #expect(html.first("style")?.text.contains("【") == false)
        #expect(html.all(class: "watermark").isEmpty)
        #expect(html.all(class: "document-stamp").isEmpty)
    }

    @Test func badFlagValuesAreRefusedByTheFormats() throws {
        for renderer in [XHTMLRenderer() as any DocumentRenderer, PDFRenderer()] {
            for name in ["toc", "draft", "watermark"] {
                #expect(throws: RenderError.self) { try renderer.validate(RenderOptions([name: "maybe"])) }
                try renderer.validate(RenderOptions([name: "false"]))
            }
        }
    }
}
