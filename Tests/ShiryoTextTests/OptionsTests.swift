import ShiryoModel
import Testing
import ShiryoText

@Suite struct OptionsTests {
    let document = Document(kind: .report, metadata: Metadata(title: "表題", identifier: "detail"), blocks: [])

    @Test func aWidthBelowTheMinimumIsAnErrorNotACrash() {
        for width in [-1, 0, 1, 19] {
            #expect(throws: TextRenderError.widthTooSmall(width: width, minimum: 20)) {
                try TextRenderer(options: .init(width: width)).render(document)
            }
        }
        #expect(TextRenderError.widthTooSmall(width: 10, minimum: 20).description
            == "text width 10 is too small: use a width of at least 20 columns")
        #expect(throws: TextRenderError.widthTooLarge(width: 5000, maximum: 1000)) {
            try TextRenderer(options: .init(width: 5000)).render(document)
        }
    }

    @Test func theMinimumWidthRendersEveryDocument() throws {
        for name in Fixtures.names {
            for frame in FrameStyle.allCases {
                for ambiguous in AmbiguousWidth.allCases {
                    let options = TextRenderOptions(width: 20, ambiguousWidth: ambiguous, frame: frame)
                    let text = try TextRenderer(options: options).render(try Fixtures.document(name))
                    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                        #expect(DisplayWidth.of(line, ambiguous: ambiguous) <= 20, "\(name) \(options): '\(line)'")
                    }
                }
            }
        }
    }

    @Test func optionNamesForTheCommandLine() {
        #expect(FrameStyle(rawValue: "box") == .boxDrawing)
        #expect(FrameStyle(rawValue: "ascii") == .ascii)
        #expect(AmbiguousWidth(rawValue: "wide") == .wide)
        #expect(TextRenderOptions() == TextRenderOptions(width: 80, ambiguousWidth: .narrow, frame: .boxDrawing))
        #expect(TextRenderer.formatName == "text")
    }

    @Test func outputIsLFTerminatedWithoutTrailingSpaces() throws {
        let text = try TextRenderer().render(try Fixtures.document("kansensho-kihon-senryaku.detail"))
        #expect(text.hasSuffix("\n"))
        #expect(!text.hasSuffix("\n\n"))
        #expect(!text.contains("\r"))
        #expect(!text.contains(" \n"))
        #expect(try TextRenderer().renderData(try Fixtures.document("kansensho-kihon-senryaku.detail")) == Data(text.utf8))
    }
}

import Foundation
