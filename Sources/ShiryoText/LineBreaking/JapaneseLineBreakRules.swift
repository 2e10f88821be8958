/// The rules of Japanese line composition that ShiryoText applies on top of UAX #14.
///
/// ICU's `ja@lb=strict` already implements most of JLREQ's line-start and line-end
/// prohibitions (kinsoku, JLREQ §3.1.7–3.1.8). These sets restate them, so that the result
/// does not depend on the ICU version, and add what UAX #14 allows but official documents do
/// not: a line starting with FULLWIDTH TILDE, and a Latin word or number split at a hyphen or
/// slash (J-|SIPHE, GNR/|VRE).
public enum JapaneseLineBreakRules {
    /// Characters no line may start with (JLREQ cl-02 closing brackets, cl-03 hyphens,
    /// cl-04 dividing punctuation, cl-05 middle dots, cl-06 full stops, cl-07 commas,
    /// cl-09 iteration marks, cl-10 prolonged sound mark, cl-11 small kana), with their
    /// ASCII and halfwidth forms.
    public static let lineStartProhibited: Set<Unicode.Scalar> = scalars(
        // closing brackets and quotes
        "）」』】〕］｝〉》〙〗｠〟’”»)]}｣",
        // commas and full stops
        "、。，．,.｡､",
        // middle dots, colons, dividing punctuation
        "・：；？！:;?!‼⁇⁈⁉･",
        // hyphens and the prolonged sound mark
        "‐゠–〜～ーｰ",
        // small kana
        "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ",
        // iteration marks
        "々〻ゝゞヽヾ"
    )

    /// Characters no line may end with (JLREQ cl-01 opening brackets and quotes).
    public static let lineEndProhibited: Set<Unicode.Scalar> = scalars("（「『【〔［｛〈《〘〖｟〝‘“«([{｢")

    /// Whether `scalar` belongs to a Latin word or number that must not be split: ASCII and
    /// fullwidth letters and digits, and the marks that join them into one unit
    /// (G7, 2023-2027, 12.96DID, 379,288, 25.9%, J-SIPHE, GNR/VRE, Ｇ７).
    public static func isUnbreakableRunMember(_ scalar: Unicode.Scalar) -> Bool {
        isUnbreakableRunMember(value: scalar.value)
    }

    static func isUnbreakableRunMember(value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true  // 0-9 A-Z a-z
        case 0x25, 0x2C, 0x2D, 0x2E, 0x2F: true  // % , - . /
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true  // ０-９ Ａ-Ｚ ａ-ｚ
        default: false
        }
    }

    /// Whether a line may end after `before` and the next start with `after`, as far as these
    /// rules are concerned (UAX #14 is asked separately).
    public static func allowsBreak(between before: Character, and after: Character) -> Bool {
        keepsProhibitions(between: before, and: after) && !joinsRun(before, after)
    }

    /// Whether a break between the two keeps the line-start and line-end prohibitions.
    public static func keepsProhibitions(between before: Character, and after: Character) -> Bool {
        // A grapheme cluster is judged by its base, the first scalar.
        guard let last = before.unicodeScalars.first, let first = after.unicodeScalars.first else { return true }
        return keepsProhibitions(betweenScalars: last.value, and: first.value)
    }

    /// `allowsBreak(between:and:)` for clusters given by the values of their first scalars
    /// (what the line breaker keeps of a cluster).
    static func allowsBreak(betweenScalars before: UInt32, and after: UInt32) -> Bool {
        keepsProhibitions(betweenScalars: before, and: after)
            && !(isUnbreakableRunMember(value: before) && isUnbreakableRunMember(value: after))
    }

    /// `keepsProhibitions(between:and:)` for clusters given by the values of their first scalars.
    static func keepsProhibitions(betweenScalars before: UInt32, and after: UInt32) -> Bool {
        !isLineStartProhibited(value: after) && !isLineEndProhibited(value: before)
    }

    public static func isLineStartProhibited(_ scalar: Unicode.Scalar) -> Bool {
        isLineStartProhibited(value: scalar.value)
    }

    public static func isLineEndProhibited(_ scalar: Unicode.Scalar) -> Bool {
        isLineEndProhibited(value: scalar.value)
    }

    static func isLineStartProhibited(value: UInt32) -> Bool {
        value < 0x1_0000 && flags[Int(value)] & startFlag != 0
    }

    static func isLineEndProhibited(value: UInt32) -> Bool {
        value < 0x1_0000 && flags[Int(value)] & endFlag != 0
    }

    // The sets as one flag table over the Basic Multilingual Plane (64 KiB, built once): the
    // line breaker asks at every break opportunity, and hashing was a tenth of its time.
    private static let startFlag: UInt8 = 1
    private static let endFlag: UInt8 = 2
    private static let flags: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x1_0000)
        for scalar in lineStartProhibited where scalar.value < 0x1_0000 { table[Int(scalar.value)] |= startFlag }
        for scalar in lineEndProhibited where scalar.value < 0x1_0000 { table[Int(scalar.value)] |= endFlag }
        return table
    }()

    /// Whether the two belong to one Latin word or number.
    public static func joinsRun(_ before: Character, _ after: Character) -> Bool {
        guard let last = before.unicodeScalars.first, let first = after.unicodeScalars.first else { return false }
        return isUnbreakableRunMember(last) && isUnbreakableRunMember(first)
    }

    private static func scalars(_ groups: String...) -> Set<Unicode.Scalar> {
        var result = Set<Unicode.Scalar>()
        for group in groups { result.formUnion(group.unicodeScalars) }
        // ㇰ-ㇿ: the whole block of small katakana extensions.
        for value in UInt32(0x31F0)...0x31FF {
            if let scalar = Unicode.Scalar(value) { result.insert(scalar) }
        }
        return result
    }
}
