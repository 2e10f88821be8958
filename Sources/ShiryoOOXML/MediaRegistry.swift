import Foundation

/// The images placed in a package, each stored once under the format's media folder
/// (`word/media`, `ppt/media`) in the order first used, so names and relationship ids are
/// stable.
package struct MediaRegistry {
    package struct Image: Sendable {
        package var relationshipID: String
        /// Inside the package, e.g. `word/media/image1.png`.
        package var partName: String
        package var data: Data
        package var info: ImageInfo

        /// The file name inside the media folder, `image1.png`.
        package var fileName: String { partName.split(separator: "/").last.map(String.init) ?? partName }
    }

    package let inputDirectory: URL?
    /// The folder inside the package, e.g. `word/media`.
    package let folder: String
    /// Names are `STEM1.png`, `STEM2.jpeg`…: a format whose package may already hold media of
    /// a user's template picks a stem that cannot collide with them.
    package let fileStem: String
    package private(set) var images: [Image] = []
    private var indexByPath: [String: Int] = [:]

    package init(inputDirectory: URL?, folder: String, fileStem: String = "image") {
        self.inputDirectory = inputDirectory
        self.folder = folder
        self.fileStem = fileStem
    }

    package mutating func image(at path: String) throws -> Image {
        if let index = indexByPath[path] { return images[index] }
        let url = try resolve(path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PackageError.imageUnreadable(path, reason: error.localizedDescription)
        }
        guard let info = ImageInfo(data) else { throw PackageError.unsupportedImage(path) }
        let number = images.count + 1
        let image = Image(
            relationshipID: "rIdImage\(number)", partName: "\(folder)/\(fileStem)\(number).\(info.format.fileExtension)",
            data: data, info: info)
        indexByPath[path] = images.count
        images.append(image)
        return image
    }

    /// The file `path` names inside the input folder; anything that would leave it, by an
    /// absolute path, `..` or a symbolic link, is refused.
    package func resolve(_ path: String) throws -> URL {
        guard let inputDirectory else { throw PackageError.noInputDirectory(image: path) }
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~") else {
            throw PackageError.imageOutsideInputDirectory(path)
        }
        let base = inputDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let candidate = base.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
        let basePath = base.path.hasSuffix("/") ? base.path : base.path + "/"
        guard candidate.path.hasPrefix(basePath) else { throw PackageError.imageOutsideInputDirectory(path) }
        return candidate
    }
}
