/// Questions about eight bytes at once, asked of one 64-bit word (a scan of a text's bytes
/// for the few that matter goes through long runs where none does).
enum WordBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `address`, which need no alignment.
    static func load(_ address: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(address).loadUnaligned(as: UInt64.self)
    }

    /// True if some byte of the word is below `limit` (at most 0x80): subtracting `limit`
    /// from every byte sets the high bit of each byte below it that had none; a borrow can
    /// mark a byte above such a byte too, which changes the answer for no word.
    static func holdsByteBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// True if some byte of the word is `byte`: XOR makes exactly those bytes zero.
    static func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
        holdsByteBelow(word ^ (ones &* UInt64(byte)), 1)
    }
}
