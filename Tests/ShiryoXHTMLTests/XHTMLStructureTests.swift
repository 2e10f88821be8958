import Foundation
import ShiryoModel
import ShiryoXHTML
import Testing

@Suite struct XHTMLStructureTests {
    @Test func polyglotDocumentShell() throws {
        let data = try Documents.render(Documents.report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ja\" xml:lang=\"ja\">"))
        #expect(!text.contains("<?xml"), "an XML declaration is a bogus comment to HTML parsers")
        let html = try parseXHTML(data)
        #expect(html.first("meta")?.attributes["charset"] == "UTF-8")
        #expect(html.first("title")?.text == "テスト資料（詳細）")
        #expect(html.first("style")?.text.contains("@page") == true)
        #expect(html.first("body")?.hasClass("report") == true)
    }

    @Test func emptyNonVoidElementsHaveEndTags() throws {
        var document = Documents.report
        document.blocks.append(.paragraph([]))
        document.blocks.append(.list(ListBlock(style: .bullet, items: [[]])))
        let text = String(decoding: try Documents.render(document), as: UTF8.self)
        let voidElements: Set<String> = ["meta", "link", "img", "br", "col"]
        let selfClosing = try Regex(#"<([a-z0-9]+)[^<>]*/>"#)
        for match in text.matches(of: selfClosing) {
            let name = String(text[match.range].dropFirst().prefix { $0.isLetter || $0.isNumber })
            #expect(voidElements.contains(name), "<\(name)/> is read as an open tag by HTML parsers")
        }
        #expect(text.contains("<p></p>"))
        #expect(text.contains("<li></li>"))
    }

    @Test func headingsCarryLevelNumberAndAnchor() throws {
        let html = try parseXHTML(try Documents.render(Documents.report))
        for level in 1...6 {
            #expect(!html.all("h\(level)").isEmpty, "h\(level)")
        }
        let goal = try #require(html.all("h2").first)
        #expect(goal.attributes["id"] == "goal-1")
        #expect(goal.elements.first?.hasClass("number") == true)
        #expect(goal.elements.first?.text == "目標1")
        #expect(goal.text == "目標1 目標の見出し")
        let strategy = try #require(html.all("h3").first)
        #expect(strategy.text == "（１）戦略", "no space after a closing bracket")
        #expect(strategy.attributes["id"] == "strategy-1_2E1")
        #expect(html.all("h6").contains { $0.text == "深すぎる" }, "levels beyond 6 are clamped")
    }

    @Test func inlinesBecomeElements() throws {
        let html = try parseXHTML(try Documents.render(Documents.report))
        #expect(html.first("strong")?.text == "強調")
        #expect(html.first("em")?.text == "傍点")
        #expect(html.first("br") != nil)
        let note = try #require(html.all(class: "note").first)
        #expect(note.name == "p")
        #expect(note.text == "※ 注記")
    }

    @Test func everyListStyleHasItsClassAndNoMarkerInTheText() throws {
        let html = try parseXHTML(try Documents.render(Documents.report))
        let expected: [ListStyle: (String, String)] = [
            .bullet: ("ul", "list-bullet"), .dot: ("ul", "list-dot"), .circle: ("ul", "list-circle"),
            .none: ("ul", "list-none"), .decimal: ("ol", "list-decimal"),
            .parenthesized: ("ol", "list-parenthesized"),
            .fullwidthParenthesized: ("ol", "list-fullwidth-parenthesized"),
            .circled: ("ol", "list-circled"), .katakana: ("ol", "list-katakana"),
        ]
        for (style, (element, className)) in expected {
            let list = try #require(html.all(class: className).last { $0.parent?.name == "main" }, "\(style)")
            #expect(list.name == element)
            #expect(list.elements.first?.text == "\(style.rawValue) 1", "the marker comes from CSS only")
            let css = html.first("style")?.text ?? ""
            #expect(css.contains(".\(className)"), "the stylesheet styles \(className)")
        }
        #expect(html.all(class: "list-decimal").first?.attributes["start"] == "3")
        #expect(html.all(class: "list-circled").first?.attributes["start"] == nil)
    }

    @Test func tablesHaveColumnsHeaderGroupsAndSpans() throws {
        let html = try parseXHTML(try Documents.render(Documents.report))
        let table = try #require(html.first("table"))
        #expect(table.first("caption")?.text == "評価指標")
        let widths = table.all("col").map { $0.attributes["style"] }
        #expect(widths == ["width: 50.00%", "width: 30.00%", "width: 20.00%"])
        let headerCells = try #require(table.first("thead")).all("th")
        #expect(headerCells.map(\.text) == ["評価指標", "実績"])
        #expect(headerCells[1].attributes["colspan"] == "2")
        let group = try #require(table.all("tr").first { $0.hasClass("group") })
        let groupHeading = try #require(group.elements.first)
        #expect(groupHeading.name == "th")
        #expect(groupHeading.attributes["colspan"] == "3")
        #expect(groupHeading.attributes["scope"] == "colgroup")
        #expect(groupHeading.text == "認知度、理解度")
        #expect(table.all("tbody").count == 2, "a group row starts a new body")
        #expect(table.all("td").contains { $0.attributes["rowspan"] == "2" })
        #expect(table.first("td")?.elements.isEmpty == true, "a lone paragraph is written bare in its cell")
        #expect(table.all(class: "list-dot").first?.all("li").count == 2)
    }

    @Test func figuresAndColumns() throws {
        let html = try parseXHTML(try Documents.render(Documents.report))
        let figure = try #require(html.first("figure"))
        #expect(figure.first("img") == nil, "no image was given")
        let caption = try #require(figure.first("figcaption"))
        #expect(caption.all(class: "caption").first?.text == "写真")
        #expect(caption.all(class: "description").first?.text == "（説明）")
        #expect(caption.all(class: "credit").first?.text == "（提供：厚生労働省）")
        let columns = try #require(html.all(class: "columns").first)
        #expect(columns.elements.count == 2)
        #expect(columns.elements.map { $0.all(class: "column-title").first?.text } == ["令和６年度の取組", "令和７年度以降の目標"])
    }

    @Test func footnoteLinksResolveBothWays() throws {
        let html = try parseXHTML(try Documents.render(Documents.report))
        try expectFootnoteLinksResolve(html)
        let references = html.all(class: "footnote-ref").compactMap { $0.first("a") }
        #expect(references.map { $0.attributes["href"] } == ["#fn-PPR", "#fn-PPR"])
        #expect(references.map { $0.attributes["id"] } == ["fnref-PPR", "fnref-PPR_r2"])
        let definitions = try #require(html.all(class: "footnotes").first)
        #expect(definitions.name == "section")
        #expect(definitions.all(class: "footnote").map(\.text) == ["*1：パンデミックの予防、備え、対応", "*2：参照されない注"])
        #expect(definitions.first("a")?.attributes["href"] == "#fnref-PPR")
    }

    @Test func crossReferencesLinkToCompanionsAndAnchors() throws {
        let html = try parseXHTML(try Documents.render(Documents.report))
        let links = html.all(class: "cross-ref")
        #expect(links.map(\.name) == ["a", "a", "a", "span"])
        #expect(links.map { $0.attributes["href"] } == [
            "test.summary.xhtml", "test.summary.xhtml#goal-2", "#strategy-1_2E1", nil,
        ])
        #expect(html.descendants.contains { $0.attributes["id"] == "strategy-1_2E1" })
    }

    @Test func slidesAreSectionsWithTheirOwnFootnotes() throws {
        let html = try parseXHTML(try Documents.render(Documents.slides))
        let slides = html.all("section").filter { $0.hasClass("slide") }
        #expect(slides.count == 3)
        #expect(slides.map { $0.attributes["id"] } == ["title", "goal-1", "goal-2"])
        for slide in slides {
            let corner = try #require(slide.all(class: "document-corner").first)
            #expect(corner.text == "資料１－２令和８年３月30日")
        }
        #expect(slides[0].first("h1")?.text == "テスト資料（概要）")
        #expect(slides[0].all(class: "issuer").first?.text == "内閣感染症危機管理統括庁")
        #expect(slides[1].first("h2")?.text == "1．目標1")
        #expect(slides[0].first("a")?.attributes["href"] == "test.detail.xhtml")
        for (index, slide) in slides.dropFirst().enumerated() {
            let footer = try #require(slide.first("footer"))
            #expect(footer.hasClass("footnotes"))
            #expect(footer.all(class: "footnote").map(\.text) == ["*1：スライド\(index + 1)の注"], "a bare marker is not printed")
            let reference = try #require(slide.all(class: "footnote-ref").first?.first("a"))
            #expect(reference.attributes["href"] == "#fn-s\(index + 2)-note")
            let bare = try #require(slide.all(class: "footnote-ref").last)
            #expect(bare.text == "*2" && bare.first("a") == nil, "nothing to link a bare marker to")
        }
        try expectFootnoteLinksResolve(html)
    }

    @Test func idsAreUniqueAndSafe() throws {
        var report = Documents.report
        // Two headings with one anchor, and anchors that look like generated ids.
        report.blocks.append(.heading(Heading(level: 2, content: [.text("重複")], anchor: "goal-1")))
        report.blocks.append(.heading(Heading(level: 2, content: [.text("紛らわしい")], anchor: "fn-PPR")))
        for document in [report, Documents.slides] {
            let html = try parseXHTML(try Documents.render(document))
            let ids = html.descendants.compactMap { $0.attributes["id"] }
            #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
            for id in ids {
                #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }, "\(id)")
            }
        }
    }

    @Test func sameDocumentGivesSameBytes() throws {
        for document in [Documents.report, Documents.slides] {
            #expect(try Documents.render(document) == Documents.render(document))
        }
    }

    @Test func userStylesheetReplacesTheEmbeddedOne() throws {
        let options = XHTMLRenderOptions(stylesheet: URL(string: "custom/print.css"))
        let html = try parseXHTML(try Documents.render(Documents.report, options: options))
        #expect(html.first("style") == nil)
        let link = try #require(html.first("link"))
        #expect(link.attributes["rel"] == "stylesheet")
        #expect(link.attributes["href"] == "custom/print.css")
        #expect(throws: XHTMLRenderError.self) {
            try Documents.render(Documents.report, options: XHTMLRenderOptions(stylesheet: URL(string: "javascript:alert(1)")))
        }
    }
}

/// Every footnote link points at an existing id, and every definition's back link at a
/// reference that points to it.
func expectFootnoteLinksResolve(_ html: XHTMLNode, sourceLocation: SourceLocation = #_sourceLocation) throws {
    var byID: [String: XHTMLNode] = [:]
    for node in html.descendants {
        if let id = node.attributes["id"] { byID[id] = node }
    }
    let references = html.all(class: "footnote-ref").compactMap { $0.first("a") }
    #expect(!references.isEmpty, sourceLocation: sourceLocation)
    for reference in references {
        let href = try #require(reference.attributes["href"], sourceLocation: sourceLocation)
        let target = byID[String(href.dropFirst())]
        #expect(href.hasPrefix("#") && target?.hasClass("footnote") == true, "\(href)", sourceLocation: sourceLocation)
        let back = target?.first("a")?.attributes["href"]
        let firstReference = back.flatMap { byID[String($0.dropFirst())] }
        #expect(firstReference?.attributes["href"] == href, "back link of \(href)", sourceLocation: sourceLocation)
    }
}
