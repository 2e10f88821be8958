import Foundation
@testable import ShiryoDOCX
import ShiryoModel
import Testing

/// The page estimate counts the lines of every paragraph and cell straight from its inlines;
/// that count must be the one of the plain text the inlines print.
@Suite struct PageEstimateLineCountTests {
    static let long = String(repeating: "評価指標の推移 and its trend ", count: 12)

    static let inlineCases: [[Inline]] = [
        [],
        [.text("")],
        [.text("資料")],
        [.text(long)],
        [.text("行1\n行2"), .lineBreak, .text("行3")],
        [.lineBreak],
        [.lineBreak, .lineBreak],
        [.text("末尾\n")],
        [.strong([.text("重要"), .emphasis([.text(long)])]), .text("続き")],
        [.footnoteReference(FootnoteReference(id: "n1", label: "※1")), .text(long)],
        [.crossReference(CrossReference(anchor: "a", content: [.text("資料1-2"), .lineBreak, .text(long)]))],
        [.text("\r"), .text("\n"), .text("half-width ascii " + long)],
    ]

    @Test func linesOfInlinesAreTheLinesOfTheirPlainText() {
        for (index, inlines) in Self.inlineCases.enumerated() {
            for (size, width) in [(10.5, 9000.0), (9.5, 1200), (16, 400), (10.5, 1)] {
                let expected = PageEstimate.lines(inlines.plainText, size: size, width: width)
                #expect(
                    PageEstimate.lines(inlines, size: size, width: width) == expected,
                    "case \(index) at \(size) pt in \(width) twips")
            }
        }
    }

    @Test func linesCountBreaksAndWidths() {
        #expect(PageEstimate.lines("", size: 10, width: 2000) == 1)
        #expect(PageEstimate.lines("a\nb", size: 10, width: 2000) == 2)
        // 10 ems a line: eleven CJK characters take two.
        #expect(PageEstimate.lines(String(repeating: "資", count: 11), size: 10, width: 2000) == 2)
        #expect(PageEstimate.lines([.text("資"), .lineBreak, .text("資")], size: 10, width: 2000) == 2)
    }
}

/// The line count reads native strings byte by byte: it must weigh every scalar as the
/// scalar rule does (half an em below U+2000, a whole one from there), bridged strings too.
@Suite struct LineCountByteScanTests {
    static func scalarLines(_ text: String, perLine: Double) -> Int {
        var total = 0
        var ems = 0.0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                total += max(Int((ems / perLine).rounded(.up)), 1)
                ems = 0
            } else {
                ems += scalar.value < 0x2000 ? 0.55 : 1
            }
        }
        return total + max(Int((ems / perLine).rounded(.up)), 1)
    }

    @Test func bytesAreWeighedAsTheirScalars() {
        let boundaries: [UInt32] = [0x0A, 0x0D, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFF, 0x1000, 0x1FFF, 0x2000, 0x3000, 0xFFFD, 0x10000, 0x10FFFF]
        for value in boundaries {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for count in [1, 3, 7, 19] {
                let text = String(repeating: String(Character(scalar)), count: count) + "a\n資"
                let expected = Self.scalarLines(text, perLine: 2)
                #expect(PageEstimate.lines(text, size: 10, width: 400) == expected, "U+\(String(value, radix: 16)) × \(count)")
                let bridged = NSString(string: text).appending("")
                #expect(PageEstimate.lines(bridged, size: 10, width: 400) == expected, "bridged U+\(String(value, radix: 16))")
            }
        }
    }
}
