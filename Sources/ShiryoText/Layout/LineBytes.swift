/// The UTF-8 of one output line being put together, in a buffer kept from line to line.
///
/// Strings are appended by their contiguous UTF-8 (a copy of the bytes); the line is copied
/// out once, when it is complete, as UTF-8 known to be whole sequences.
struct LineBytes {
    private var bytes: [UInt8] = []

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func append(_ text: String) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil { bytes.append(contentsOf: text.utf8) }
    }

    mutating func append(_ line: TextLine) {
        line.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `count` spaces (none for a count below one).
    mutating func appendSpaces(_ count: Int) {
        if count > 0 { bytes.append(contentsOf: repeatElement(0x20, count: count)) }
    }

    /// The line's bytes: always whole UTF-8 sequences, since only strings and spaces go in.
    var finished: [UInt8] { bytes }
}
