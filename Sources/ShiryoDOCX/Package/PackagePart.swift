import Foundation

/// One file of the OOXML package.
struct PackagePart {
    /// Path inside the zip, without a leading slash.
    var path: String
    var data: Data
    /// The `Override` content type; nil for parts covered by an extension default
    /// (relationships, images).
    var overrideContentType: String?

    init(_ path: String, _ bytes: [UInt8], contentType: String?) {
        self.path = path
        data = Data(bytes)
        overrideContentType = contentType
    }

    init(_ path: String, data: Data, contentType: String?) {
        self.path = path
        self.data = data
        overrideContentType = contentType
    }
}
