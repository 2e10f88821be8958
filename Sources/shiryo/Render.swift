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
          shiryo render samples/* --output out
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

    func run() throws {
        let pipeline = RenderPipeline()
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
