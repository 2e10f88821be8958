import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-documents [INPUT…]
///  [--format NAME…] [--document summary|detail|all] [--output DIR] [--configuration debug|release]`
///
/// Builds `shiryo` and renders the given reports (every folder of `samples/` by default)
/// in the given formats (every format by default) into `output/` in the package.
@main
struct GenerateDocuments: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        // `--format xhtml --format docx` or `--format xhtml,docx`.
        let formats = extractor.extractOption(named: "format").flatMap { $0.split(separator: ",").map(String.init) }
        let documents = extractor.extractOption(named: "document")
        let outputs = extractor.extractOption(named: "output")
        let configurations = extractor.extractOption(named: "configuration")
        let extra = extractor.remainingArguments.filter { $0.hasPrefix("-") }
        guard extra.isEmpty else {
            throw PluginFailure("unknown option \(extra.joined(separator: " ")); "
                + "options: --format NAME, --document summary|detail|all, --output DIR, --configuration debug|release")
        }
        let package = context.package.directoryURL
        let inputs = extractor.remainingArguments.isEmpty
            ? try Self.sampleFolders(in: package.appending(path: "samples"))
            : extractor.remainingArguments
        guard !inputs.isEmpty else { throw PluginFailure("no reports given and none found in samples/") }

        let configuration: PackageManager.BuildConfiguration
        switch configurations.last ?? "debug" {
        case "debug": configuration = .debug
        case "release": configuration = .release
        case let other: throw PluginFailure("--configuration \(other): expected debug or release")
        }
        let build = try packageManager.build(
            .product("shiryo"), parameters: PackageManager.BuildParameters(configuration: configuration, logging: .concise))
        guard build.succeeded,
              let tool = build.builtArtifacts.first(where: { $0.kind == .executable && $0.url.lastPathComponent == "shiryo" })
        else {
            throw PluginFailure("building shiryo failed:\n\(build.logText)")
        }

        let chosenFormats = formats.isEmpty ? try Self.allFormats(tool: tool.url) : formats
        var command = ["render"] + inputs + ["--format"] + chosenFormats
        command += ["--output", outputs.last ?? package.appending(path: "output").path]
        if let document = documents.last { command += ["--document", document] }
        let status = try Self.run(tool.url, command, in: package)
        guard status == 0 else { throw PluginFailure("shiryo render exited with status \(status)") }
    }

    /// Every folder of `samples/` that holds a report, sorted.
    static func sampleFolders(in samples: URL) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted()
        return names.compactMap { name in
            let folder = samples.appending(path: name)
            let hasReport = ["report.yaml", "report.yml", "report.json"].contains {
                FileManager.default.fileExists(atPath: folder.appending(path: $0).path)
            }
            return hasReport ? folder.path : nil
        }
    }

    /// The first column of `shiryo formats`.
    static func allFormats(tool: URL) throws -> [String] {
        let process = Process()
        process.executableURL = tool
        process.arguments = ["formats"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let listing = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PluginFailure("shiryo formats failed") }
        return String(decoding: listing, as: UTF8.self).split(separator: "\n").compactMap {
            $0.split(separator: "\t").first.map(String.init)
        }.filter { !$0.isEmpty && !$0.hasPrefix(" ") }
    }

    static func run(_ tool: URL, _ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = directory
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
