import Foundation
@testable import ShiryoDOCX
import ShiryoModel
import ShiryoOOXML
import Testing

@Suite struct PackageTests {
    static let expectedParts = [
        "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
        "word/styles.xml", "word/numbering.xml", "word/footnotes.xml", "word/settings.xml", "word/fontTable.xml",
        "word/theme/theme1.xml", "word/header1.xml", "word/header2.xml", "word/footer1.xml", "docProps/core.xml", "docProps/app.xml",
    ]

    @Test(arguments: [sampleReport(), sampleSlides()])
    func packageHasTheExpectedWellFormedParts(_ document: Document) throws {
        let data = try DOCXRenderer().render(document, options: DOCXRenderOptions())
        let paths = try PackageReader.paths(of: data)
        #expect(Set(paths) == Set(Self.expectedParts))
        #expect(paths.first == "[Content_Types].xml")
        let parts = try parts(data)
        for (path, bytes) in parts {
            let parsed = ParsedXML(bytes)
            #expect(parsed.wellFormed, "\(path): \(parsed.error ?? "")")
        }
        // Every part but the relationships and content types has an override.
        let overrides = try xml(parts, "[Content_Types].xml").all("Override").compactMap { $0["PartName"] }
        for path in paths where !path.hasSuffix(".rels") && path != "[Content_Types].xml" {
            #expect(overrides.contains("/" + path))
        }
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        let first = try DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions())
        let second = try DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions())
        #expect(first == second)
    }

    /// Every local header and central directory entry stores DOS time 00:00 and date
    /// 1980-01-01 (0x0021), whatever the process's time zone; files are 0644.
    @Test func zipEntriesHaveFixedDatesAndPermissions() throws {
        let data = [UInt8](try DOCXRenderer().render(sampleSlides(), options: DOCXRenderOptions()))
        func u16(_ offset: Int) -> Int { Int(data[offset]) | Int(data[offset + 1]) << 8 }
        func u32(_ offset: Int) -> UInt32 { UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16 }
        var local = 0
        var central = 0
        for offset in 0..<(data.count - 46) {
            switch u32(offset) {
            case 0x0403_4B50:
                #expect(u16(offset + 10) == 0 && u16(offset + 12) == 0x0021)
                local += 1
            case 0x0201_4B50:
                #expect(u16(offset + 12) == 0 && u16(offset + 14) == 0x0021)
                #expect(u32(offset + 38) >> 16 == 0o100644)
                central += 1
            default:
                break
            }
        }
        #expect(local == Self.expectedParts.count && central == Self.expectedParts.count)
    }

    @Test func slidesAreLandscapeA4AndReportsPortrait() throws {
        let slides = try xml(parts(DOCXRenderer().render(sampleSlides(), options: DOCXRenderOptions())), "word/document.xml")
        #expect(slides.all("w:pgSz").first == ["w:w": "16838", "w:h": "11906", "w:orient": "landscape"])
        let report = try xml(parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions())), "word/document.xml")
        #expect(report.all("w:pgSz").first == ["w:w": "11906", "w:h": "16838"])
    }

    @Test func japaneseDefaultsAreSet() throws {
        let parts = try parts(DOCXRenderer().render(sampleReport(), options: DOCXRenderOptions()))
        let styles = try xml(parts, "word/styles.xml")
        #expect(styles.all("w:lang").contains { $0["w:eastAsia"] == "ja-JP" })
        #expect(styles.all("w:rFonts").first?["w:eastAsia"] == "Noto Sans CJK JP")
        #expect(!styles.all("w:kinsoku").isEmpty)
        let document = try xml(parts, "word/document.xml")
        #expect(document.all("w:rFonts").contains { $0["w:hint"] == "eastAsia" })
        let core = try xml(parts, "docProps/core.xml")
        #expect(core.all("dcterms:created").isEmpty, "no clock time in core.xml")
    }
}
