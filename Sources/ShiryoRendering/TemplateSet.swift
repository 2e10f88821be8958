import Foundation
import ShiryoTemplates

/// The templates renderers read (stylesheets and the like), by path relative to the
/// `templates/` folder, e.g. `xhtml/report.css`.
///
/// Every file of the package's `templates/` folder is built into the library by the
/// `EmbedTemplates` build-tool plugin, so an installed `shiryo` needs no files beside it. A
/// user's folder (`shiryo render --templates DIR`) overrides them file by file: a path
/// found there is read from there, any other from the built-in set.
public struct TemplateSet: Sendable {
    /// The user's folder (`--templates DIR`), consulted first; `nil` when none was given.
    public var overrideDirectory: URL?
    private var builtIn: [String: [UInt8]]

    /// The templates built into the library.
    public static var builtIn: TemplateSet {
        TemplateSet(overrideDirectory: nil, builtIn: BuiltInTemplates.files)
    }

    /// The built-in templates with `directory` over them.
    public static func overriding(with directory: URL?) -> TemplateSet {
        TemplateSet(overrideDirectory: directory, builtIn: BuiltInTemplates.files)
    }

    /// A set of the given files, by path, under `overrideDirectory` if any: for tests, and
    /// for renderers with their own templates (pass `context.templates.overrideDirectory`
    /// to keep the user's folder over them).
    public init(overrideDirectory: URL? = nil, builtIn: [String: [UInt8]]) {
        self.overrideDirectory = overrideDirectory
        self.builtIn = builtIn
    }

    /// The paths of the built-in templates, sorted.
    public var builtInPaths: [String] { builtIn.keys.sorted() }

    /// Where `path` comes from: the override folder's file if there is one, else nil.
    public func overrideFile(for path: String) -> URL? {
        guard let overrideDirectory, Self.isPlainRelativePath(path) else { return nil }
        let file = overrideDirectory.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue
        else { return nil }
        return file
    }

    /// The bytes of `path`, from the override folder or the built-in set.
    ///
    /// - Throws: A ``RenderError`` of format `templates` when the override file cannot be
    ///   read or no template has that path.
    public func bytes(_ path: String) throws(RenderError) -> [UInt8] {
        if let file = overrideFile(for: path) {
            do {
                return [UInt8](try Data(contentsOf: file))
            } catch {
                throw RenderError(format: "templates", message: "\(file.path): cannot be read (\(error.localizedDescription))")
            }
        }
        guard let bytes = builtIn[path] else {
            let place = overrideDirectory.map { " in \($0.path) nor" } ?? ""
            throw RenderError(format: "templates", message: "no template \(path)\(place) among the built-in templates")
        }
        return bytes
    }

    /// The text of `path` (UTF-8).
    ///
    /// - Throws: A ``RenderError`` of format `templates`, as ``bytes(_:)`` does, or when
    ///   the template is not valid UTF-8.
    public func text(_ path: String) throws(RenderError) -> String {
        let bytes = try bytes(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw RenderError(format: "templates", message: "template \(path) is not UTF-8 text")
        }
        return text
    }

    /// Template paths are fixed by renderers, never taken from data; still, refuse any
    /// that could leave the folder.
    private static func isPlainRelativePath(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }
}
