import Foundation

/// Links to the companion document (the 詳細 from the 概要 and back), shared by the
/// formats that write them as relative file links.
public enum CompanionLink {
    /// Percent-encodes everything but RFC 3986 unreserved characters, so a companion file
    /// name can never become a scheme (`javascript:`), a host (`//…`), a path out of the
    /// output folder, a query or a fragment: companions are files beside this one.
    public static func percentEncodedPath(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }
}
