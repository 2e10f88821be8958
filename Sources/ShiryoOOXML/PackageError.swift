/// Why an OOXML package, or an image placed in it, could not be written.
public enum PackageError: Error, CustomStringConvertible, Equatable {
    /// A figure's image path leaves the input folder (absolute, `..`, or a symlink out).
    case imageOutsideInputDirectory(String)
    /// A figure has an image but the renderer was given no folder to resolve it against.
    case noInputDirectory(image: String)
    case imageUnreadable(String, reason: String)
    /// Only PNG, JPEG and GIF can be placed without conversion.
    case unsupportedImage(String)
    /// The zip library failed to build the package.
    case packaging(String)

    public var description: String {
        switch self {
        case .imageOutsideInputDirectory(let path):
            "figure image \"\(path)\" is outside the input folder"
        case .noInputDirectory(let image):
            "figure image \"\(image)\" cannot be resolved: no input folder was given"
        case .imageUnreadable(let path, let reason):
            "figure image \"\(path)\" cannot be read: \(reason)"
        case .unsupportedImage(let path):
            "figure image \"\(path)\" is not a PNG, JPEG or GIF file"
        case .packaging(let reason):
            "could not write the package: \(reason)"
        }
    }
}
