import Foundation
import Testing
@testable import ShiryoFollowUp

/// The loader's fast paths against the general paths they stand in for, on inputs that take
/// both: a wrong shortcut fails here, not only on the one file that would show it.
@Suite struct LoaderFastPathTests {
    /// A fixed pseudo-random sequence (the same inputs on every run).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Byte sequences around every edge of the rule: controls, C1, noncharacters, malformed,
    /// overlong, surrogate and cut-off UTF-8.
    static let edgeSequences: [[UInt8]] = {
        var sequences: [[UInt8]] = (0...0xFF).map { [UInt8($0)] }
        sequences += (0x80...0xC0).map { [0xC2, UInt8($0)] }
        sequences += (0x80...0xBF).flatMap { second in [[0xEF, 0xB7, UInt8(second)], [0xEF, 0xBF, UInt8(second)]] }
        sequences += [
            [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF0, 0x9F, 0xBF, 0xBE], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
            [0xE3, 0x81], [0xF0, 0x9F, 0x98], [0xE2, 0x80, 0xA8], [0x0D, 0x0A], [0xEF, 0xBB, 0xBF],
        ]
        return sequences
    }()

    static func randomBytes(_ generator: inout Generator) -> [UInt8] {
        let pieces: [[UInt8]] = [Array("計画".utf8), Array("ab: ".utf8), [0x0A], [0x09]] + edgeSequences
        var bytes: [UInt8] = []
        for _ in 0..<generator.next(12) {
            // Mostly good text, now and then an edge sequence, so both outcomes are common.
            bytes += generator.next(4) == 0 ? pieces[generator.next(pieces.count)] : pieces[generator.next(4)]
        }
        return bytes
    }

    @Test func isCleanAgreesWithByteProblems() {
        var generator = Generator(state: 12)
        var inputs = Self.edgeSequences.flatMap { [$0, Array("計画".utf8) + $0 + Array("x\n".utf8), $0 + $0] }
        for _ in 0..<5_000 { inputs.append(Self.randomBytes(&generator)) }
        var clean = 0
        for bytes in inputs {
            var noCopy: [UInt8]?
            let general = bytes.withUnsafeBufferPointer { InputCharacters.byteProblems($0, sanitized: &noCopy).isEmpty }
            let fast = bytes.withUnsafeBufferPointer { InputCharacters.isClean($0) }
            #expect(fast == general, "\(bytes)")
            if general { clean += 1 }
        }
        // Both answers occur often enough to test the shortcut.
        #expect(clean > 500 && clean < inputs.count - 500)
    }

    @Test func firstDisallowedAgreesWithTheScalarLoop() {
        var scalars: [Unicode.Scalar] = []
        let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0x3000...0x30FF, 0xFD00...0xFFFF, 0x1F600...0x1F610]
        for range in ranges { scalars += range.compactMap(Unicode.Scalar.init) }
        for plane in UInt32(1)...16 { scalars += [plane << 16 | 0xFFFD, plane << 16 | 0xFFFE, plane << 16 | 0xFFFF].compactMap(Unicode.Scalar.init) }
        var slow = 0
        for scalar in scalars {
            for text in ["\(scalar)", "計画の\(scalar)進捗", "abc\(scalar)", "\(scalar)（注）"] {
                let general = InputCharacters.firstDisallowedScalar(in: text)
                let fast = InputCharacters.firstDisallowed(in: text)
                #expect(fast?.offset == general?.offset && fast?.scalar == general?.scalar, "\(scalar.value)")
                if text.utf8.withContiguousStorageIfAvailable({ InputCharacters.mayHoldDisallowed($0) }) == true {
                    slow += 1
                }
            }
        }
        #expect(slow > 0 && slow < scalars.count * 4)
    }

    @Test func mayHoldMarkupAgreesWithAByteSearch() {
        let texts = ["", "計画", "a*b", "[^注1]", "行1\n行2", "\\*", "（注）", String(repeating: "進捗", count: 40) + "*",
                     String(repeating: "x", count: 15) + "[", String(repeating: "進", count: 100)]
        for text in texts {
            let general = text.utf8.contains { [0x5C, 0x2A, 0x5B, 0x0A].contains($0) }
            #expect(InlineMarkup.mayHoldMarkup(text) == general, "\(text)")
            #expect(InlineMarkup.mayHoldMarkup(String(text.utf8.map { Character(Unicode.Scalar($0)) })) == general)
        }
    }

    @Test func nestedCollectionsKeepTheirOwnChildren() throws {
        let yaml = """
        a:
          - {x: 1, y: [2, 3]}
          - []
          - {}
          - [[4], {z: 5}]
        b: &m {k: [6]}
        c: *m
        d: 7

        """
        let root = try #require(try YAMLComposer.compose(yaml))
        func shape(_ node: YAMLNode) -> String {
            switch node {
            case .scalar(let scalar): scalar.string
            case .sequence(let sequence): "[" + sequence.nodes.map(shape).joined(separator: ",") + "]"
            case .mapping(let mapping): "{" + mapping.pairs.map { shape($0.key) + ":" + shape($0.value) }.joined(separator: ",") + "}"
            }
        }
        #expect(shape(root) == "{a:[{x:1,y:[2,3]},[],{},[[4],{z:5}]],b:{k:[6]},c:{k:[6]},d:7}")
        #expect(root["d"]?.mark == YAMLNode.Mark(line: 8, column: 4))
        guard case .mapping(let top) = root, case .sequence(let list)? = top["a"] else {
            Issue.record("not the shape written")
            return
        }
        #expect(list.nodes.map { $0.mark?.line } == [2, 3, 4, 5])
    }

    @Test func bytesAndTextLoadAlike() {
        // The same damaged report through the bytes path (with and without a byte order
        // mark) and the text path: the same diagnostics.
        let yaml = minimalReport.replacingOccurrences(of: "テスト計画", with: "テスト\u{7}計画") + "bogus: 1\n"
        func diagnosticsOf(_ load: () throws -> FollowUpReport) -> [Diagnostic] {
            do {
                _ = try load()
                return []
            } catch let error as ValidationError {
                return error.diagnostics
            } catch {
                return []
            }
        }
        let text = diagnosticsOf { try ReportLoader().load(text: yaml, file: "t.yaml", baseDirectory: nil) }
        let data = diagnosticsOf { try ReportLoader().load(data: Data(yaml.utf8), file: "t.yaml", baseDirectory: nil) }
        let marked = diagnosticsOf {
            try ReportLoader().load(data: Data([0xEF, 0xBB, 0xBF] + Array(yaml.utf8)), file: "t.yaml", baseDirectory: nil)
        }
        #expect(!text.isEmpty)
        #expect(text == data && data == marked)
        let syntax = "a: [\n"
        let syntaxText = diagnosticsOf { try ReportLoader().load(text: syntax, file: "t.yaml", baseDirectory: nil) }
        let syntaxData = diagnosticsOf { try ReportLoader().load(data: Data(syntax.utf8), file: "t.yaml", baseDirectory: nil) }
        #expect(!syntaxText.isEmpty && syntaxText == syntaxData)
        #expect(diagnosticsOf { try ReportLoader().load(data: Data(), file: "t.yaml", baseDirectory: nil) }.first?.message
            .hasPrefix("the file is empty") == true)
    }

    @Test func oneOfAgreesWithWordThenRawValue() throws {
        // `oneOf` answers a known name without going through `word`: for every way of writing
        // a value, the same value and the same diagnostics as `word` then the raw value.
        let values = ["dot", "bullet", "none", "'dot'", "\"none\"", "Dot", "dots", "1", "-2", "true", "false",
                      "null", "~", "''", "\"do\\at\"", "\"dot\\u0085\"", "[dot]", "{list: dot}", "\"\"", "|\n  dot\n"]
        var fast = 0
        for value in values {
            let root = try #require(try YAMLComposer.compose("style: \(value)\n"))
            let node = try #require(root["style"])
            let path = KeyPath.root.appending("style")
            let oneOfReader = NodeReader(file: "t.yaml")
            let found = oneOfReader.oneOf(node, path, CellContent.ListStyle.self)
            let generalReader = NodeReader(file: "t.yaml")
            let general = generalReader.word(node, path, what: "one of bullet, dot, none")
                .flatMap(CellContent.ListStyle.init(rawValue:))
            #expect(found == general, "\(value)")
            if general != nil {
                fast += 1
                #expect(oneOfReader.diagnostics.isEmpty && generalReader.diagnostics.isEmpty, "\(value)")
            } else {
                #expect(!oneOfReader.diagnostics.isEmpty, "\(value)")
                #expect(oneOfReader.diagnostics.first?.location == generalReader.diagnostics.first?.location
                    || generalReader.diagnostics.isEmpty, "\(value)")
            }
        }
        // Both outcomes occur.
        #expect(fast >= 5 && fast < values.count - 5)
    }

    @Test func pathLoadAgreesWithDataLoad() throws {
        // `load(path:)` lets the bytes go before decoding: the same report, and the same
        // diagnostics, as the bytes loaded whole.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let damaged = minimalReport.replacingOccurrences(of: "テスト計画", with: "テスト\u{7}計画") + "bogus: 1\n"
        for (name, yaml) in [("good.yaml", minimalReport), ("bad.yaml", damaged), ("syntax.yaml", "a: [\n"), ("empty.yaml", "")] {
            let url = folder.appendingPathComponent(name)
            try Data(yaml.utf8).write(to: url)
            func outcome(_ load: () throws -> FollowUpReport) -> Result<FollowUpReport, ValidationError> {
                do {
                    return .success(try load())
                } catch let error as ValidationError {
                    return .failure(error)
                } catch {
                    return .failure(ValidationError(diagnostics: []))
                }
            }
            let byPath = outcome { try ReportLoader().load(path: url.path) }
            let byData = outcome { try ReportLoader().load(data: Data(yaml.utf8), file: url.path, baseDirectory: folder) }
            switch (byPath, byData) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "\(name)")
                #expect(name == "good.yaml")
            case (.failure(let a), .failure(let b)):
                #expect(!a.diagnostics.isEmpty && a.diagnostics == b.diagnostics, "\(name)")
            default:
                Issue.record("\(name): one load succeeded, the other failed")
            }
        }
    }

    @Test func checkedBytesMakeEscapesTheOnlyWayToABadCharacter() throws {
        // The reader skips the character check of a scalar without escapes once the file's
        // bytes passed `isClean`: whatever such bytes say, in every style but double-quoted,
        // the value holds no character a value may not hold.
        var generator = Generator(state: 2024)
        let pieces = ["計画", "a", "\t", "\r\n", "\r", "\n", " ", "\u{FEFF}", "\u{FFFD}", "\u{10FFFD}", "\u{2028}",
                      "\u{85}", "\u{7}", String(decoding: [0xEF, 0xBF, 0xBE], as: UTF8.self),
                      String(decoding: [0xEF, 0xB7, 0x90], as: UTF8.self), "\u{7F}", "\u{9F}", "'", "#", ": ", "\\a", "\\x85",
                      "\\uFFFE", "\\t"]
        var checkedWritten = 0
        var escapedBad = 0
        for _ in 0..<4_000 {
            var content = ""
            for _ in 0..<(1 + generator.next(6)) { content += pieces[generator.next(pieces.count)] }
            let block = content.replacingOccurrences(of: "\n", with: "\n  ")
            let documents: [(String, YAMLNode.Scalar.Style)] = [
                ("k: x\(content)\n", .plain),
                ("k: '\(content.replacingOccurrences(of: "'", with: "''"))'\n", .singleQuoted),
                ("k: |\n  \(block)\n", .literal),
                ("k: >\n  \(block)\n", .folded),
                ("k: \"\(content.replacingOccurrences(of: "\"", with: ""))\"\n", .doubleQuoted),
            ]
            for (document, style) in documents {
                let bytes = Array(document.utf8)
                guard bytes.withUnsafeBufferPointer({ InputCharacters.isClean($0) }),
                      let root = try? YAMLComposer.compose(document), let scalar = root["k"]?.scalar
                else { continue }
                let bad = InputCharacters.firstDisallowed(in: scalar.string)
                if NodeReader.takesCharactersAsWritten(scalar.style) {
                    #expect(bad == nil, "\(Array(document.unicodeScalars.map(\.value)))")
                    checkedWritten += 1
                } else if bad != nil {
                    #expect(style == .doubleQuoted)
                    escapedBad += 1
                }
            }
        }
        // Many values are taken as written, and escapes do make bad characters.
        #expect(checkedWritten > 2_000 && escapedBad > 100)
    }

    @Test func checkedReaderReportsWhatTheFullCheckReports() throws {
        // The same damaged values through the loader (bytes checked, shortcut on) and through
        // a reader that checks every scalar: the same diagnostics.
        let values = ["\"a\\a\"", "'plain'", "\"\\x85x\"", "|\n    block\n", "\"ok\"", "\"\\uFFFEz\"", "plain text"]
        for value in values {
            let yaml = minimalReport.replacingOccurrences(of: "title: 「テスト計画」に基づく施策のフォローアップ", with: "title: \(value)")
            #expect(yaml != minimalReport)
            var loaded: [Diagnostic] = []
            do {
                _ = try ReportLoader().load(text: yaml, file: "t.yaml", baseDirectory: nil)
            } catch let error as ValidationError {
                loaded = error.diagnostics
            }
            let root = try #require(try YAMLComposer.compose(yaml))
            let reader = NodeReader(file: "t.yaml")
            _ = ReportDecoder(reader: reader, baseDirectory: nil).report(root)
            #expect(loaded == reader.diagnostics.sorted { $0.location < $1.location }, "\(value)")
        }
    }

    @Test func wordScansAgreeWithByteLoops() {
        // The eight-bytes-at-a-time markup scan against a byte search (and the file check
        // against its general path), with every byte value at every place of texts around
        // word lengths, after ASCII and after kanji.
        var markupChecked = 0
        var cleanDiffers = 0
        for prefix in ["", "a", "計", "abcdefg", "計画の"] {
            for length in 0..<20 {
                for place in 0..<max(length, 1) {
                    for value in UInt8(0)...UInt8(0xFF) {
                        var bytes = Array(prefix.utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: length)
                        if length > 0 { bytes[prefix.utf8.count + place] = value }
                        let text = String(decoding: bytes, as: UTF8.self)
                        let general = text.utf8.contains { [0x5C, 0x2A, 0x5B, 0x0A].contains($0) }
                        #expect(InlineMarkup.mayHoldMarkup(text) == general)
                        markupChecked += 1
                        var noCopy: [UInt8]?
                        let clean = bytes.withUnsafeBufferPointer { InputCharacters.byteProblems($0, sanitized: &noCopy).isEmpty }
                        #expect(bytes.withUnsafeBufferPointer { InputCharacters.isClean($0) } == clean, "\(bytes)")
                        if !clean { cleanDiffers += 1 }
                    }
                }
            }
        }
        #expect(markupChecked > 100_000 && cleanDiffers > 10_000)
    }

    @Test func textPoolGivesWhatDecodingGives() {
        // The composer's pool of texts against `String(decoding:)`, on texts written again
        // and again, texts that differ in one byte, malformed bytes and every length
        // around the 15 bytes a string holds inline.
        var generator = Generator(state: 99)
        let pieces: [[UInt8]] = [Array("計画".utf8), Array("ab".utf8), [0x0A], [0xFF], [0xE3, 0x81], Array("x".utf8)]
        var seen: [[UInt8]] = []
        var pool = YAMLComposer.TextPool()
        var repeated = 0
        for _ in 0..<6_000 {
            var bytes: [UInt8]
            if !seen.isEmpty, generator.next(3) == 0 {
                bytes = seen[generator.next(seen.count)]
                repeated += 1
                // Now and then one byte changed: same length, other text.
                if generator.next(2) == 0, !bytes.isEmpty { bytes[generator.next(bytes.count)] ^= 0x01 }
            } else {
                bytes = []
                for _ in 0..<generator.next(14) { bytes += pieces[generator.next(pieces.count)] }
                seen.append(bytes)
            }
            let pooled = bytes.withUnsafeBufferPointer { pool.string(of: $0) }
            let decoded = String(decoding: bytes, as: UTF8.self)
            #expect(pooled == decoded && Array(pooled.utf8) == Array(decoded.utf8), "\(bytes)")
        }
        #expect(repeated > 1_000 && seen.contains { $0.count > 15 } && seen.contains { $0.count <= 15 })
    }
}

