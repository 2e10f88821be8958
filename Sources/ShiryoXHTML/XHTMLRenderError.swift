import Foundation

/// Why a document could not be rendered to XHTML or PDF. Every case carries a message a
/// user can act on.
public enum XHTMLRenderError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A figure's image path resolves outside the input folder (`..`, an absolute path or a
    /// symbolic link pointing out).
    case imageOutsideInputDirectory(path: String)
    /// A figure names an image but no input folder was given to resolve it against.
    case imageWithoutInputDirectory(path: String)
    /// The image's extension is not one a PDF engine and browsers all display.
    case unsupportedImageType(path: String)
    case unreadableImage(path: String, reason: String)
    /// The user stylesheet URL has a scheme other than http, https or file.
    case unsupportedStylesheet(String)

    public var description: String {
        switch self {
        case .imageOutsideInputDirectory(let path):
            "figure image \"\(path)\" is outside the input folder; images must be inside the report's folder"
        case .imageWithoutInputDirectory(let path):
            "figure image \"\(path)\" cannot be embedded: no input folder was given to resolve it against"
        case .unsupportedImageType(let path):
            "figure image \"\(path)\" has an unsupported type; use .png, .jpg, .jpeg, .gif or .svg"
        case .unreadableImage(let path, let reason):
            "figure image \"\(path)\" cannot be read: \(reason)"
        case .unsupportedStylesheet(let url):
            "stylesheet \"\(url)\" is not usable: only http, https, file or relative URLs are linked"
        }
    }
}
