import Foundation

/// Turns a figure's image path into a `data:` URI, so the XHTML file needs nothing beside it.
///
/// The loader already refuses paths that leave the report's folder, but the renderer does
/// not trust the model: the path is resolved (`..` removed, symbolic links followed) and
/// must still be inside the input folder, itself resolved the same way.
struct ImageEmbedding {
    let inputDirectory: URL?

    static let mediaTypes: [String: String] = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif", "svg": "image/svg+xml",
    ]

    func dataURI(forImageAt path: String) throws -> String {
        let file = try resolve(path)
        guard let mediaType = Self.mediaTypes[file.pathExtension.lowercased()] else {
            throw XHTMLRenderError.unsupportedImageType(path: path)
        }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw XHTMLRenderError.unreadableImage(path: path, reason: (error as NSError).localizedDescription)
        }
        return "data:\(mediaType);base64," + data.base64EncodedString()
    }

    /// The image's file, checked to be inside the input folder.
    func resolve(_ path: String) throws -> URL {
        guard let inputDirectory else {
            throw XHTMLRenderError.imageWithoutInputDirectory(path: path)
        }
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~"), !path.contains("\0") else {
            throw XHTMLRenderError.imageOutsideInputDirectory(path: path)
        }
        let root = inputDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let file = root.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
        let rootComponents = root.pathComponents
        let fileComponents = file.pathComponents
        guard fileComponents.count > rootComponents.count,
              Array(fileComponents.prefix(rootComponents.count)) == rootComponents
        else {
            throw XHTMLRenderError.imageOutsideInputDirectory(path: path)
        }
        return file
    }
}
