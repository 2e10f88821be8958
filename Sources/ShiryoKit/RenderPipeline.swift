import Foundation
import ShiryoFollowUp
import ShiryoModel

/// Load → assemble → render → write, for one or more inputs.
///
/// Everything is rendered in memory before anything is written, so a failure in any input,
/// document or format leaves the output folder as it was.
public struct RenderPipeline: Sendable {
    public struct Output: Sendable, Equatable {
        /// The file name the output gets in the output folder.
        public var fileName: String
        public var data: Data
        public var format: String
        public var document: FollowUpDocument
    }

    public var registry: RendererRegistry
    public var settings: RenderSettings
    public var loader = ReportLoader()

    public init(registry: RendererRegistry = .builtIn, settings: RenderSettings = RenderSettings()) {
        self.registry = registry
        self.settings = settings
    }

    /// Checks every format name before any work is done.
    public func renderers(named names: [String]) throws -> [any DocumentRenderer] {
        try names.map { name in
            guard let renderer = registry.renderer(named: name) else {
                throw PipelineError.unknownFormat(name, available: registry.formatNames)
            }
            return renderer
        }
    }

    /// Renders the given documents of one input in every given format.
    public func render(
        input path: String, documents: [FollowUpDocument], formats: [String]
    ) throws -> [Output] {
        let renderers = try renderers(named: formats)
        let file = try loader.resolve(path)
        let report = try loader.load(path: path)
        let stem = Self.outputStem(for: file)
        var outputs: [Output] = []
        for renderer in renderers {
            let names = Dictionary(uniqueKeysWithValues: FollowUpDocument.allCases.map {
                ($0.identifier, Self.fileName(stem: stem, document: $0, extension: renderer.fileExtension))
            })
            let context = RenderContext(inputDirectory: file.deletingLastPathComponent(), companionFileNames: names,
                                        settings: settings)
            for document in documents {
                let model = document.assemble(report)
                let data = try renderer.render(model, context: context)
                outputs.append(Output(fileName: names[document.identifier] ?? "\(stem).\(renderer.fileExtension)",
                                      data: data, format: renderer.formatName, document: document))
            }
        }
        return outputs
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

    /// Writes outputs into a folder, each atomically.
    public static func write(_ outputs: [Output], to directory: URL) throws {
        var names = Set<String>()
        for output in outputs where !names.insert(output.fileName).inserted {
            throw PipelineError.duplicateOutput(output.fileName)
        }
        for output in outputs {
            try AtomicFile.write(output.data, to: directory.appendingPathComponent(output.fileName))
        }
    }
}

public enum PipelineError: Error, Sendable, CustomStringConvertible, Equatable {
    case unknownFormat(String, available: [String])
    case duplicateOutput(String)

    public var description: String {
        switch self {
        case .unknownFormat(let name, let available):
            "unknown format '\(name)'; available formats: \(available.joined(separator: ", "))"
        case .duplicateOutput(let name):
            "two inputs would both write '\(name)'; give them different names or render them separately"
        }
    }
}
