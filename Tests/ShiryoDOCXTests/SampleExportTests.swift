import Foundation
import ShiryoDOCX
import ShiryoModel
import Testing

/// Renders every model JSON file of `SHIRYO_DOCX_JSON` (as `shiryo render --format json`
/// writes them) to DOCX in `SHIRYO_DOCX_OUT`: the way scripts/docx-tests.sh obtains the
/// files while the CLI does not offer the format yet. Does nothing without the variables.
@Test func exportSamplesForExternalChecks() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let input = environment["SHIRYO_DOCX_JSON"], let output = environment["SHIRYO_DOCX_OUT"] else { return }
    let inputURL = URL(fileURLWithPath: input)
    let outputURL = URL(fileURLWithPath: output)
    try FileManager.default.createDirectory(at: outputURL, withIntermediateDirectories: true)
    let names = try FileManager.default.contentsOfDirectory(atPath: input).filter { $0.hasSuffix(".json") }.sorted()
    #expect(!names.isEmpty)
    let samples = environment["SHIRYO_DOCX_SAMPLES"].map(URL.init(fileURLWithPath:))
    for name in names {
        let document = try DocumentJSON.decode(Data(contentsOf: inputURL.appendingPathComponent(name)))
        // <report>.<summary|detail>.json: images resolve against samples/<report>.
        let report = String(name.split(separator: ".").first ?? "")
        let options = DOCXRenderOptions(inputDirectory: samples?.appendingPathComponent(report))
        let data = try DOCXRenderer().render(document, options: options)
        try data.write(to: outputURL.appendingPathComponent(String(name.dropLast(5)) + ".docx"))
    }
}
