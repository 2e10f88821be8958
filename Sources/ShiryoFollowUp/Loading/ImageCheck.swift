import Foundation

/// Checks, at validate time, that a figure's image is one every format can embed: a regular
/// file of at most `maximumBytes`, named .png, .jpg/.jpeg or .gif, whose bytes are a whole
/// image of that kind with a size above 0×0. Reads the structure (PNG chunks with their
/// checksums, JPEG segments, the GIF header and trailer), not the pixels.
enum ImageCheck {
    static let maximumBytes = 64 * 1_048_576

    enum Kind: String {
        case png = "PNG", jpeg = "JPEG", gif = "GIF"

        init?(fileExtension: String) {
            switch fileExtension.lowercased() {
            case "png": self = .png
            case "jpg", "jpeg": self = .jpeg
            case "gif": self = .gif
            default: return nil
            }
        }
    }

    struct Info: Equatable {
        var kind: Kind
        var width: Int
        var height: Int
    }

    /// What is wrong with the image at `url` (shown as `name`), or nil if it can be embedded.
    static func problem(at url: URL, name: String) -> String? {
        let expected = "expected a PNG, JPEG or GIF image file"
        guard let declared = Kind(fileExtension: url.pathExtension) else {
            return "image file '\(name)' is not named .png, .jpg, .jpeg or .gif; \(expected)"
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let type = attributes?[.type] as? FileAttributeType
        guard type == .typeRegular else {
            let what = switch type {
            case .typeCharacterSpecial?, .typeBlockSpecial?: "a device"
            case .typeSocket?: "a socket"
            case nil: "not readable"
            default: "not a regular file (a named pipe or other special file)"
            }
            return "image file '\(name)' is \(what); \(expected)"
        }
        if let size = attributes?[.size] as? Int, size > maximumBytes {
            return "image file '\(name)' has \(size) bytes, more than the limit of \(maximumBytes / 1_048_576) MiB; "
                + "expected a smaller image"
        }
        guard let data = try? Data(contentsOf: url) else {
            return "image file '\(name)' cannot be read (permission denied?); \(expected) the user may read"
        }
        switch inspect([UInt8](data)) {
        case .failure(let reason):
            return "image file '\(name)' is not a whole \(declared.rawValue) image (\(reason.reason)); \(expected)"
        case .success(let info):
            if info.kind != declared {
                return "image file '\(name)' holds a \(info.kind.rawValue) image but is named .\(url.pathExtension); "
                    + "expected the extension of its kind"
            }
            if info.width <= 0 || info.height <= 0 {
                return "image file '\(name)' is \(info.width)×\(info.height) pixels; expected an image of at least 1×1"
            }
            return nil
        }
    }

    struct Failure: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    static func inspect(_ bytes: [UInt8]) -> Result<Info, Failure> {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png(bytes) }
        if bytes.starts(with: [0xFF, 0xD8]) { return jpeg(bytes) }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return gif(bytes) }
        return .failure(Failure(bytes.isEmpty ? "the file is empty" : "the bytes are not a PNG, JPEG or GIF header"))
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }

    /// Every chunk to IEND, each within the file and with a matching CRC; IHDR first.
    private static func png(_ bytes: [UInt8]) -> Result<Info, Failure> {
        var offset = 8
        var info: Info?
        while offset + 12 <= bytes.count {
            let length = bigEndian(bytes, offset, 4)
            guard length <= bytes.count - offset - 12 else { return .failure(Failure("a chunk runs past the end")) }
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            let crc = bigEndian(bytes, offset + 8 + length, 4)
            guard crc == Int(CRC32.checksum(bytes[offset + 4..<offset + 8 + length])) else {
                return .failure(Failure("the \(type) chunk's checksum is wrong"))
            }
            if info == nil {
                guard type == "IHDR", length == 13 else { return .failure(Failure("the header chunk IHDR is missing")) }
                info = Info(kind: .png, width: bigEndian(bytes, offset + 8, 4), height: bigEndian(bytes, offset + 12, 4))
            }
            if type == "IEND", let info { return .success(info) }
            offset += 12 + length
        }
        return .failure(Failure("the file ends before the IEND chunk (truncated)"))
    }

    /// The segments up to the start of scan, a frame header among them, and the end marker.
    private static func jpeg(_ bytes: [UInt8]) -> Result<Info, Failure> {
        var offset = 2
        var info: Info?
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return .failure(Failure("a segment does not start with 0xFF")) }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { offset += 2; continue }
            let length = bigEndian(bytes, offset + 2, 2)
            guard length >= 2, offset + 2 + length <= bytes.count else {
                return .failure(Failure("a segment runs past the end"))
            }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard length >= 7 else { return .failure(Failure("the frame header is too short")) }
                info = Info(kind: .jpeg, width: bigEndian(bytes, offset + 7, 2), height: bigEndian(bytes, offset + 5, 2))
            }
            if marker == 0xDA {
                guard let info else { return .failure(Failure("no frame header before the image data")) }
                guard bytes.count >= 2, bytes[bytes.count - 2] == 0xFF, bytes[bytes.count - 1] == 0xD9 else {
                    return .failure(Failure("the file does not end with the end-of-image marker (truncated)"))
                }
                return .success(info)
            }
            offset += 2 + length
        }
        return .failure(Failure("the file ends before the image data (truncated)"))
    }

    /// The logical screen size, and the trailer byte at the end.
    private static func gif(_ bytes: [UInt8]) -> Result<Info, Failure> {
        guard bytes.count >= 14 else { return .failure(Failure("the header is cut off (truncated)")) }
        guard bytes.last == 0x3B else { return .failure(Failure("the file does not end with the GIF trailer (truncated)")) }
        return .success(Info(kind: .gif, width: Int(bytes[6]) | Int(bytes[7]) << 8,
                             height: Int(bytes[8]) | Int(bytes[9]) << 8))
    }
}

/// CRC-32 (ISO 3309, as PNG uses it).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
