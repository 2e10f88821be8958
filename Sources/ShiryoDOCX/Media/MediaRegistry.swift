import Foundation

/// The images placed in the document, each stored once under word/media in the order
/// first used, so names and relationship ids are stable.
struct MediaRegistry {
    struct Image {
        var relationshipID: String
        /// Inside the package, e.g. `word/media/image1.png`.
        var partName: String
        var data: Data
        var info: ImageInfo
    }

    let inputDirectory: URL?
    private(set) var images: [Image] = []
    private var indexByPath: [String: Int] = [:]

    init(inputDirectory: URL?) {
        self.inputDirectory = inputDirectory
    }

    mutating func image(at path: String) throws -> Image {
        if let index = indexByPath[path] { return images[index] }
        let url = try resolve(path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DOCXError.imageUnreadable(path, reason: error.localizedDescription)
        }
        guard let info = ImageInfo(data) else { throw DOCXError.unsupportedImage(path) }
        let number = images.count + 1
        let image = Image(
            relationshipID: "rIdImage\(number)", partName: "word/media/image\(number).\(info.format == .jpeg ? "jpeg" : info.format.rawValue)",
            data: data, info: info)
        indexByPath[path] = images.count
        images.append(image)
        return image
    }

    /// The file `path` names inside the input folder; anything that would leave it, by an
    /// absolute path, `..` or a symbolic link, is refused.
    func resolve(_ path: String) throws -> URL {
        guard let inputDirectory else { throw DOCXError.noInputDirectory(image: path) }
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~") else {
            throw DOCXError.imageOutsideInputDirectory(path)
        }
        let base = inputDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let candidate = base.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
        let basePath = base.path.hasSuffix("/") ? base.path : base.path + "/"
        guard candidate.path.hasPrefix(basePath) else { throw DOCXError.imageOutsideInputDirectory(path) }
        return candidate
    }
}
