import Foundation
import ShiryoModel
import ShiryoXHTML
import Testing

/// Renders model JSON files (from `shiryo render --format json`) to XHTML and PDF, for
/// `scripts/xhtml-tests.sh` to judge with real tools while the command-line tool does not
/// offer these formats yet. Does nothing unless `SHIRYO_XHTML_EMIT_FROM` (a folder of
/// `<sample>.<summary|detail>.json`) and `SHIRYO_XHTML_EMIT_TO` are set;
/// `SHIRYO_XHTML_SAMPLES` (the samples folder) gives the input folders for images, and
/// `SHIRYO_XHTML_EMIT_PDF=0` skips the PDFs.
@Test func emitSamplesForExternalChecks() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let from = environment["SHIRYO_XHTML_EMIT_FROM"], let to = environment["SHIRYO_XHTML_EMIT_TO"] else { return }
    let source = URL(fileURLWithPath: from)
    let destination = URL(fileURLWithPath: to)
    let samples = environment["SHIRYO_XHTML_SAMPLES"].map { URL(fileURLWithPath: $0) }
    try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
    let files = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".json") }.sorted()
    for file in files {
        // amr-action-plan.detail.json → sample amr-action-plan, identifier detail.
        let stem = String(file.dropLast(".json".count))
        guard let dot = stem.lastIndex(of: ".") else { continue }
        let sample = String(stem[..<dot])
        let document = try DocumentJSON.decode(Data(contentsOf: source.appendingPathComponent(file)))
        let options = XHTMLRenderOptions(
            inputDirectory: samples?.appendingPathComponent(sample),
            companionFileNames: ["summary": "\(sample).summary.xhtml", "detail": "\(sample).detail.xhtml"])
        try XHTMLRenderer().render(document, options: options).write(to: destination.appendingPathComponent(stem + ".xhtml"))
        if environment["SHIRYO_XHTML_EMIT_PDF"] != "0" {
            try PDFRenderer().render(document, options: options).write(to: destination.appendingPathComponent(stem + ".pdf"))
        }
    }
}
