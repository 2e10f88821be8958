import ArgumentParser
import Foundation
import ShiryoFollowUp
import ShiryoKit

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render reports into documents.",
        discussion: """
        Writes INPUT-NAME.summary.EXT (the 概要) and INPUT-NAME.detail.EXT (the 詳細) for each format.
        Nothing is written unless every input, document and format succeeds.

        Examples:
          shiryo render samples/amr-action-plan
          shiryo render samples/amr-action-plan --document summary --format json --output out
          shiryo render report.yaml --document detail --output -      (to standard output)
          shiryo render samples/* --format xhtml pdf docx text --output out
          shiryo render report.yaml --document summary --format text --width 60 --output -
          shiryo render report.yaml --format docx --reference-docx office-template.docx
        """
    )

    enum DocumentChoice: String, ExpressibleByArgument, CaseIterable {
        case summary, detail, all

        var documents: [FollowUpDocument] {
            switch self {
            case .summary: [.summary]
            case .detail: [.detail]
            case .all: FollowUpDocument.allCases
            }
        }
    }

    @Argument(help: "Report folders or files (YAML or JSON).")
    var inputs: [String]

    @Option(help: "Which document to render: summary (概要), detail (詳細) or all.")
    var document: DocumentChoice = .all

    @Option(name: .customLong("format"), parsing: .upToNextOption,
            help: "Output formats (see `shiryo formats`). Default: json.")
    var formats: [String] = ["json"]

    @Option(name: .shortAndLong, help: "Output folder, or - for standard output (one document, one format).")
    var output: String = "output"

    @Option(help: "text: line width in display columns.")
    var width: Int = 80

    @Option(help: "text: width of East Asian Ambiguous characters (○ ※ ① …): narrow (1) or wide (2).")
    var ambiguous: AmbiguousChoice = .narrow

    @Flag(help: "text: draw frames with ASCII (+-|) instead of box-drawing characters.")
    var ascii = false

    @Option(help: "xhtml, pdf: a CSS file that replaces the built-in stylesheet.")
    var stylesheet: String?

    @Option(help: "docx: a .docx whose styles and page setup the output takes.")
    var referenceDocx: String?

    enum AmbiguousChoice: String, ExpressibleByArgument, CaseIterable {
        case narrow, wide
    }

    var settings: RenderSettings {
        RenderSettings(
            textWidth: width, ambiguousWide: ambiguous == .wide, asciiFrame: ascii,
            stylesheet: stylesheet.map { URL(fileURLWithPath: $0) },
            referenceDocx: referenceDocx.map { URL(fileURLWithPath: $0) })
    }

    func validate() throws {
        for (option, path) in [("--stylesheet", stylesheet), ("--reference-docx", referenceDocx)] {
            if let path, !FileManager.default.fileExists(atPath: path) {
                throw ValidationError("\(option): \(path): no such file")
            }
        }
    }

    func run() throws {
        let pipeline = RenderPipeline(settings: settings)
        do {
            _ = try pipeline.renderers(named: formats)
            var outputs: [RenderPipeline.Output] = []
            for input in inputs {
                outputs += try pipeline.render(input: input, documents: document.documents, formats: formats)
            }
            if output == "-" {
                guard outputs.count == 1, let only = outputs.first else {
                    throw CLIError("--output - writes one document in one format; this run makes \(outputs.count)"
                        + " (choose one with --document and --format)")
                }
                FileHandle.standardOutput.write(only.data)
            } else {
                try RenderPipeline.write(outputs, to: URL(fileURLWithPath: output))
                for written in outputs {
                    printError("wrote \((output as NSString).appendingPathComponent(written.fileName))")
                }
            }
        } catch {
            throw CLIError.from(error)
        }
    }
}
