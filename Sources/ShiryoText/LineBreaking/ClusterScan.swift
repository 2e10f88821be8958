/// A text taken apart once into grapheme clusters, with what the line breaker asks of each:
/// where it starts in the UTF-8 bytes (so that a line is cut out of the bytes, not rebuilt
/// character by character), its first scalar (the rules judge a cluster by its base), its
/// display width, and whether it is a space or a hard break.
///
/// The arrays keep their capacity from one text to the next (the breaker refills one scan for
/// every text), so a table of thousands of cells allocates them once.
struct ClusterScan {
    /// The UTF-8 offset of each cluster's start, then the byte count of the text.
    private(set) var starts: [Int] = []
    private(set) var firstScalars: [UInt32] = []
    private(set) var widths: [Int] = []
    private(set) var isSpace: [Bool] = []
    private(set) var isNewline: [Bool] = []
    /// Whether some cluster is a hard break.
    private(set) var hasNewline = false
    /// The sum of the widths.
    private(set) var totalWidth = 0

    var count: Int { firstScalars.count }

    /// Scans `bytes`, the UTF-8 of `text`. With `shortcut`, a text made only of
    /// `SingleScalarClusters` is split per scalar without forming `Character`s (the result is
    /// the same: tests compare both ways).
    mutating func scan(_ text: String, bytes: UnsafeBufferPointer<UInt8>, ambiguous: AmbiguousWidth, shortcut: Bool = true) {
        removeAll()
        if shortcut, scanScalars(bytes, ambiguous: ambiguous) { return }
        removeAll()
        scanCharacters(text, ambiguous: ambiguous)
    }

    private mutating func removeAll() {
        starts.removeAll(keepingCapacity: true)
        firstScalars.removeAll(keepingCapacity: true)
        widths.removeAll(keepingCapacity: true)
        isSpace.removeAll(keepingCapacity: true)
        isNewline.removeAll(keepingCapacity: true)
        hasNewline = false
        totalWidth = 0
    }

    /// One cluster per scalar; false (and the arrays half filled) at the first scalar that
    /// is not `SingleScalarClusters`.
    private mutating func scanScalars(_ bytes: UnsafeBufferPointer<UInt8>, ambiguous: AmbiguousWidth) -> Bool {
        var offset = 0
        let end = bytes.count
        while offset < end {
            let (value, length) = UTF8Scalar.decode(bytes, at: offset)
            guard SingleScalarClusters.contains(value) else { return false }
            let width = DisplayWidth.of(scalarValue: value, ambiguous: ambiguous)
            let newline = value >= 0x0A && value <= 0x0D
            starts.append(offset)
            firstScalars.append(value)
            widths.append(width)
            isSpace.append(value == 0x20)
            isNewline.append(newline)
            hasNewline = hasNewline || newline
            totalWidth += width
            offset += length
        }
        starts.append(end)
        return true
    }

    /// The clusters as the standard library forms them.
    private mutating func scanCharacters(_ text: String, ambiguous: AmbiguousWidth) {
        var offset = 0
        for character in text {
            let length = character.utf8.count
            let first = character.unicodeScalars.first?.value ?? 0
            let width = DisplayWidth.of(character, ambiguous: ambiguous)
            let newline: Bool
            if first < 0x80 {
                isSpace.append(first == 0x20 && length == 1)
                newline = first >= 0x0A && first <= 0x0D  // LF VT FF CR, and CR LF
            } else {
                isSpace.append(false)
                newline = character.isNewline
            }
            starts.append(offset)
            firstScalars.append(first)
            widths.append(width)
            isNewline.append(newline)
            hasNewline = hasNewline || newline
            totalWidth += width
            offset += length
        }
        starts.append(offset)
    }

    /// Appends the UTF-16 of the clusters in `range` to `utf16`, and where each starts in it
    /// to `utf16Starts`.
    func appendUTF16(
        of range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, to utf16: inout [UInt16], starts utf16Starts: inout [Int]
    ) {
        for index in range {
            utf16Starts.append(utf16.count)
            var offset = starts[index]
            let end = starts[index + 1]
            while offset < end {
                let (value, length) = UTF8Scalar.decode(bytes, at: offset)
                if value < 0x1_0000 {
                    utf16.append(UInt16(truncatingIfNeeded: value))
                } else {
                    let shifted = value - 0x1_0000
                    utf16.append(UInt16(truncatingIfNeeded: 0xD800 + (shifted >> 10)))
                    utf16.append(UInt16(truncatingIfNeeded: 0xDC00 + (shifted & 0x3FF)))
                }
                offset += length
            }
        }
    }

    /// Calls `body` with the range of each paragraph (clusters between hard breaks).
    func forEachParagraph(_ body: (Range<Int>) -> Void) {
        var start = 0
        if hasNewline {
            for index in 0..<count where isNewline[index] {
                body(start..<index)
                start = index + 1
            }
        }
        body(start..<count)
    }
}

/// Decoding of the UTF-8 a `String` holds, which is always valid.
enum UTF8Scalar {
    /// The scalar starting at `offset` and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | UInt32(bytes[offset + 1]) & 0x3F, 2)
        }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | (UInt32(bytes[offset + 1]) & 0x3F) << 6 | UInt32(bytes[offset + 2]) & 0x3F, 3)
        }
        let value = (lead & 0x07) << 18 | (UInt32(bytes[offset + 1]) & 0x3F) << 12
            | (UInt32(bytes[offset + 2]) & 0x3F) << 6 | UInt32(bytes[offset + 3]) & 0x3F
        return (value, 4)
    }
}
