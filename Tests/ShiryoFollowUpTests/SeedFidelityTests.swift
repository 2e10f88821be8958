import Foundation
import ShiryoModel
import Testing
@testable import ShiryoFollowUp

/// The samples must reproduce the real documents they were transcribed from: every piece of
/// each seed's text (each line, table cell and sentence of the PDF extraction) must appear in
/// the 概要 or the 詳細 assembled from the sample.
@Suite struct SeedFidelityTests {
    /// Pieces of a seed that Shiryo deliberately writes differently, each with the reason.
    /// Patterns match a whole normalised piece.
    static let knownDifferences: [String: [(pattern: String, reason: String)]] = [
        "kansensho-kihon-senryaku": [
            ("本資料は2024年３月31日時点のものである。",
             "the as-of sentence is derived in one wording, 本資料は、…時点のものである。, with a comma"),
        ],
        "amr-action-plan": [
            ("目標\\d\\..*", "the 詳細's goal headings print 目標1 without the source's full stop after the number"),
            ("戦略1.1薬剤耐性（AMR）の認知度、理解度",
             "the source headed strategy 1.1's indicator rows with its first group; Shiryo repeats the strategy's title"),
            ("戦略3.3薬剤耐性感染症の集団発生への対応能力の強化",
             "the source worded strategy 3.3's indicator heading differently from its title"),
            ("厚生労働省内閣府食品安全委員会、農林水産省、環境省",
             "a row with several ministries lists them all with 、"),
            ("厚生労働省外務省", "a row with several ministries lists them all with 、"),
            ("（関係府省庁：内閣感染症危機管理統括庁、.*",
             "one strategy names the office without 内閣官房; the registry has one official name per ministry"),
        ],
    ]

    /// Makes text comparable across a PDF extraction and our model: no whitespace (the PDF
    /// breaks lines anywhere and spaces CJK text), no bullet glyphs, no markup, one kind of
    /// full stop after numbers, one width of parentheses (the source mixes them).
    static func normalise(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if text[index...].hasPrefix("**") {
                index = text.index(index, offsetBy: 2)
                continue
            }
            switch character {
            case _ where character.isWhitespace: break
            case "•", "⃝", "・": break
            case "．": result.append(".")
            case "(": result.append("（")
            case ")": result.append("）")
            default: result.append(character)
            }
            index = text.index(after: index)
        }
        return result
    }

    /// The seed's pieces: its lines and table cells, cut after each 。, with HTML tags and
    /// dash rules removed.
    static func pieces(ofSeed seed: String) -> [String] {
        let untagged = seed.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)
        var pieces: [String] = []
        for var line in untagged.split(whereSeparator: { $0 == "\n" || $0 == "\t" }) {
            // The extraction marks some bullets with "- ".
            if line.hasPrefix("- ") { line = line.dropFirst(2) }
            var sentence = ""
            for character in line {
                sentence.append(character)
                if character == "。" {
                    pieces.append(sentence)
                    sentence = ""
                }
            }
            pieces.append(sentence)
        }
        return pieces.map(normalise).filter { !$0.isEmpty && !$0.allSatisfy { $0 == "-" } }
    }

    @Test(arguments: Package.sampleNames)
    func everySeedPieceAppearsInTheAssembledDocuments(sample: String) throws {
        let report = try Package.sample(sample)
        let text = Self.normalise(FollowUpDocument.allCases.map { $0.assemble(report).plainText }.joined(separator: "\n"))
        let differences = Self.knownDifferences[sample] ?? []
        var missing: [String] = []
        var usedDifferences = Set<String>()
        for piece in Self.pieces(ofSeed: try Package.seedText(sample)) where !text.contains(piece) {
            if let known = try differences.first(where: { piece.wholeMatch(of: try Regex($0.pattern)) != nil }) {
                usedDifferences.insert(known.pattern)
            } else {
                missing.append(piece)
            }
        }
        #expect(missing.isEmpty, "pieces of the seed missing from the documents:\n\(missing.joined(separator: "\n"))")
        let unused = differences.map(\.pattern).filter { !usedDifferences.contains($0) }
        #expect(unused.isEmpty, "known differences that no longer occur (remove them): \(unused)")
    }
}
