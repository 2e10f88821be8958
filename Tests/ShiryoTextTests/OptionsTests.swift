import ShiryoModel
import Testing
import ShiryoRendering
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
        #expect(TextRenderer().formatName == "text")
    }

    /// The command line's `--width 60 --ambiguous wide --ascii` reach the renderer as
    /// options of the render context; bad values are refused with the option's name.
    @Test func contextOptionsOverrideTheRenderersOwn() throws {
        let document = try Fixtures.document("kansensho-kihon-senryaku.summary")
        let context = RenderContext(options: RenderOptions(["width": "60", "ambiguous": "wide", "ascii": "true"]))
        let viaContext = try TextRenderer().renderBytes(document, context: context)
        let direct = try TextRenderer(options: TextRenderOptions(width: 60, ambiguousWidth: .wide, frame: .ascii))
            .render(document)
        #expect(viaContext == Array(direct.utf8))
        #expect(try TextRenderer().renderBytes(document) == Array(try TextRenderer().render(document).utf8))
        for (name, value, expected) in [("width", "abc", "expected a whole number"), ("width", "5", "from 20 to 1000"),
                                        ("ambiguous", "huge", "narrow, wide"), ("ascii", "maybe", "true or false")] {
            let bad = RenderContext(options: RenderOptions([name: value]))
            #expect {
                _ = try TextRenderer().renderBytes(document, context: bad)
            } throws: { error in
                let text = String(describing: error)
                return text.contains("text: option \(name)=\(value)") && text.contains(expected)
            }
        }
    }

    @Test func outputIsLFTerminatedWithoutTrailingSpaces() throws {
        let text = try TextRenderer().render(try Fixtures.document("kansensho-kihon-senryaku.detail"))
        #expect(text.hasSuffix("\n"))
        #expect(!text.hasSuffix("\n\n"))
        #expect(!text.contains("\r"))
        #expect(!text.contains(" \n"))
        #expect(try TextRenderer().renderBytes(try Fixtures.document("kansensho-kihon-senryaku.detail")) == Array(text.utf8))
    }
}

import Foundation
