import Foundation
import ShiryoModel
import ShiryoRendering

/// Renders a document to PDF: the same XHTML as `XHTMLRenderer`, laid out by an installed
/// paged-media engine (WeasyPrint by default).
public struct PDFRenderer: DocumentRenderer {
    public var engine: PDFEngine

    public let formatName = "pdf"
    public let fileExtension = "pdf"
    public let summary = "PDF of the XHTML through WeasyPrint (pip install weasyprint)"
    public var acceptedOptions: [RenderOption] { XHTMLRenderOptions.acceptedOptions }

    public func validate(_ options: RenderOptions) throws {
        _ = try DocumentMarkingOptions(options, format: formatName)
    }

    public init(engine: PDFEngine = .weasyprint) {
        self.engine = engine
    }

    public func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws {
        output.write(try render(document, options: XHTMLRenderOptions(context: context, format: formatName)))
    }

    public func render(_ document: Document, options: XHTMLRenderOptions) throws -> Data {
        var environment = ProcessInfo.processInfo.environment
        let engine = engine.resolved(environment: environment)
        // WeasyPrint stamps the PDF with the current time unless told otherwise; a fixed
        // epoch makes the same document give the same bytes.
        environment["SOURCE_DATE_EPOCH"] = "0"

        var xhtmlOptions = options
        // The XHTML is laid out from a temporary folder: a relative stylesheet must be made
        // absolute against the current directory to still be found.
        if let stylesheet = options.stylesheet, stylesheet.scheme == nil {
            xhtmlOptions.stylesheet = URL(fileURLWithPath: stylesheet.relativeString).absoluteURL
        }
        let xhtml = try XHTMLRenderer().render(document, options: xhtmlOptions)

        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("shiryo-pdf-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("document.xhtml")
        let output = folder.appendingPathComponent("document.pdf")
        try xhtml.write(to: input)

        let process = ExternalProgram(
            arguments: engine.command + [input.path, output.path], environment: environment,
            workingDirectory: folder, timeout: engine.timeout)
        let result: ExternalProgram.Result
        do {
            result = try process.run()
        } catch {
            switch error {
            case .notFound(let executable):
                throw PDFRenderError.engineNotInstalled(
                    engine: engine.name, executable: executable, installHint: engine.installHint)
            case .timedOut:
                throw PDFRenderError.engineTimedOut(engine: engine.name, seconds: engine.timeout)
            case .notStarted(let reason):
                throw PDFRenderError.engineNotStarted(engine: engine.name, reason: reason)
            }
        }
        guard result.status == 0 else {
            throw PDFRenderError.engineFailed(
                engine: engine.name, status: result.status, stderrTail: Self.lastLines(result.standardError, count: 10))
        }
        guard let pdf = try? Data(contentsOf: output), !pdf.isEmpty else {
            throw PDFRenderError.engineProducedNoOutput(engine: engine.name)
        }
        return pdf
    }

    static func lastLines(_ text: String, count: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).suffix(count).joined(separator: "\n")
    }
}
