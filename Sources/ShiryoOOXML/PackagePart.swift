import Foundation

/// One file of an OOXML package.
package struct PackagePart: Sendable {
    /// Path inside the zip, without a leading slash.
    package var path: String
    package var data: Data
    /// The `Override` content type; nil for parts covered by an extension default
    /// (relationships, images).
    package var overrideContentType: String?

    package init(_ path: String, _ bytes: [UInt8], contentType: String?) {
        self.path = path
        data = Data(bytes)
        overrideContentType = contentType
    }

    package init(_ path: String, data: Data, contentType: String?) {
        self.path = path
        self.data = data
        overrideContentType = contentType
    }
}
