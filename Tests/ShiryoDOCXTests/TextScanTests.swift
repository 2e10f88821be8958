import Foundation
@testable import ShiryoDOCX
import Testing

/// `containsBreakOrTab` decides, for every text, whether it is taken apart into runs with
/// `<w:br/>` and `<w:tab/>`: the byte scan must agree with the scalars, for native strings and
/// for strings Foundation made (which may not be contiguous UTF-8).
@Suite struct TextScanTests {
    static let texts = [
        "", "資料", "a\tb", "行1\n行2", "改行\r\n", "末尾\r", "\u{0B}\u{0C}", "全角　空白", "📄\t", "tab\u{2028}",
        String(repeating: "評価指標の推移", count: 40) + "\n",
    ]

    @Test func byteScanAgreesWithTheScalars() {
        for text in Self.texts {
            let expected = text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\t" }
            #expect(text.containsBreakOrTab == expected, "\(text.debugDescription)")
            let bridged = NSString(string: text).appending("")
            #expect(bridged.containsBreakOrTab == expected, "bridged \(text.debugDescription)")
        }
    }
}
