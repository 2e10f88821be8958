import Foundation
import ShiryoModel
import ShiryoOOXML
@testable import ShiryoPPTX
import ShiryoRendering
import Testing

@Suite struct DeckTests {
    @Test(arguments: PackageRoot.sampleNames)
    func oneSlidePerModelSlideWithItsLayout(sample: String) throws {
        let document = try PackageRoot.summary(sample)
        let files = try parts(try render(document))
        let slides = try slideParts(files)
        #expect(slides.count == document.blocks.count)
        let presentation = try XMLNode.parse(try #require(files["ppt/presentation.xml"]))
        #expect(presentation.all("p:sldId").count == document.blocks.count)
        #expect(presentation.first("p:sldSz")?["cx"] == "10692000" && presentation.first("p:sldSz")?["cy"] == "7560000")
        for (index, block) in document.blocks.enumerated() {
            guard case .slide(let slide) = block else { Issue.record("not a slide"); continue }
            let rels = try XMLNode.parse(try #require(files["ppt/slides/_rels/slide\(index + 1).xml.rels"]))
            let layout = rels.all("Relationship").first { $0["Type"]?.hasSuffix("/slideLayout") == true }?["Target"]
            let expected = slide.role == .title ? 1 : (slide.blocks.contains { if case .columns = $0 { true } else { false } } ? 3 : 2)
            #expect(layout == "../slideLayouts/slideLayout\(expected).xml", "slide \(index + 1)")
        }
    }

    /// Without `lang` PowerPoint applies no kinsoku; without `a:ea` LibreOffice and
    /// PowerPoint on macOS pick other glyphs; without `sz` a client would choose the size.
    @Test(arguments: PackageRoot.sampleNames)
    func everyRunIsJapaneseWithLatinAndEastAsianFonts(sample: String) throws {
        let files = try parts(try render(try PackageRoot.summary(sample)))
        var checked = 0
        for slide in try slideParts(files) {
            for properties in slide.all("a:rPr") + slide.all("a:endParaRPr") {
                #expect(properties["lang"] == "ja-JP" && properties["altLang"] == "en-US")
                #expect(properties["sz"] != nil)
                #expect(properties.child("a:latin")?["typeface"] == "Noto Sans CJK JP")
                #expect(properties.child("a:ea")?["typeface"] == "Noto Sans CJK JP")
                checked += 1
            }
            // Every text run has its properties.
            for run in slide.all("a:r") { #expect(run.child("a:rPr") != nil) }
        }
        #expect(checked > 30)
    }

    @Test func theFontCanBeChosen() throws {
        let files = try parts(try render(richSlides(image: nil), options: ["font": "BIZ UDPGothic"]))
        let slide = try slideParts(files)[1]
        #expect(slide.all("a:ea").allSatisfy { $0["typeface"] == "BIZ UDPGothic" })
        #expect(slide.all("a:latin").allSatisfy { $0["typeface"] == "BIZ UDPGothic" })
    }

    @Test func bulletsAreParagraphPropertiesNotTypedCharacters() throws {
        let folder = try folderWithImage()
        defer { try? FileManager.default.removeItem(at: folder) }
        let slide = try slideParts(try parts(try render(richSlides(), input: folder)))[1]
        var markers: [String: String] = [:]
        for paragraph in slide.all("a:p") {
            let text = paragraph.allText
            guard let properties = paragraph.child("a:pPr") else { continue }
            if let character = properties.child("a:buChar")?["char"] {
                markers[text] = character
                #expect(!text.hasPrefix(character), "the marker \(character) is typed into \(text)")
            }
            if let number = properties.child("a:buAutoNum") { markers[text] = number["type"]! + "@" + number["startAt"]! }
            #expect(!text.hasPrefix("•") && !text.hasPrefix("○"))
        }
        #expect(markers["PPR*1の強化"] == "•")
        #expect(markers["一つ目"] == "（１）" && markers["二つ目"] == "（２）")
        #expect(markers["まる"] == "circleNumDbPlain@1")
        #expect(markers["項目その一"] == "ア" && markers["項目その二"] == "イ")
        #expect(markers["数字"] == "arabicPeriod@1")
        #expect(markers["注記の文。"] == "※")
        // A hanging indent: the marker left of the text.
        let bullet = try #require(slide.all("a:p").first { $0.allText == "一つ目" }?.child("a:pPr"))
        #expect(Int(bullet["indent"] ?? "0")! < 0 && Int(bullet["marL"] ?? "0")! > 0)
    }

    @Test func strongIsBoldAndFootnoteMarksAreSuperscript() throws {
        let slide = try slideParts(try parts(try render(richSlides(image: nil))))[1]
        let runs = slide.all("a:r")
        #expect(runs.first { $0.allText == "の強化" }?.child("a:rPr")?["b"] == "1")
        #expect(runs.first { $0.allText == "*1" }?.child("a:rPr")?["baseline"] == "30000")
    }

    @Test func footnotesStandAtTheFootOfTheSlideThatUsesThem() throws {
        let slides = try slideParts(try parts(try render(richSlides(image: nil))))
        let notes = slides[1].all("p:sp").filter { $0.first("p:cNvPr")?["name"]?.hasPrefix("脚注") == true }
        #expect(notes.count == 1)
        #expect(notes.first?.allText == "*1：パンデミックの予防、備え、対応")
        #expect(!slides[0].all("p:sp").contains { $0.first("p:cNvPr")?["name"]?.hasPrefix("脚注") == true })
    }

    @Test func theCoverHasTheTitleLeadAndCorner() throws {
        let cover = try slideParts(try parts(try render(richSlides(image: nil))))[0]
        #expect(cover.all("p:ph").contains { $0["type"] == "ctrTitle" })
        #expect(cover.allText.contains("資料１－１") && cover.allText.contains("令和８年〇月〇日"))
        #expect(cover.allText.contains("本資料は、令和7年3月31日時点のものである。"))
        #expect(cover.all("a:fld").first?["type"] == "slidenum")
    }

    @Test func figuresArePicturesWithCaptionsOrCaptionedFrames() throws {
        let folder = try folderWithImage()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try parts(try render(richSlides(), input: folder))
        let slide = try slideParts(files)[1]
        let picture = try #require(slide.first("p:pic"))
        #expect(picture.first("p:cNvPr")?["descr"] == "会合の様子 （提供：外務省）")
        let embed = try #require(picture.first("a:blip")?["r:embed"])
        let rels = try XMLNode.parse(try #require(files["ppt/slides/_rels/slide2.xml.rels"]))
        let target = rels.all("Relationship").first { $0["Id"] == embed }?["Target"]
        #expect(target == "../media/shiryo-image1.png")
        #expect(files["ppt/media/shiryo-image1.png"] == tinyPNG)
        #expect(slide.allText.contains("会合の様子（提供：外務省）"))
        // The figure without an image is a dashed frame holding its caption.
        let frame = try #require(slide.all("p:sp").first { $0.allText == "概念図" })
        #expect(frame.first("a:prstDash")?["val"] == "dash")
    }

    @Test func aMissingImageIsARenderError() throws {
        let folder = try folderWithImage()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: RenderError.self) { try render(richSlides(image: "nothing.png"), input: folder) }
        #expect(throws: RenderError.self) { try render(richSlides(image: "../outside.png"), input: folder) }
    }

    @Test func theDetailIsRefusedNamingDOCX() throws {
        let report = Document(kind: .report, metadata: Metadata(title: "詳細", identifier: "detail"), blocks: [])
        #expect(!PPTXRenderer().supports(.report) && PPTXRenderer().supports(.slides))
        do {
            _ = try render(report)
            Issue.record("a report was rendered")
        } catch let error as RenderError {
            #expect(error.message.contains("--format docx"))
        }
    }

    @Test func sameBytesEveryRun() throws {
        let document = try PackageRoot.summary("kansensho-kihon-senryaku")
        #expect(try render(document) == render(document))
    }

    @Test func sixteenByNine() throws {
        let files = try parts(try render(richSlides(image: nil), options: ["slide-size": "16:9"]))
        let size = try XMLNode.parse(try #require(files["ppt/presentation.xml"])).first("p:sldSz")
        #expect(size?["cx"] == "12192000" && size?["cy"] == "6858000")
        #expect(throws: RenderError.self) { try PPTXRenderer().validate(RenderOptions(["slide-size": "letter"])) }
    }

    @Test func packagePartsAreListedAndRelated() throws {
        let files = try parts(try render(try PackageRoot.summary("amr-action-plan")))
        let types = try XMLNode.parse(try #require(files["[Content_Types].xml"]))
        let overrides = Set(types.all("Override").compactMap { $0["PartName"] })
        for path in files.keys where path.hasSuffix(".xml") && path != "[Content_Types].xml" {
            #expect(overrides.contains("/" + path), "\(path) has no content type")
        }
        let app = try XMLNode.parse(try #require(files["docProps/app.xml"]))
        #expect(app.first("Slides")?.text == String(try slideParts(files).count))
        let core = try XMLNode.parse(try #require(files["docProps/core.xml"]))
        #expect(core.first("dc:language")?.text == "ja-JP")
    }
}
