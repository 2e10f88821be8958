import Foundation
import ZIPFoundation

/// Zip packages built to make a reader inflate far more than it was given: real deflated
/// streams of zeros, made chunk by chunk, so that 1 GiB of zeros is never in memory.
enum ZipBomb {
    /// A package of `[Content_Types].xml` and the entries, each `bytes` zeros, deflated.
    static func zeros(_ entries: [(path: String, bytes: Int)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        try archive.addEntry(with: "[Content_Types].xml", type: .file, uncompressedSize: 5,
                             modificationDate: Date(timeIntervalSince1970: 0), compressionMethod: .deflate) { (_: Int64, _: Int) in Data("<a/>\n".utf8) }
        let chunk = Data(count: 1 << 20)
        for (path, bytes) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes),
                                 modificationDate: Date(timeIntervalSince1970: 0), compressionMethod: .deflate,
                                 bufferSize: chunk.count) { (position: Int64, size: Int) in
                chunk.prefix(min(size, bytes - Int(position)))
            }
        }
        return archive.data ?? Data()
    }

    /// A package of `count` small entries.
    static func entries(_ count: Int) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for index in 0..<count {
            try archive.addEntry(with: "xl/part\(index).xml", type: .file, uncompressedSize: 4,
                                 modificationDate: Date(timeIntervalSince1970: 0)) { (_: Int64, _: Int) in Data("<a/>".utf8) }
        }
        return archive.data ?? Data()
    }

    /// `zeros([(path, bytes)])` whose directory and local header claim only `declared` bytes
    /// for the entry: the sizes written over in place.
    static func lying(_ path: String, bytes: Int, declared: UInt32) throws -> Data {
        var data = try zeros([(path, bytes)])
        let name = Array(path.utf8)
        var patched = 0
        // Each header (local 0x04034b50, central 0x02014b50) that names the entry.
        for offset in 0..<(data.count - 46) where data[offset] == 0x50 && data[offset + 1] == 0x4B {
            let (sizeOffset, nameOffset): (Int, Int)
            switch (data[offset + 2], data[offset + 3]) {
            case (3, 4): (sizeOffset, nameOffset) = (22, 30)
            case (1, 2): (sizeOffset, nameOffset) = (24, 46)
            default: continue
            }
            guard data.count >= offset + nameOffset + name.count,
                  Array(data[(offset + nameOffset)..<(offset + nameOffset + name.count)]) == name else { continue }
            for byte in 0..<4 { data[offset + sizeOffset + byte] = UInt8(truncatingIfNeeded: declared >> (8 * UInt32(byte))) }
            patched += 1
        }
        return patched == 2 ? data : Data()
    }
}
