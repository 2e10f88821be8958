import Foundation

/// The pixel size and kind of an image, read from its header without decoding it.
package struct ImageInfo: Equatable, Sendable {
    package enum Format: String, CaseIterable, Sendable {
        case png, jpeg, gif

        package var contentType: String { "image/\(rawValue)" }
        package var fileExtension: String { rawValue }

        /// Whether a part is stored as one of these (by its extension).
        package static func isImagePath(_ path: String) -> Bool {
            allCases.contains { path.hasSuffix("." + $0.fileExtension) }
        }
    }

    package var format: Format
    package var width: Int
    package var height: Int

    package init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(64 * 1024))
        if let size = Self.png(bytes) {
            (format, width, height) = (.png, size.0, size.1)
        } else if let size = Self.gif(bytes) {
            (format, width, height) = (.gif, size.0, size.1)
        } else if let size = Self.jpeg(bytes) {
            (format, width, height) = (.jpeg, size.0, size.1)
        } else {
            return nil
        }
        guard width > 0, height > 0 else { return nil }
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func png(_ bytes: [UInt8]) -> (Int, Int)? {
        guard bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        return (bigEndian(bytes, 16, 4), bigEndian(bytes, 20, 4))
    }

    private static func gif(_ bytes: [UInt8]) -> (Int, Int)? {
        guard bytes.count >= 10, bytes.starts(with: Array("GIF8".utf8)) else { return nil }
        return (Int(bytes[6]) | Int(bytes[7]) << 8, Int(bytes[8]) | Int(bytes[9]) << 8)
    }

    /// Walks the JPEG segments to the first start-of-frame marker.
    private static func jpeg(_ bytes: [UInt8]) -> (Int, Int)? {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var offset = 2
        while offset + 9 < bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            let length = bigEndian(bytes, offset + 2, 2)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (bigEndian(bytes, offset + 7, 2), bigEndian(bytes, offset + 5, 2))
            }
            guard length >= 2 else { return nil }
            offset += 2 + length
        }
        return nil
    }
}
