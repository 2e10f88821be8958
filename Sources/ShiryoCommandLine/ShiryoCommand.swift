import ArgumentParser
import ShiryoKit
import ShiryoRendering

/// The `shiryo` command line as a library: a package that adds formats ships a
/// shiryo-compatible tool with a `main.swift` of one line,
///
/// ```swift
/// ShiryoCommandLine.main(registry: RendererRegistry.builtIn.registering(MarkdownRenderer()))
/// ```
///
/// and gets `render`, `validate`, `formats` and `templates` with its formats among the
/// built-in ones.
public enum ShiryoCommandLine {
    /// Parses `arguments` (the process's own by default), runs the command with the formats
    /// of `registry`, and exits: 0 on success, 1 on a failure (after printing it), 64 on a
    /// usage error.
    public static func main(registry: RendererRegistry, arguments: [String]? = nil) -> Never {
        do {
            var command = try ShiryoCommand.parseAsRoot(arguments)
            if let formatCommand = command as? any FormatCommand {
                try formatCommand.run(registry: registry)
            } else {
                try command.run()
            }
            ShiryoCommand.exit()
        } catch {
            ShiryoCommand.exit(withError: error)
        }
    }
}

/// A subcommand that works with the registered formats.
protocol FormatCommand: ParsableCommand {
    func run(registry: RendererRegistry) throws
}

extension FormatCommand {
    func run() throws { try run(registry: .builtIn) }
}

struct ShiryoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shiryo",
        abstract: "Generate the 概要 and 詳細 of a plan's yearly follow-up from one YAML or JSON file.",
        discussion: """
        A report is a folder holding report.yaml (or report.yml, report.json), or such a file itself.
        The data format is described in docs/data-format.md.
        """,
        subcommands: [Render.self, Validate.self, Lint.self, Formats.self, Templates.self, Inquiry.self, NextYear.self],
        defaultSubcommand: nil
    )
}
