import Foundation
import ShiryoFollowUp
import ShiryoModel
import ShiryoRendering

/// Load → assemble → render → write, for one or more inputs.
///
/// Nothing reaches the output folder until every input, document and format has succeeded:
/// outputs are rendered into memory, or streamed into files staged by an `OutputStaging`
/// that is committed at the end, so a failure anywhere leaves the output folder as it was.
public struct RenderPipeline: Sendable {
    public struct Output: Sendable, Equatable {
        /// The file name the output gets in the output folder.
        public var fileName: String
        public var data: Data
        public var format: String
        public var document: FollowUpDocument
    }

    /// How `exec:PATH` formats run.
    public struct ExternalSettings: Sendable, Equatable {
        public var fileExtension = ExternalRenderer.defaultFileExtension
        public var timeout = ExternalRenderer.defaultTimeout
        public init(fileExtension: String = ExternalRenderer.defaultFileExtension,
                    timeout: TimeInterval = ExternalRenderer.defaultTimeout) {
            self.fileExtension = fileExtension
            self.timeout = timeout
        }
    }

    public var registry: RendererRegistry
    /// The option values the user set; each must be accepted by one of the chosen formats.
    public var options: RenderOptions
    public var templates: TemplateSet
    public var external: ExternalSettings
    public var loader = ReportLoader()
    /// Whether a report's outputs (formats × documents) are made side by side on every core,
    /// and its goals decoded while the file is composed; off, everything runs one at a time
    /// (`shiryo render --jobs 1`).
    public var rendersSideBySide = true {
        didSet { loader.decodesWhileComposing = rendersSideBySide }
    }
    /// Told, from whichever thread finished one, how many of an input's outputs are written
    /// into their staged files and how many there are (`shiryo render` shows it on a terminal).
    public var progress: (@Sendable (_ written: Int, _ total: Int) -> Void)?

    public init(
        registry: RendererRegistry = .builtIn, options: RenderOptions = RenderOptions(),
        templates: TemplateSet = .builtIn, external: ExternalSettings = ExternalSettings(),
        rendersSideBySide: Bool = true
    ) {
        self.registry = registry
        self.options = options
        self.templates = templates
        self.external = external
        self.rendersSideBySide = rendersSideBySide
        loader.decodesWhileComposing = rendersSideBySide
    }

    /// The renderers for the format names (registered names, or `exec:PATH`), checked
    /// before any work is done: every name is known, every `exec:` program can be run, and
    /// every option set is one that a chosen format reads, with a value it accepts.
    public func renderers(named names: [String]) throws -> [any DocumentRenderer] {
        let renderers: [any DocumentRenderer] = try names.map { name in
            if let renderer = registry.renderer(named: name) { return renderer }
            if let external = ExternalRenderer(
                formatName: name, fileExtension: external.fileExtension, timeout: external.timeout) {
                try external.checkProgram()
                return external
            }
            throw PipelineError.unknownFormat(name, available: registry.formatNames)
        }
        let accepted = Set(renderers.flatMap { $0.acceptedOptions.map(\.name) })
        for name in options.names where !accepted.contains(name) {
            let readers = registry.all.filter { $0.acceptedOptions.contains { $0.name == name } }.map(\.formatName)
            throw PipelineError.unusedOption(name, formats: names, readBy: readers)
        }
        for renderer in renderers {
            try renderer.validate(options)
        }
        return renderers
    }

    /// Renders the given documents of one input in every given format, into memory.
    public func render(
        input path: String, documents: [FollowUpDocument], formats: [String]
    ) throws -> [Output] {
        try jobs(input: path, documents: documents, formats: formats).runConcurrently(
            if: rendersSideBySide, startRank: Self.startRank
        ) { job in
            let output = RenderOutput()
            try job.render(output)
            return Output(fileName: job.fileName, data: output.data, format: job.format, document: job.document)
        }
    }

    /// Renders the given documents of one input in every given format, each streamed into its
    /// staged file as it is rendered, and returns the files' names. Nothing reaches the output
    /// folder before `staging` is committed; on a failure, discard it.
    public func render(
        input path: String, documents: [FollowUpDocument], formats: [String], into staging: OutputStaging
    ) throws -> [String] {
        let jobs = try jobs(input: path, documents: documents, formats: formats)
        // The assembled documents go with the jobs: freeing them need not hold up the result.
        defer { BackgroundRelease.release(jobs) }
        let written = Counter()
        return try jobs.runConcurrently(if: rendersSideBySide, startRank: Self.startRank) { [progress] job in
            let output = try staging.output(named: job.fileName)
            try job.render(output)
            try staging.close(output, named: job.fileName)
            progress?(written.increment(), jobs.count)
            return job.fileName
        }
    }

    /// A count shared by the threads of one render.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        /// The count after adding one.
        func increment() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }

    /// When a job starts, so that the longest do not end up running alone on one core after
    /// everything else is done: the 詳細's outputs first (many times the size of the 概要's),
    /// then those of formats that make one document only (pptx: the whole work of the format
    /// is in that one output), then the rest.
    static func startRank(_ job: Job) -> Int {
        if job.document == .detail { return 0 }
        return job.isFormatsOnlyOutput ? 1 : 2
    }

    /// One output to make: its file name, format and document, and the work that writes it.
    struct Job: Sendable {
        var fileName: String
        var format: String
        var document: FollowUpDocument
        /// Whether the format makes no other output of the input.
        var isFormatsOnlyOutput = false
        var render: @Sendable (RenderOutput) throws -> Void
    }

    /// Loads the input and assembles each document once, whatever the number of formats, then
    /// gives the outputs to make, in the order of formats and documents.
    func jobs(input path: String, documents: [FollowUpDocument], formats: [String]) throws -> [Job] {
        let renderers = try renderers(named: formats)
        let file = try loader.resolve(path)
        let report = try loader.load(path: path)
        let stem = Self.outputStem(for: file)
        let wanted = documents.filter { document in
            documents.count == 1 || renderers.contains { $0.supports(document.kind) }
        }
        // The renders need only the models: the 概要 is assembled first, then the 詳細 takes
        // the report over and lets it go as it grows.
        var models: [FollowUpDocument: Document] = [:]
        for document in wanted where document != .detail { models[document] = document.assemble(report) }
        if wanted.contains(.detail) {
            models[.detail] = FollowUpDocument.detail.assemble(consuming: consume report)
        } else {
            BackgroundRelease.release(consume report)
        }
        var jobs: [Job] = []
        for renderer in renderers {
            let names = Dictionary(uniqueKeysWithValues: FollowUpDocument.allCases.map {
                ($0.identifier, Self.fileName(stem: stem, document: $0, extension: renderer.fileExtension))
            })
            let context = RenderContext(
                inputDirectory: file.deletingLastPathComponent(), companionFileNames: names, options: options,
                templates: templates)
            let formatStart = jobs.count
            for document in documents where documents.count == 1 || renderer.supports(document.kind) {
                guard let model = models[document] else { continue }
                jobs.append(Job(
                    fileName: names[document.identifier] ?? "\(stem).\(renderer.fileExtension)",
                    format: renderer.formatName, document: document,
                    render: { output in try renderer.render(model, context: context, to: output) }))
            }
            if jobs.count == formatStart + 1 { jobs[formatStart].isFormatsOnlyOutput = true }
        }
        return jobs
    }

    /// The name outputs are based on: the folder's name for `folder/report.yaml`, else the
    /// file's name without extension.
    public static func outputStem(for file: URL) -> String {
        let base = file.deletingPathExtension().lastPathComponent
        if base == "report" {
            let folder = file.deletingLastPathComponent().lastPathComponent
            if !folder.isEmpty, folder != "/", folder != "." { return folder }
        }
        return base
    }

    /// `amr-action-plan.summary.json`
    public static func fileName(stem: String, document: FollowUpDocument, extension ext: String) -> String {
        "\(stem).\(document.rawValue).\(ext)"
    }

    /// Writes outputs into a folder, all or nothing (see `OutputStaging`): on any failure the
    /// folder is left as it was, and the error (`OutputStaging.Failure`) says in words what
    /// failed and what to do.
    public static func write(_ outputs: [Output], to directory: URL) throws {
        var names = Set<String>()
        for output in outputs where !names.insert(output.fileName).inserted {
            throw PipelineError.duplicateOutput(output.fileName)
        }
        try OutputStaging.write(outputs.map { ($0.fileName, $0.data) }, to: directory)
    }
}

public enum PipelineError: Error, Sendable, CustomStringConvertible, Equatable {
    case unknownFormat(String, available: [String])
    case duplicateOutput(String)
    /// An option none of the chosen formats reads.
    case unusedOption(String, formats: [String], readBy: [String])

    public var description: String {
        switch self {
        case .unknownFormat(let name, let available):
            "unknown format '\(name)'; available formats: \(available.joined(separator: ", ")), "
                + "or exec:PATH for a program that reads the document JSON"
        case .duplicateOutput(let name):
            "two inputs would both write '\(name)'; give them different names or render them separately"
        case .unusedOption(let name, let formats, let readers):
            "option '\(name)' is not read by \(formats.joined(separator: ", "))"
                + (readers.isEmpty ? "; see `shiryo formats` for each format's options"
                                   : " (it is an option of \(readers.joined(separator: ", ")))")
        }
    }
}
