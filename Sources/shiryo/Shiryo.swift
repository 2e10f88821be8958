import ArgumentParser

@main
struct Shiryo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shiryo",
        abstract: "Generate the 概要 and 詳細 of a plan's yearly follow-up from one YAML or JSON file.",
        discussion: """
        A report is a folder holding report.yaml (or report.yml, report.json), or such a file itself.
        The data format is described in docs/data-format.md.
        """,
        subcommands: [Render.self, Validate.self, Formats.self],
        defaultSubcommand: nil
    )
}
