/// Word bookmark names for the model's anchors: at most 40 characters of letters, digits
/// and underscores. A leading underscore hides them from Word's bookmark list, as Word
/// does for its own (_Toc…); the hash keeps names unique after the clean-up.
enum Bookmarks {
    static func name(for anchor: String) -> String {
        let cleaned = String(anchor.unicodeScalars.prefix(26).map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? Character(scalar) : "_"
        })
        return "_" + cleaned + "_" + hash(anchor)
    }

    /// FNV-1a, stable across runs and platforms (Swift's `Hasher` is seeded per process).
    private static func hash(_ text: String) -> String {
        var value: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 16_777_619
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
