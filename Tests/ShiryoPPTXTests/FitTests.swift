import Foundation
import ShiryoModel
import ShiryoOOXML
@testable import ShiryoPPTX
import ShiryoRendering
import Testing

/// Nothing may overflow its box: every text shape's frame holds its text at the size
/// written, by the measure the renderer uses (which LibreOffice's pages are checked against
/// in scripts/pptx-tests.sh), and a slide that cannot fit is an error, not a clipped slide.
@Suite struct FitTests {
    /// Re-reads paragraphs from the written XML and measures them at their written sizes.
    private func overflowing(_ slide: XMLNode) -> [String] {
        var problems: [String] = []
        for shape in slide.all("p:sp") {
            guard let body = shape.first("p:txBody"), let ext = shape.first("a:ext"), let off = shape.first("a:off"),
                  let width = Int(ext["cx"] ?? ""), let height = Int(ext["cy"] ?? ""),
                  let y = Int(off["y"] ?? "") else { continue }
            if y + height > SlideGeometry.a4.height { problems.append("\(shape.first("p:cNvPr")?["name"] ?? "?") leaves the slide") }
            let inset = Int(body.first("a:bodyPr")?["lIns"] ?? "") ?? 0
            var total = 2 * (Int(body.first("a:bodyPr")?["tIns"] ?? "") ?? 0)
            for paragraph in body.all("a:p") {
                let properties = paragraph.child("a:pPr")
                let margin = Int(properties?["marL"] ?? "0") ?? 0
                let size = Double(paragraph.first("a:rPr")?["sz"] ?? paragraph.first("a:endParaRPr")?["sz"] ?? "1000")! / 100
                let lineHeight = Double(properties?.first("a:lnSpc")?.first("a:spcPts")?["val"] ?? "0")! / 100
                let before = Double(properties?.first("a:spcBef")?.first("a:spcPts")?["val"] ?? "0")! / 100
                var text = ""
                for child in paragraph.all("a:t") { text += child.text }
                for _ in paragraph.all("a:br") { text += "\n" }
                let lineEms = Double(width - 2 * inset - margin) * TextBox.widthSafety / (size * 12_700)
                let lines = TextMeasure.lineCount(text, lineEms: lineEms)
                total += Int((Double(lines) * lineHeight + before) * 12_700)
            }
            if total > height + 2 { problems.append("\(shape.first("p:cNvPr")?["name"] ?? "?"): \(total) > \(height)") }
        }
        return problems
    }

    @Test(arguments: PackageRoot.sampleNames)
    func everyTextShapeHoldsItsText(sample: String) throws {
        for (index, slide) in try slideParts(try parts(try render(try PackageRoot.summary(sample)))).enumerated() {
            #expect(overflowing(slide).isEmpty, "slide \(index + 1): \(overflowing(slide))")
        }
    }

    @Test func oneSizePerSlideAtLeastNinePoints() throws {
        for slide in try slideParts(try parts(try render(try PackageRoot.summary("kansensho-kihon-senryaku")))) {
            let bodies = slide.all("p:sp").filter { $0.first("p:ph").map { $0["type"] == nil } ?? false }
            let sizes = Set(bodies.flatMap { body in
                body.all("a:p").filter { $0.child("a:pPr")?.child("a:buChar")?["char"] == "•" }.compactMap { $0.first("a:rPr")?["sz"] }
            })
            #expect(sizes.count <= 1, "bullets of one slide in several sizes: \(sizes)")
            #expect(sizes.allSatisfy { Int($0)! >= 900 })
        }
    }

    @Test func moreTextGivesASmallerSize() throws {
        func size(bullets: Int) throws -> Int {
            let items = (0..<bullets).map { _ in [Block.paragraph([.text("国際保健規則の改正作業部会において、改正案等に関する議論へ積極的に参加した。")])] }
            let slide = Slide(role: .section, title: [.text("題")], blocks: [.list(ListBlock(style: .bullet, items: items))])
            let document = Document(kind: .slides, metadata: Metadata(title: "t", identifier: "summary"), blocks: [.slide(slide)])
            let xml = try slideParts(try parts(try render(document)))[0]
            return Int(try #require(xml.all("a:r").last?.child("a:rPr")?["sz"]))!
        }
        #expect(try size(bullets: 3) == 1600)
        #expect(try size(bullets: 30) < size(bullets: 10))
        #expect(try size(bullets: 30) >= 900)
    }

    @Test func aSlideThatCannotFitIsAnErrorNamingItsGoal() throws {
        let items = (0..<200).map { _ in [Block.paragraph([.text("長い取組の記述。これは要約されるべき文である。")])] }
        let slide = Slide(role: .section, title: [.text("詰め込みすぎた目標")], number: "３．",
                          blocks: [.list(ListBlock(style: .bullet, items: items))], source: "goals[2]")
        let document = Document(kind: .slides, metadata: Metadata(title: "t", identifier: "summary"), blocks: [.slide(slide)])
        do {
            _ = try render(document)
            Issue.record("a slide of 200 bullets was rendered")
        } catch let error as RenderError {
            #expect(error.format == "pptx")
            #expect(error.message.contains("slide 1 (goals[2])"))
            #expect(error.message.contains("３．詰め込みすぎた目標"))
            #expect(error.message.contains("9 pt"))
        }
    }

    @Test func lineBreakingFollowsTheJapaneseRules() {
        // Ten ideographs in a line of ten ems: one line; eleven: two.
        #expect(TextMeasure.lineCount(String(repeating: "漢", count: 10), lineEms: 10) == 1)
        #expect(TextMeasure.lineCount(String(repeating: "漢", count: 11), lineEms: 10) == 2)
        // 。 may not start a line: it travels with the ideograph before it.
        #expect(TextMeasure.lineCount(String(repeating: "漢", count: 8) + "字。", lineEms: 10) == 1)
        #expect(TextMeasure.lineCount(String(repeating: "漢", count: 10) + "。", lineEms: 10) == 2)
        // A Latin word is never split while it fits a line.
        #expect(TextMeasure.lineCount("漢漢漢漢漢漢漢漢 Communications", lineEms: 10) == 2)
        #expect(TextMeasure.lineCount("a\nb", lineEms: 10) == 2)
        // A number wider than the line is broken where it must be.
        #expect(TextMeasure.lineCount(String(repeating: "9", count: 40), lineEms: 10) == 3)
    }
}

@Suite struct OverflowTests {
    private func overfull(bullets: Int, sentence: String = "長い取組の記述。これは要約されるべき文である。") -> Document {
        var items = (0..<bullets).map { _ in [Block.paragraph([.text(sentence)])] }
        items[bullets - 1] = [.paragraph([.text("最後の取組"), .footnoteReference(FootnoteReference(id: "n", label: "*1"))])]
        let slide = Slide(role: .section, title: [.text("詰め込みすぎた目標")], number: "３．",
                          blocks: [.columns([
                              Column(title: [.text("今年度")], blocks: [.list(ListBlock(style: .decimal, items: items))]),
                              Column(title: [.text("来年度")], blocks: [.paragraph([.text("継続する。")])]),
                          ])],
                          footnotes: [FootnoteDefinition(id: "n", label: "*1", content: [.text("注の文")])], source: "goals[2]")
        return Document(kind: .slides, metadata: Metadata(title: "t", identifier: "summary"), blocks: [.slide(slide)])
    }

    @Test func aTooFullSlideContinuesOnTheNextOnesWhenAsked() throws {
        let slides = try slideParts(try parts(try render(overfull(bullets: 200), options: ["overflow": "continue"])))
        #expect(slides.count > 2)
        let titles = slides.map { $0.all("p:sp").first { $0.first("p:ph")?["type"] == "title" }?.allText ?? "" }
        #expect(titles[0] == "３．詰め込みすぎた目標")
        #expect(titles.dropFirst().allSatisfy { $0 == "３．詰め込みすぎた目標（続き）" })
        // Every item is on exactly one slide, numbered on from the slide before.
        let items = slides.flatMap { slide in slide.all("a:p").filter { $0.child("a:pPr")?.child("a:buAutoNum") != nil } }
        #expect(items.count == 200)
        #expect(items.map { Int($0.child("a:pPr")!.child("a:buAutoNum")!["startAt"]!)! } == Array(1...200))
        // The footnote stands on the slide whose text refers to it, and only there.
        let withNote = slides.filter { $0.allText.contains("*1：注の文") }
        #expect(withNote.count == 1 && withNote.first?.allText.contains("最後の取組") == true)
        // Each part fits.
        for slide in slides { #expect(slide.all("a:rPr").allSatisfy { Int($0["sz"]!)! >= 900 }) }
    }

    @Test func aParagraphLongerThanASlideIsStillAnError() throws {
        let sentence = String(repeating: "これは要約されるべき非常に長い一つの文である。", count: 300)
        do {
            _ = try render(overfull(bullets: 2, sentence: sentence), options: ["overflow": "continue"])
            Issue.record("a paragraph longer than a slide was rendered")
        } catch let error as RenderError {
            #expect(error.message.contains("goals[2]") && error.message.contains("longer than a whole slide"))
        }
    }

    @Test func theDefaultErrorNamesTheOption() throws {
        do {
            _ = try render(overfull(bullets: 200))
            Issue.record("rendered")
        } catch let error as RenderError {
            #expect(error.message.contains("--option overflow=continue"))
        }
        #expect(throws: RenderError.self) { try PPTXRenderer().validate(RenderOptions(["overflow": "shrink"])) }
    }
}

/// Cutting a long slide lays out a number of units linear in its length (counted, not timed):
/// each part is found from small trials up, never by laying out the whole rest again.
@Suite struct SlideSplitterTests {
    private func slide(paragraphs count: Int) -> Slide {
        Slide(role: .conclusion, title: [.text("総括")],
              blocks: (0..<count).map { .paragraph([.text("取組\($0)")]) }, source: "conclusion")
    }

    @Test func aSlideOfThousandsOfUnitsIsCutInLinearWork() throws {
        let perSlide = 10
        var unitsLaidOut = 0
        let splitter = SlideSplitter { slide in
            unitsLaidOut += slide.blocks.count
            return slide.blocks.count <= perSlide
        }
        let count = 4_000
        let parts = try #require(splitter.split(slide(paragraphs: count)))
        #expect(parts.count == count / perSlide)
        #expect(parts.allSatisfy { $0.blocks.count == perSlide })
        #expect(parts.flatMap(\.blocks) == slide(paragraphs: count).blocks)
        #expect(parts.dropFirst().allSatisfy { $0.title == [.text("総括"), .text(SlideSplitter.continued)] })
        // Doubling then halving from 1 measures a few times the part's units per part; laying
        // out the whole rest for each part would be count² / (2 × perSlide) = 800,000.
        #expect(unitsLaidOut < 8 * count)
    }

    @Test func aSlideThatFitsIsOnePart() throws {
        let splitter = SlideSplitter { $0.blocks.count <= 10 }
        let parts = try #require(splitter.split(slide(paragraphs: 7)))
        #expect(parts == [slide(paragraphs: 7)])
    }

    @Test func aUnitTooLargeForAnySlideIsNoSplit() {
        #expect(SlideSplitter { _ in false }.split(slide(paragraphs: 3)) == nil)
    }
}

/// The planner finds a slide's text size by halving between sizes; it must be the size the
/// plain way finds, trying every size from the largest down.
@Suite struct TextSizeChoiceTests {
    @Test func theChosenSizeIsTheLargestThatFits() throws {
        let planner = SlidePlanner(geometry: .a4, builder: SlideTextBuilder(accent: "1F4E79"))
        let document = Document(kind: .slides, metadata: Metadata(title: "t", identifier: "summary"), blocks: [])
        var media = MediaRegistry(inputDirectory: nil, folder: "ppt/media", fileStem: "image")
        let sentence = "長い取組の記述。これは要約されるべき文であり、G7保健大臣会合の2023-2027年の計画に関わる。"
        var sizesSeen = Set<Double>()
        for bullets in 1...45 {
            let items = (0..<bullets).map { index in
                [Block.paragraph([.text(String(sentence.prefix(8 + (index * 7) % sentence.count)))])]
            }
            let slide = Slide(role: .section, title: [.text("目標")], number: "１．",
                              blocks: [.columns([
                                  Column(title: [.text("今年度")], blocks: [.list(ListBlock(style: .bullet, items: items))]),
                                  Column(title: [.text("来年度")], blocks: [.paragraph([.text(sentence)])]),
                              ])], source: "goals[0]")
            let linear = SlidePlanner.sizes.first { size in
                (try? planner.plan(slide, number: 2, document: document, media: &media, sizes: [size])) != nil
            }
            let chosen = try? planner.plan(slide, number: 2, document: document, media: &media)
            #expect(chosen?.textSize == linear, "\(bullets) bullets")
            if let linear { sizesSeen.insert(linear) }
        }
        // The slides range from roomy to too full, so many sizes are chosen.
        #expect(sizesSeen.count >= 8)
        #expect(sizesSeen.contains(SlidePlanner.sizes[0]))
    }

    @Test func halvingFindsTheFirstFittingSize() {
        let sizes = SlidePlanner.sizes
        for threshold in sizes.indices {
            var tried = 0
            let found = SlidePlanner.largestFitting(sizes) { size -> Int? in
                tried += 1
                return sizes.firstIndex(of: size).map { $0 >= threshold ? $0 : nil } ?? nil
            }
            #expect(found?.size == sizes[threshold])
            #expect(tried <= 6)
        }
        #expect(SlidePlanner.largestFitting(sizes) { _ -> Int? in nil } == nil)
    }
}
