import Foundation

/// Lays out entries as a zip file (PKWARE APPNOTE 6.3): a local header and the payload of
/// each entry in the order given, then the central directory and its end record.
///
/// Reproducible by construction: every entry is dated 1980-01-01 00:00 in DOS time (the
/// earliest date the format has, so no clock or time zone enters the bytes) and marked as a
/// regular Unix file with mode 0644; nothing else varies. Sizes are known before an entry is
/// placed, so no data descriptors are needed. Zip64 is not written: a package of more than
/// 65,535 entries or 4 GiB is refused.
package enum ZipArchive {
    /// DOS date of 1980-01-01 (year 0 since 1980, month 1, day 1) at time 00:00.
    package static let dosDate: UInt16 = 0x0021
    package static let dosTime: UInt16 = 0
    package static let unixMode: UInt32 = 0o100644

    package static func bytes(of entries: [ZipEntry]) throws(PackageError) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(entries.reduce(22) { $0 + 76 + 2 * $1.path.utf8.count + $1.payload.count })
        try write(entries) { out.append(contentsOf: $0) }
        return Data(out)
    }

    /// Hands the archive to `sink` piece by piece: each entry's header, then its payload as it
    /// lies, then the central directory. Every size and offset is checked before the first
    /// piece goes out, so a refused archive writes nothing.
    package static func write(
        _ entries: [ZipEntry], to sink: (UnsafeRawBufferPointer) -> Void
    ) throws(PackageError) {
        guard entries.count <= Int(UInt16.max) else {
            throw .packaging("\(entries.count) entries need Zip64, which is not written")
        }
        let names = entries.map { Array($0.path.utf8) }
        var directory = [UInt8]()
        var offset = 0
        for (entry, name) in zip(entries, names) {
            directory.append32(0x0201_4B50)
            directory.append16(3 << 8 | 20)  // made by: Unix, format 2.0 (so the mode below counts)
            try appendCommonFields(of: entry, name: name, to: &directory)
            directory.append16(0)  // extra field length
            directory.append16(0)  // comment length
            directory.append16(0)  // disk number
            directory.append16(0)  // internal attributes
            directory.append32(unixMode << 16)
            directory.append32(try fits32(offset, "the offset of \(entry.path)"))
            directory.append(contentsOf: name)
            offset += localHeaderSize + name.count + entry.payload.count
        }
        let directoryStart = try fits32(offset, "the central directory's offset")
        let directorySize = try fits32(directory.count, "the central directory's size")
        directory.append32(0x0605_4B50)
        directory.append16(0)  // this disk
        directory.append16(0)  // the disk where the directory starts
        directory.append16(UInt16(entries.count))
        directory.append16(UInt16(entries.count))
        directory.append32(directorySize)
        directory.append32(directoryStart)
        directory.append16(0)  // comment length

        var header = [UInt8]()
        for (entry, name) in zip(entries, names) {
            header.removeAll(keepingCapacity: true)
            header.append32(0x0403_4B50)
            try appendCommonFields(of: entry, name: name, to: &header)
            header.append16(0)  // extra field length
            header.append(contentsOf: name)
            header.withUnsafeBytes(sink)
            entry.payload.withUnsafeBytes(sink)
        }
        directory.withUnsafeBytes(sink)
    }

    /// Signature, the common fields and the extra field's length: what precedes a local name.
    private static let localHeaderSize = 30

    /// From "version needed" to "name length": the fields local header and directory share.
    private static func appendCommonFields(of entry: ZipEntry, name: [UInt8], to out: inout [UInt8]) throws(PackageError) {
        guard name.count <= Int(UInt16.max) else { throw .packaging("the entry name \(entry.path) is too long") }
        out.append16(20)  // version needed: 2.0 (deflate)
        // Flags: sizes in the header; bit 11 says a name is UTF-8 when it is not ASCII.
        out.append16(name.contains { $0 >= 0x80 } ? 0x0800 : 0)
        out.append16(entry.method.rawValue)
        out.append16(dosTime)
        out.append16(dosDate)
        out.append32(entry.crc32)
        out.append32(try fits32(entry.payload.count, "the size of \(entry.path)"))
        out.append32(try fits32(entry.uncompressedSize, "the size of \(entry.path)"))
        out.append16(UInt16(name.count))
    }

    private static func fits32(_ value: Int, _ what: String) throws(PackageError) -> UInt32 {
        guard value >= 0, value < Int(UInt32.max) else { throw .packaging("\(what) needs Zip64, which is not written") }
        return UInt32(value)
    }
}

extension [UInt8] {
    fileprivate mutating func append16(_ value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    fileprivate mutating func append32(_ value: UInt32) {
        append16(UInt16(truncatingIfNeeded: value))
        append16(UInt16(truncatingIfNeeded: value >> 16))
    }
}
