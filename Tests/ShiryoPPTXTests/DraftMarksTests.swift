import Foundation
import ShiryoModel
@testable import ShiryoPPTX
import ShiryoRendering
import Testing

/// A draft's watermark and stamps on every slide, and the deck's core properties.
@Suite struct DraftMarksTests {
    static func names(_ data: Data) throws -> [[String]] {
        try slideParts(try parts(data)).map { slide in slide.all("p:cNvPr").compactMap { $0["name"] } }
    }

    @Test func aDraftHasTheWatermarkBehindEverythingAndTheStampsOnEverySlide() throws {
        var document = richSlides(image: nil)
        document.metadata.isDraft = true
        document.metadata.stamps = ["机上配布"]
        let data = try render(document)
        for names in try Self.names(data) {
            // The shape tree's own name is "", then the watermark comes first.
            #expect(names.dropFirst().first?.hasPrefix("透かし") == true, "\(names)")
            #expect(names.last?.hasPrefix("スタンプ") == true, "\(names)")
        }
        let slide = String(decoding: try #require(try parts(data)["ppt/slides/slide1.xml"]), as: UTF8.self)
        #expect(slide.contains("<a:t>案　机上配布</a:t>"))
        #expect(slide.contains("rot=\"18900000\""))
        let core = String(decoding: try #require(try parts(data)["docProps/core.xml"]), as: UTF8.self)
        #expect(core.contains("<cp:contentStatus>案</cp:contentStatus>"))
    }

    @Test func theOptionsDecide() throws {
        var document = richSlides(image: nil)
        document.metadata.isDraft = true
        for names in try Self.names(try render(document, options: ["watermark": "false"])) {
            #expect(!names.contains { $0.hasPrefix("透かし") })
            #expect(names.contains { $0.hasPrefix("スタンプ") }, "the stamp stays")
        }
        for names in try Self.names(try render(document, options: ["draft": "false"])) {
            #expect(!names.contains { $0.hasPrefix("透かし") || $0.hasPrefix("スタンプ") })
        }
        for names in try Self.names(try render(richSlides(image: nil), options: ["draft": "true"])) {
            #expect(names.contains { $0.hasPrefix("透かし") })
        }
        #expect(throws: RenderError.self) { try PPTXRenderer().validate(RenderOptions(["watermark": "maybe"])) }
    }

    @Test func aFinalDeckHasNoMarks() throws {
        for names in try Self.names(try render(richSlides(image: nil))) {
            #expect(!names.contains { $0.hasPrefix("透かし") || $0.hasPrefix("スタンプ") })
        }
    }
}
