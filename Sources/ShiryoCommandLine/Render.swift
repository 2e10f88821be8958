import ArgumentParser
import Foundation
import ShiryoFollowUp
import ShiryoKit
import ShiryoRendering

struct Render: FormatCommand {
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
          shiryo render report.yaml --format pdf --templates my-templates   (see `shiryo templates`)
          shiryo render report.yaml --format exec:./to-markdown.py --exec-extension md

        exec:PATH runs PATH with the document JSON ({"schemaVersion": 1, "document": …}) on
        standard input; what it writes on standard output is the output. It runs in the
        report's folder, with SHIRYO_DOCUMENT (summary or detail) and SHIRYO_INPUT_DIRECTORY set.
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
            help: "Output formats (see `shiryo formats`), or exec:PATH. Default: json.")
    var formats: [String] = ["json"]

    @Option(name: .shortAndLong, help: "Output folder, or - for standard output (one document, one format).")
    var output: String = "output"

    @Option(name: .customLong("option"), help: ArgumentHelp(
        "A format's option (see `shiryo formats`); repeatable.", valueName: "NAME=VALUE"))
    var formatOptions: [String] = []

    @Option(help: "text: line width in display columns (--option width=N).")
    var width: Int?

    @Option(help: "text: width of East Asian Ambiguous characters (○ ※ ① …): narrow (1) or wide (2).")
    var ambiguous: AmbiguousChoice?

    @Flag(help: "text: draw frames with ASCII (+-|) instead of box-drawing characters.")
    var ascii = false

    @Option(help: "xhtml, pdf: a CSS file that replaces the built-in stylesheet.")
    var stylesheet: String?

    @Option(help: "docx: a .docx whose styles, page setup, theme and numbering the output takes.")
    var referenceDocx: String?

    @Option(help: ArgumentHelp(
        "A folder of templates that replace the built-in ones file by file (see `shiryo templates`).",
        valueName: "DIR"))
    var templates: String?

    @Option(help: "exec: formats: the output files' extension.")
    var execExtension: String = ExternalRenderer.defaultFileExtension

    @Option(help: "How many inputs to render at once (default: the number of cores); with 1, everything runs one at a time, a report's formats and documents too.")
    var jobs: Int = ParallelRender.defaultJobs

    @Option(help: "exec: formats: seconds after which the program is stopped and the render fails.")
    var execTimeout: Double = ExternalRenderer.defaultTimeout

    enum AmbiguousChoice: String, ExpressibleByArgument, CaseIterable {
        case narrow, wide
    }

    /// The options from `--option` and from the flags that are short for one.
    func renderOptions() throws -> RenderOptions {
        var options = RenderOptions()
        for pair in formatOptions {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw ValidationError("--option \(pair): expected NAME=VALUE, with a name such as width")
            }
            options[name] = parts.count > 1 ? String(parts[1]) : ""
        }
        if let width { options["width"] = String(width) }
        if let ambiguous { options["ambiguous"] = ambiguous.rawValue }
        if ascii { options["ascii"] = "true" }
        if let stylesheet { options["stylesheet"] = stylesheet }
        if let referenceDocx { options["reference-docx"] = referenceDocx }
        return options
    }

    func validate() throws {
        let options = try renderOptions()
        for (option, path) in [("stylesheet", options["stylesheet"]), ("reference-docx", options["reference-docx"])] {
            if let path, !FileManager.default.fileExists(atPath: path) {
                throw ValidationError("\(option): \(path): no such file")
            }
        }
        if let templates {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--templates \(templates): no such folder")
            }
        }
        guard (1...1024).contains(jobs) else {
            throw ValidationError("--jobs \(jobs): expected a number of inputs from 1 to 1024")
        }
        guard execTimeout > 0, execTimeout.isFinite else {
            throw ValidationError("--exec-timeout \(execTimeout): expected a number of seconds above 0")
        }
        guard !execExtension.isEmpty, execExtension.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw ValidationError("--exec-extension \(execExtension): expected letters and digits, e.g. md")
        }
    }

    /// Every input's result, or one error listing the problems of every bad input (in input
    /// order) and that nothing was written; another failure is thrown as it is.
    private static func collect<Value>(_ results: [Result<Value, any Error>]) throws -> [Value] {
        var values: [Value] = []
        var problems: [String] = []
        for result in results {
            do {
                values.append(try result.get())
            } catch let error as ShiryoFollowUp.ValidationError {
                problems.append(String(describing: error))
            } catch let error as ReportLoader.Error {
                problems.append(String(describing: error))
            }
        }
        if !problems.isEmpty {
            throw CLIError((problems + ["nothing was written"]).joined(separator: "\n"))
        }
        return values
    }

    func run(registry: RendererRegistry) throws {
        do {
            var configured = RenderPipeline(
                registry: registry, options: try renderOptions(),
                templates: .overriding(with: templates.map { URL(fileURLWithPath: $0, isDirectory: true) }),
                external: .init(fileExtension: execExtension, timeout: execTimeout), rendersSideBySide: jobs > 1)
            _ = try configured.renderers(named: formats)
            let onTerminal = isatty(STDERR_FILENO) == 1
            // A batch counts its inputs; one input, which may be a long render, its outputs.
            let countsOutputs = onTerminal && inputs.count == 1 && output != "-"
            if countsOutputs {
                configured.progress = { written, total in TerminalProgress.show("rendered \(written) of \(total) outputs") }
            }
            let pipeline = configured
            // Every input is checked, so that one run lists the problems of all of them, in
            // input order whichever finished first. Into a folder, each output streams into its
            // staged file as it is rendered; the files are moved into place only when every
            // input succeeded.
            let parallel = ParallelRender(jobs: jobs, showsProgress: onTerminal && inputs.count > 1)
            let documents = document.documents
            let formats = formats
            if output == "-" {
                let results = parallel.run(inputs) { input in
                    try pipeline.render(input: input, documents: documents, formats: formats)
                }
                let outputs = try Self.collect(results).flatMap { $0 }
                guard outputs.count == 1, let only = outputs.first else {
                    throw CLIError("--output - writes one document in one format; this run makes \(outputs.count)"
                        + " (choose one with --document and --format)")
                }
                FileHandle.standardOutput.write(only.data)
            } else {
                let staging = OutputStaging(directory: URL(fileURLWithPath: output))
                let results = parallel.run(inputs) { input in
                    try pipeline.render(input: input, documents: documents, formats: formats, into: staging)
                }
                if countsOutputs { TerminalProgress.finish() }
                let names: [String]
                do {
                    names = try Self.collect(results).flatMap { $0 }
                    try staging.commit()
                } catch {
                    staging.discard()
                    throw error
                }
                for name in names {
                    printError("wrote \((output as NSString).appendingPathComponent(name))")
                }
            }
        } catch {
            throw CLIError.from(error)
        }
    }
}
