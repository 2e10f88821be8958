import Foundation
import PackagePlugin

/// Builds every file of the package's `templates/` folder into the target it is applied
/// to, as `generatedTemplateFiles: [String: [UInt8]]`, so the library carries its
/// templates and an installed binary needs no files beside it.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "templates")
        let paths = try Self.templatePaths(in: folder)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(paths.count) templates into \(target.name)",
                executable: try context.tool(named: "shiryo-embed-templates").url,
                arguments: [output.path, folder.path] + paths,
                inputFiles: paths.map { folder.appending(path: $0) },
                outputFiles: [output])
        ]
    }

    /// The regular files under `folder`, relative to it with `/` separators, sorted;
    /// hidden files (editor backups, .DS_Store) are skipped.
    static func templatePaths(in folder: URL) throws -> [String] {
        let manager = FileManager.default
        guard let walker = manager.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        let base = folder.standardizedFileURL.path
        var paths: [String] = []
        for case let file as URL in walker {
            guard (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let path = file.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            paths.append(String(path.dropFirst(base.count + 1)))
        }
        return paths.sorted()
    }
}
