import Testing
import ShiryoText

/// Properties of the line breaker over generated Japanese, Latin and mixed text, widths
/// 20…100, Ambiguous narrow and wide:
/// - no line is wider than the width;
/// - joining the lines gives back the text exactly (see `WrapChecks.roundTrip`: a junction is
///   a hard break of the input or nothing, and only the spaces right before it are dropped);
/// - no line starts with a prohibited character, ends with an opening bracket or splits a
///   Latin word or number, unless the characters around the break allow no break at all and
///   are wider than the line (then `WrapChecks.violations` lets it pass);
/// - no line ends with a space, and no line made by a break starts with one.
@Suite struct LineBreakerPropertyTests {
    static let seed: UInt64 = 0x5348_4952_594F  // "SHIRYO"

    @Test(arguments: AmbiguousWidth.allCases, TextGenerator.Kind.allCases)
    func wrappedTextKeepsTheRules(ambiguous: AmbiguousWidth, kind: TextGenerator.Kind) throws {
        let breaker = try LineBreaker(ambiguousWidth: ambiguous)
        var generator = TextGenerator(seed: Self.seed &+ UInt64(kind.hashValue & 0xFF) &+ (ambiguous == .wide ? 1 : 0))
        var random = SeededGenerator(seed: Self.seed)
        var unavoidable = 0
        for caseNumber in 0..<150 {
            var input = generator.text(kind, length: random.int(1...400))
            if random.chance(0.15) { input += "\n" + generator.text(kind, length: random.int(0...80)) }
            let width = random.int(20...100)
            let lines = breaker.wrap(input, width: width)
            let context = "case \(caseNumber), width \(width), \(ambiguous), \(kind): \(input.debugDescription)"

            for line in lines {
                #expect(DisplayWidth.of(line, ambiguous: ambiguous) <= width, "too wide: '\(line)' — \(context)")
                #expect(line.last != " ", "trailing space: '\(line)' — \(context)")
            }
            switch WrapChecks.roundTrip(input: input, lines: lines) {
            case .failure(let failure):
                Issue.record("round trip: \(failure) — \(context)")
            case .success(let junctions):
                for junction in junctions where !junction.isHard {
                    let characters = Array(input)
                    if junction.nextIndex < characters.count {
                        #expect(characters[junction.nextIndex] != " ", "line starts with a space — \(context)")
                    }
                }
                let result = WrapChecks.check(input: input, junctions: junctions, width: width, ambiguous: ambiguous)
                #expect(result.violations.isEmpty, "\(result.violations) — \(context)")
                unavoidable += result.unavoidable
            }
        }
        // The generator makes runs longer than some lines (。。。…, long URLs), so the
        // unavoidable case is exercised, not only allowed.
        #expect(unavoidable > 0)
    }

    /// Unavoidable violations do happen (runs of 。 or ー longer than the line, long URLs),
    /// and are exactly the ones inside a run without an allowed break that is wider than the
    /// line: the test above accepts no other.
    @Test func unavoidableBreaksAreSplitsOfOverlongRuns() throws {
        let breaker = try LineBreaker()
        let input = "あ" + String(repeating: "。", count: 30) + "い"
        let lines = breaker.wrap(input, width: 20)
        #expect(lines.count == 4)
        guard case .success(let junctions) = WrapChecks.roundTrip(input: input, lines: lines) else {
            Issue.record("round trip failed")
            return
        }
        // Starting a line with 。 cannot be helped here, and the check knows it.
        #expect(lines[1].first == "。")
        #expect(WrapChecks.violations(input: input, junctions: junctions, width: 20, ambiguous: .narrow).isEmpty)
        // At a width where the run fits, the same break would be reported.
        #expect(!WrapChecks.violations(input: input, junctions: junctions, width: 80, ambiguous: .narrow).isEmpty)
    }
}
