import ArgumentParser
import Foundation
import ShiryoKit
import ShiryoRendering

struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the built-in templates into a folder, to edit and use with --templates.",
        discussion: """
        Writes every template built into shiryo (e.g. xhtml/report.css) under OUTPUT. Edit the
        ones you want to change, delete the others, and render with `--templates OUTPUT`: a
        template found there replaces the built-in one, the rest stay built in.
        Existing files are not overwritten.

        Example:
          shiryo templates --output my-templates && shiryo render report.yaml --format pdf --templates my-templates
        """)

    @Option(name: .shortAndLong, help: "The folder to write into (created if missing).")
    var output: String

    func run() throws {
        let templates = TemplateSet.builtIn
        let folder = URL(fileURLWithPath: output)
        let existing = templates.builtInPaths.filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
        guard existing.isEmpty else {
            throw CLIError("\(output) already has \(existing.joined(separator: ", ")); choose an empty folder")
        }
        do {
            for path in templates.builtInPaths {
                let file = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(Data(try templates.bytes(path)), to: file)
                printError("wrote \(file.path)")
            }
        } catch {
            throw CLIError.from(error)
        }
    }
}
