import ShiryoText

/// The line-breaking requirements of the issue, restated independently of ShiryoText's own
/// tables so that the tests check the requirement, not the implementation.
enum Kinsoku {
    /// No line starts with these (closing brackets, 、。，．,. ・：；？！:;?! ー, small kana,
    /// iteration marks, 〜～).
    static let lineStartProhibited: Set<Character> = {
        var set = Set("）」』】〕］｝〉》)]}、。，．,.・：；？！:;?!ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ〜～")
        for value in UInt32(0x31F0)...0x31FF { if let scalar = Unicode.Scalar(value) { set.insert(Character(scalar)) } }
        return set
    }()

    /// No line ends with these (opening brackets).
    static let lineEndProhibited: Set<Character> = Set("（「『【〔［｛〈《([{")

    /// Letters and digits and the marks that hold a Latin word or number together
    /// (`.,%-/`); ShiryoText keeps fullwidth letters and digits together too (Ｇ７, ２０２４).
    static func isRunMember(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x25, 0x2C, 0x2D, 0x2E, 0x2F: return true
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    /// Whether these rules allow a line to start before `characters[index]`. A line never
    /// starts with a space either: a break at a space drops the space.
    static func allowsBreak(_ characters: [Character], at index: Int) -> Bool {
        let before = characters[index - 1]
        let after = characters[index]
        if after == " " { return false }
        if lineStartProhibited.contains(after) || lineEndProhibited.contains(before) { return false }
        if isRunMember(before), isRunMember(after) { return false }
        return true
    }
}

/// Where one output line ends and the next starts, in the input text.
struct Junction {
    /// The index in the input of the last character of the line (-1 for an empty line at
    /// the start).
    var lastIndex: Int
    /// The index in the input where the next line starts.
    var nextIndex: Int
    /// Whether the input has a line break here (otherwise the breaker made the break).
    var isHard: Bool
}

enum WrapChecks {
    /// Checks that the lines give back `input` exactly when joined, where a junction stands
    /// for a hard line break of the input or for nothing, and spaces (U+0020) of the input
    /// right before a junction may have been dropped: the break takes their place. Returns
    /// the junctions, or a failure message.
    static func roundTrip(input: String, lines: [String]) -> Result<[Junction], Failure> {
        let characters = Array(input)
        var index = 0
        var junctions: [Junction] = []
        for (number, line) in lines.enumerated() {
            for character in line {
                guard index < characters.count, characters[index] == character else {
                    return .failure(Failure("line \(number) '\(line)' differs from the input at character \(index)"))
                }
                index += 1
            }
            let lastIndex = index - 1
            while index < characters.count, characters[index] == " " { index += 1 }
            guard number < lines.count - 1 else { break }
            var isHard = false
            if index < characters.count, characters[index].isNewline {
                index += 1
                isHard = true
            }
            junctions.append(Junction(lastIndex: lastIndex, nextIndex: index, isHard: isHard))
        }
        guard index == characters.count else {
            return .failure(Failure("the lines end at character \(index) of \(characters.count): '\(String(characters[index...]))' is lost"))
        }
        return .success(junctions)
    }

    /// Breaks that break the rules although the text allowed a better one. A break inside a
    /// run of characters that has no allowed break and is wider than the line is
    /// unavoidable and not reported.
    static func violations(input: String, junctions: [Junction], width: Int, ambiguous: AmbiguousWidth) -> [String] {
        check(input: input, junctions: junctions, width: width, ambiguous: ambiguous).violations
    }

    /// The violations, and how many breaks broke a rule unavoidably.
    static func check(
        input: String, junctions: [Junction], width: Int, ambiguous: AmbiguousWidth
    ) -> (violations: [String], unavoidable: Int) {
        let characters = Array(input)
        var messages: [String] = []
        var unavoidable = 0
        for junction in junctions where !junction.isHard {
            let next = junction.nextIndex
            guard next < characters.count else { continue }
            var problems: [String] = []
            if Kinsoku.lineStartProhibited.contains(characters[next]) { problems.append("line starts with \(characters[next])") }
            if junction.lastIndex >= 0, Kinsoku.lineEndProhibited.contains(characters[junction.lastIndex]) {
                problems.append("line ends with \(characters[junction.lastIndex])")
            }
            if junction.lastIndex >= 0, junction.lastIndex + 1 == next,
               Kinsoku.isRunMember(characters[junction.lastIndex]), Kinsoku.isRunMember(characters[next]) {
                problems.append("Latin run split between \(characters[junction.lastIndex]) and \(characters[next])")
            }
            guard !problems.isEmpty else { continue }
            let run = unbreakableRun(characters, from: junction.lastIndex + 1, to: next)
            let runText = String(characters[run]).trimmingSpaces
            if DisplayWidth.of(runText, ambiguous: ambiguous) > width {
                unavoidable += 1
                continue
            }
            messages.append(problems.joined(separator: ", ") + " at \(next) in run '\(runText)' (width \(width))")
        }
        return (messages, unavoidable)
    }

    /// The characters around the junction (from the character after the line's last to the
    /// next line's first) between which the rules allow no break, within the paragraph
    /// (hard breaks end a run).
    static func unbreakableRun(_ characters: [Character], from start: Int, to next: Int) -> Range<Int> {
        var lower = max(start, 0)
        while lower > 0, !characters[lower - 1].isNewline, !Kinsoku.allowsBreak(characters, at: lower) { lower -= 1 }
        var upper = next + 1
        while upper < characters.count, !characters[upper].isNewline, !Kinsoku.allowsBreak(characters, at: upper) { upper += 1 }
        return lower..<upper
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
