import Foundation
import Testing
@testable import ShiryoFollowUp

/// No input crashes the loader or the assemblers: every mutation of a real report either
/// loads (and then assembles) or is refused with diagnostics.
@Suite struct RobustnessTests {
    struct Mutator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return bound <= 1 ? 0 : Int((state >> 33) % UInt64(bound))
        }

        static let inserts = ["\t", ":", "- ", "**", "[^", "{", "]", "\"", "'", "\n", "  ", "&a", "*a", "!!int ",
                              "null", "~", "１", "\u{0}", "\u{FFFE}", "#", "|", ">"]

        mutating func mutate(_ text: String) -> String {
            var scalars = Array(text.unicodeScalars)
            for _ in 0...next(3) {
                guard !scalars.isEmpty else { break }
                let position = next(scalars.count)
                switch next(4) {
                case 0:
                    let length = min(scalars.count - position, 1 + next(40))
                    scalars.removeSubrange(position..<(position + length))
                case 1:
                    scalars.insert(contentsOf: Self.inserts[next(Self.inserts.count)].unicodeScalars, at: position)
                case 2:
                    let length = min(scalars.count - position, 1 + next(200))
                    let chunk = scalars[position..<(position + length)]
                    scalars.insert(contentsOf: chunk, at: next(scalars.count))
                default:
                    scalars[position] = Unicode.Scalar(UInt8(32 + next(90)))
                }
            }
            var result = String.UnicodeScalarView()
            result.append(contentsOf: scalars)
            return String(result)
        }
    }

    @Test(arguments: Package.sampleNames)
    func mutatedReportsNeverCrash(sample: String) throws {
        let url = Package.samples.appendingPathComponent(sample).appendingPathComponent("report.yaml")
        let original = try String(contentsOf: url, encoding: .utf8)
        var mutator = Mutator(state: 42)
        var loaded = 0
        var refused = 0
        for _ in 0..<150 {
            let text = mutator.mutate(original)
            do {
                let report = try ReportLoader().load(text: text, file: "mutated.yaml", baseDirectory: nil)
                _ = FollowUpDocument.allCases.map { $0.assemble(report) }
                loaded += 1
            } catch let error as ValidationError {
                #expect(!error.diagnostics.isEmpty)
                for diagnostic in error.diagnostics {
                    #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
                }
                refused += 1
            }
        }
        #expect(loaded + refused == 150)
        #expect(refused > 0, "the mutations should break some reports")
    }
}
