import Testing
import ShiryoText

/// Frames line up under every width rule: with Ambiguous = wide each box-drawing character
/// takes two columns, so the layout keeps all spans even; with ASCII frames nothing is
/// Ambiguous. Every line of a frame (slide or table) has the same display width.
@Suite struct FrameAlignmentTests {
    @Test(arguments: [(FrameStyle.boxDrawing, AmbiguousWidth.wide), (.ascii, .narrow), (.ascii, .wide), (.boxDrawing, .narrow)])
    func framesLineUp(frame: FrameStyle, ambiguous: AmbiguousWidth) throws {
        for name in Fixtures.names {
            let document = try Fixtures.document(name)
            for width in stride(from: 20, through: 101, by: 9) {
                let options = TextRenderOptions(width: width, ambiguousWidth: ambiguous, frame: frame)
                let lines = try TextRenderer(options: options).render(document).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let frames = FrameScanner.frames(in: lines, style: frame)
                // Every document but the 詳細 without tables has frames (tables become
                // 「label：value」 lines where three columns do not fit).
                #expect(!frames.isEmpty || name == "kansensho-kihon-senryaku.detail" || width < 29)
                for block in frames {
                    let widths = Set(block.map { DisplayWidth.of($0, ambiguous: ambiguous) })
                    #expect(widths.count == 1, "\(name) \(options): widths \(widths) in frame at '\(block[0])'")
                    #expect((widths.first ?? 0) <= width)
                    #expect(FrameScanner.isClosed(block, style: frame), "\(name) \(options): open frame at '\(block[0])'")
                }
            }
        }
    }
}
