import ShiryoModel
import ShiryoRendering
import Testing
@testable import ShiryoText

/// The shortcuts of the line breaker and the layout give what the general paths give:
/// - a text of `SingleScalarClusters` is split per scalar, as `Character` would split it, and
///   one that fits its line is given as that line without being split at all;
/// - display widths from the Basic Multilingual Plane table are the generated table's;
/// - the renderer's output streamed in chunks is the string it returns.
@Suite struct FastPathTests {
    /// Texts that take the shortcut and texts that do not (combining marks, emoji sequences,
    /// CR LF, Hangul jamo, Prepend and Indic conjuncts, controls), alone and mixed into the
    /// genre's text, with the texts of both samples.
    static func corpus() throws -> [String] {
        let tricky = [
            "あ", "漢", "a", " ", "  ", "、", "。", "「", "」", "ー", "っ", "々", "〜", "～", "①", "※", "→", "■", "─", "Ｇ７", "ｱ", "｡",
            "😀", "👨‍👩‍👧", "🇯🇵", "\u{1F1E6}\u{1F1E8}\u{1F1E9}", "❤️", "👍\u{1F3FD}", "e\u{301}", "\u{301}", "か\u{3099}", "ｶﾞ", "\u{FF9E}",
            "\u{1100}", "\u{1161}", "\u{11A8}", "한", "\r", "\n", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "\t", "\u{200B}",
            "\u{200D}", "\u{FE0F}", "\u{0600}", "\u{0600} ", "क्\u{200D}ष", "क्ष", "\u{0E33}", "\u{0903}", "\u{20000}", "\u{3400}",
            "㈱", "㎡", "￥", "\u{E000}", "\u{FFFD}", "\u{7F}", "\u{1B}", "\u{AD}", "\u{A0}", "\u{2060}", "\u{FEFF}", "ß", "Ω",
            "https://example.org/a/b", "2023-2027", "12.96DID", "379,288",
        ]
        var texts = tricky
        var generator = TextGenerator(seed: 0x4641_5354)  // "FAST"
        var random = SeededGenerator(seed: 0x5041_5448)  // "PATH"
        for kind in TextGenerator.Kind.allCases {
            for _ in 0..<60 {
                var text = generator.text(kind, length: random.int(0...200))
                if random.chance(0.2) { text += "\n" + generator.text(kind, length: random.int(0...60)) }
                if random.chance(0.2) { text += "  " }
                texts.append(text)
            }
        }
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<random.int(0...40) {
                text += random.chance(0.4) ? random.pick(tricky) : generator.text(.mixed, length: random.int(1...6))
            }
            texts.append(text)
        }
        for name in Fixtures.names {
            let document = try Fixtures.document(name)
            for block in document.blocks {
                let text = block.plainText
                texts.append(text)
                texts += text.split(separator: "\n").map(String.init)
            }
        }
        return texts
    }

    /// The property the shortcut rests on, for every listed scalar: it joins no neighbour
    /// under any rule of UAX #29, so it is none of Extend, SpacingMark, ZWJ (after "a"),
    /// Prepend (before "a"), a regional indicator (doubled), a Hangul jamo or syllable (beside
    /// jamo L, V and T) or CR (CR itself is left out).
    @Test func listedScalarsAreClustersOfTheirOwn() {
        var listed = 0
        for value in UInt32(0)...0x10_FFFF where SingleScalarClusters.contains(value) {
            guard let scalar = Unicode.Scalar(value) else {
                Issue.record("U+\(String(value, radix: 16)) is listed but no scalar")
                continue
            }
            listed += 1
            let probes: [[Unicode.Scalar]] = [
                ["a", scalar, "a"], [scalar, scalar], [scalar, "\u{1100}"], [scalar, "\u{1161}"], [scalar, "\u{11A8}"],
                ["\u{1100}", scalar], [scalar, "\n"],
            ]
            for probe in probes {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: probe)
                if String(text).count != probe.count {
                    Issue.record("U+\(String(value, radix: 16)) joins a neighbour in \(probe.map(\.value))")
                }
            }
        }
        #expect(!SingleScalarClusters.contains(0x0D))
        #expect(listed > 150_000)
    }

    /// Scanned per scalar or through `Character`, every text gives the same clusters.
    @Test(arguments: AmbiguousWidth.allCases)
    func scanShortcutMatchesCharacters(ambiguous: AmbiguousWidth) throws {
        var shortcut = ClusterScan()
        var general = ClusterScan()
        var shortcutTaken = 0
        for text in try Self.corpus() {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                shortcut.scan(text, bytes: buffer, ambiguous: ambiguous, shortcut: true)
                general.scan(text, bytes: buffer, ambiguous: ambiguous, shortcut: false)
            }
            if text.unicodeScalars.allSatisfy({ SingleScalarClusters.contains($0.value) }) { shortcutTaken += 1 }
            #expect(general.count == text.count, "\(text.debugDescription)")
            #expect(shortcut.starts == general.starts, "\(text.debugDescription)")
            #expect(shortcut.firstScalars == general.firstScalars, "\(text.debugDescription)")
            #expect(shortcut.widths == general.widths, "\(text.debugDescription)")
            #expect(shortcut.isSpace == general.isSpace, "\(text.debugDescription)")
            #expect(shortcut.isNewline == general.isNewline, "\(text.debugDescription)")
            #expect(shortcut.hasNewline == general.hasNewline, "\(text.debugDescription)")
            #expect(shortcut.totalWidth == general.totalWidth, "\(text.debugDescription)")
            #expect(shortcut.totalWidth == DisplayWidth.of(text, ambiguous: ambiguous), "\(text.debugDescription)")
        }
        // Both kinds of text are in the corpus.
        #expect(shortcutTaken > 100)
    }

    /// Lines and break opportunities do not depend on the shortcut, at widths from one column
    /// (every cluster split off) to wider than any text.
    @Test(arguments: AmbiguousWidth.allCases)
    func wrappingDoesNotDependOnTheShortcut(ambiguous: AmbiguousWidth) throws {
        let fast = try LineBreaker(ambiguousWidth: ambiguous, scalarShortcut: true)
        let general = try LineBreaker(ambiguousWidth: ambiguous, scalarShortcut: false)
        for text in try Self.corpus() {
            #expect(fast.breakOpportunities(in: text) == general.breakOpportunities(in: text), "\(text.debugDescription)")
            for width in [1, 2, 3, 7, 20, 33, 60, 80, 1000] {
                #expect(fast.wrappedLines(text, width: width) == general.wrappedLines(text, width: width),
                        "width \(width): \(text.debugDescription)")
            }
        }
    }

    /// The width of a string, summed per scalar where the shortcut applies, is the sum of the
    /// widths of its `Character`s.
    @Test(arguments: AmbiguousWidth.allCases)
    func stringWidthIsTheSumOverCharacters(ambiguous: AmbiguousWidth) throws {
        for text in try Self.corpus() {
            let characters = text.reduce(0) { $0 + DisplayWidth.of($1, ambiguous: ambiguous) }
            #expect(DisplayWidth.of(text, ambiguous: ambiguous) == characters, "\(text.debugDescription)")
            #expect(DisplayWidth.of(text[...], ambiguous: ambiguous) == characters, "\(text.debugDescription)")
        }
    }

    /// The Basic Multilingual Plane table gives every scalar the width its class gives.
    @Test func widthTableMatchesTheClasses() {
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for ambiguous in AmbiguousWidth.allCases {
                let expected = switch EastAsianWidth.class(of: scalar) {
                case .zero: 0
                case .narrow: 1
                case .wide: 2
                case .ambiguous: ambiguous == .wide ? 2 : 1
                }
                if DisplayWidth.of(scalar, ambiguous: ambiguous) != expected {
                    Issue.record("U+\(String(value, radix: 16)) \(ambiguous)")
                }
            }
        }
    }

    /// Controls are found by their bytes: C0, DEL and the two-byte C1 controls, and nothing
    /// else (U+00A0 and U+0100 share the lead byte or the second byte with them).
    @Test func controlsAreNormalizedAway() {
        #expect(InlineText.normalized("a\u{85}b\u{9F}c\u{80}") == "abc")
        #expect(InlineText.normalized("a\u{A0}b\u{100}\u{140}c") == "a\u{A0}b\u{100}\u{140}c")
        #expect(InlineText.normalized("a\tb\u{7F}\r\nc\rd") == "a b\nc\nd")
        #expect(InlineText.normalized("漢字。") == "漢字。")
    }

    /// Streamed in chunks into a `RenderOutput`, a large report gives the bytes of the string
    /// `render(_:)` returns; trailing spaces go only where they are characters of their own.
    @Test func streamedOutputIsTheRenderedString() throws {
        let renderer = TextRenderer()
        let document = PerformanceTests.largeReport()
        let output = RenderOutput()
        try renderer.render(document, context: RenderContext(), to: output)
        let text = try renderer.render(document)
        #expect(output.bytes.count > 1 << 20)
        #expect(output.bytes == Array(text.utf8))

        // U+0600 (Prepend) takes the space after it into its cluster: that space stays.
        let prepend = Document(kind: .report, metadata: Metadata(title: "t", identifier: "d"),
                               blocks: [.paragraph([.text("\u{0600}  ")]), .paragraph([.text("ab  ")])])
        let lines = try renderer.render(prepend).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("\u{0600} "))
        #expect(lines.contains("ab"))
    }
}
