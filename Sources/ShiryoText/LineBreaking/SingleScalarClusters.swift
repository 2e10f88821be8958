/// Scalars that always form a grapheme cluster of their own, whatever stands around them.
///
/// Taking a text apart into `Character`s costs more than the rest of the line breaker, and in
/// the genre's text (kana, kanji, ASCII, fullwidth forms, the usual symbols) every scalar is a
/// cluster of its own. A scalar is listed here only if its Grapheme_Cluster_Break class is
/// Other or Control and it is no Hangul jamo or syllable and no regional indicator: then no
/// rule of UAX #29 joins it with a neighbour that is also listed (GB3 CR × LF is kept out by
/// leaving CR out; GB9, GB9a, GB9c and GB11 need an Extend, SpacingMark, ZWJ or Linker after
/// it, GB9b a Prepend before). A text made only of these is split per scalar; any other text
/// goes through `Character` (`ClusterScan`). `SingleScalarClusterTests` checks every listed
/// scalar against the standard library's segmentation.
enum SingleScalarClusters {
    static func contains(_ value: UInt32) -> Bool {
        // In the order of frequency in Japanese official documents.
        if value < 0x80 { return value != 0x0D }
        if value >= 0x3000 && value < 0x3100 { return value < 0x302A || (value >= 0x3030 && value != 0x3099 && value != 0x309A) }
        if value >= 0x4E00 && value < 0xA000 { return true }
        if value >= 0xFF01 && value < 0xFF9E { return true }
        // Latin-1 (without its C1 controls, among them NEL, a newline) and Latin Extended.
        if value >= 0xA0 && value < 0x300 { return true }
        // General punctuation without its zero-width and format characters.
        if value >= 0x2010 && value < 0x2028 { return true }
        if value >= 0x2030 && value < 0x2060 { return true }
        // Superscripts and currency; letterlike symbols, number forms, arrows, mathematical
        // and technical symbols, enclosed alphanumerics (①), box drawing, shapes (■○),
        // miscellaneous symbols and dingbats.
        if value >= 0x2070 && value < 0x20D0 { return true }
        if value >= 0x2100 && value < 0x2C00 { return true }
        // Small katakana extensions, enclosed CJK letters (㈱), CJK compatibility (㎡), CJK
        // extension A, compatibility ideographs, CJK compatibility and small forms,
        // fullwidth signs (￥), the supplementary ideographic planes.
        if value >= 0x31F0 && value < 0x4DC0 { return true }
        if value >= 0xF900 && value < 0xFB00 { return true }
        if value >= 0xFE30 && value < 0xFE70 { return true }
        if value >= 0xFFE0 && value < 0xFFEF { return true }
        if value >= 0x2_0000 && value < 0x3_FFFE { return true }
        return false
    }
}
