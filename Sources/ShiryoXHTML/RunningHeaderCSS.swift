import ShiryoModel

/// The report's running header (document number and title at the top of every page after
/// the first) as a CSS rule with the text as a literal string.
///
/// A literal keeps to CSS the W3C checker knows (it rejects GCPM's `string-set` and
/// `position: running()`), and needs no hidden element in the body. The text comes from
/// data, so it is written as a CSS string in which everything but letters, digits, spaces
/// and non-ASCII characters is a hex escape: no quote, backslash, line break or `<` can end
/// the string or the `<style>` element.
enum RunningHeaderCSS {
    /// - Parameter stamps: a draft's 「案」 and the document's stamps, printed 【案】 before the number.
    static func rule(for metadata: Metadata, stamps: [String] = []) -> String {
        let marks = stamps.map { "【" + $0 + "】" }.joined()
        let parts = [marks, metadata.documentNumber, metadata.title].compactMap { $0 }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return "" }
        return "\n/* Running header, from the document's metadata. */\n"
            + "@page { @top-left { content: \(quoted(parts.joined(separator: "　"))); } }\n"
            + "@page :first { @top-left { content: none; } }\n"
    }

    static func quoted(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            let isPlain = scalar.value >= 0x80 ? scalar.properties.generalCategory != .control && scalar.value != 0x2028
                && scalar.value != 0x2029 : (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " ")
            if isPlain {
                result.unicodeScalars.append(scalar)
            } else {
                // Six hex digits need no terminating space.
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\" + String(repeating: "0", count: 6 - hex.count) + hex
            }
        }
        return result + "'"
    }
}
