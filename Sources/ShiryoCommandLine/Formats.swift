import ArgumentParser
import ShiryoKit
import ShiryoRendering

struct Formats: FormatCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the output formats and the options each reads.",
        discussion: """
        One line per format (name, extension, description), then one indented line per option,
        set with `shiryo render --option NAME=VALUE`. Any program that reads the document JSON
        on standard input and writes the output on standard output is a format too:
        --format exec:PATH.
        """)

    func run(registry: RendererRegistry) {
        for renderer in registry.all {
            print("\(renderer.formatName)\t.\(renderer.fileExtension)\t\(renderer.summary)")
            for option in renderer.acceptedOptions {
                print("  --option \(option.name)=\(option.valueName)\t\(option.help)")
            }
        }
    }
}
