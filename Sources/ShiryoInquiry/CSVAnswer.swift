import Foundation
import ShiryoXLSX
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sheet saved as CSV, as Japanese Excel does it: 「CSV（コンマ区切り）」 writes the active
/// sheet only, in CP932 (Shift_JIS with Microsoft's extensions); 「CSV UTF-8」 writes UTF-8
/// with a byte order mark. Fields are split on the bytes first (CP932's second bytes are
/// never `,` `"` or a line break), then each field is decoded, so a byte that is no
/// character is reported at its cell.
enum CSVAnswer {
    enum Encoding: Sendable, Equatable { case utf8, cp932 }

    struct Failure: Error {
        var cell: CellReference?
        var message: String
    }

    /// The rows of a CSV file, cells as text.
    static func rows(_ data: Data) throws(Failure) -> (rows: [ReadRow], encoding: Encoding) {
        var bytes = [UInt8](data)
        var encoding = Encoding.cp932
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            encoding = .utf8
        } else if String(validating: bytes, as: UTF8.self) != nil {
            encoding = .utf8
        }
        let records = try split(bytes)
        var rows: [ReadRow] = []
        for (index, record) in records.enumerated() {
            var row = ReadRow(number: index + 1, cells: [])
            for (column, field) in record.enumerated() where !field.isEmpty {
                let cell = CellReference(column: column + 1, row: index + 1)
                let text: String
                switch encoding {
                case .utf8:
                    guard let decoded = String(validating: field, as: UTF8.self) else {
                        throw Failure(cell: cell, message: "the cell is not UTF-8 text")
                    }
                    text = decoded
                case .cp932:
                    text = try decodeCP932(field, cell: cell)
                }
                row.cells.append((column + 1, .text(text.replacingOccurrences(of: "\r\n", with: "\n"))))
            }
            if !row.cells.isEmpty { rows.append(row) }
        }
        return (rows, encoding)
    }

    /// RFC 4180 as Excel writes it: quoted fields may hold commas, quotes (doubled) and line breaks.
    private static func split(_ bytes: [UInt8]) throws(Failure) -> [[[UInt8]]] {
        var records: [[[UInt8]]] = []
        var record: [[UInt8]] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldStarted = false
        var index = 0
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case quote where !fieldStarted:
                quoted = true
                fieldStarted = true
            case comma:
                record.append(field)
                field = []
                fieldStarted = false
            case cr, lf:
                if byte == cr, index + 1 < bytes.count, bytes[index + 1] == lf { index += 1 }
                record.append(field)
                records.append(record)
                record = []
                field = []
                fieldStarted = false
            default:
                field.append(byte)
                fieldStarted = true
            }
            index += 1
        }
        if quoted {
            throw Failure(cell: CellReference(column: record.count + 1, row: records.count + 1),
                          message: "a quoted field is not closed: the file ends inside it")
        }
        if fieldStarted || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }

    private static func decodeCP932(_ field: [UInt8], cell: CellReference) throws(Failure) -> String {
        if field.allSatisfy({ $0 < 0x80 }) { return String(decoding: field, as: UTF8.self) }
        let converter = iconv_open("UTF-8", "CP932")
        guard let converter, converter != iconv_t(bitPattern: -1) else {
            throw Failure(cell: cell, message: "this system cannot decode CP932 (iconv has no CP932)")
        }
        defer { iconv_close(converter) }
        var input = field.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: field.count * 3 + 4)
        let inputCount = input.count
        let outputCount = output.count
        var inputLeft = inputCount
        var outputLeft = outputCount
        let result = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer = inputBuffer.baseAddress
                var outputPointer = outputBuffer.baseAddress
                return iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
            }
        }
        guard result != -1 else {
            let offset = inputCount - inputLeft
            let shown = field[offset..<min(offset + 2, field.count)].map { String(format: "%02X", $0) }.joined(separator: " ")
            throw Failure(cell: cell, message: "byte \(offset + 1) of the cell (\(shown)) is no CP932 (Shift_JIS) character; "
                + "expected the CSV as Japanese Excel saves it (CP932) or CSV UTF-8")
        }
        let written = outputCount - outputLeft
        return String(decoding: output[..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
