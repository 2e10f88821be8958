import Foundation
import ShiryoFollowUp
import ShiryoKit
import ShiryoRendering
import ShiryoSynthetic

/// Times each step of the pipeline on a synthetic report. Timings use the monotonic clock
/// and never reach any output document.
struct Benchmark {
    let report: SyntheticReport

    struct Result {
        var steps: [(name: String, seconds: Double)] = []
        var coreSeconds: Double = 0
    }

    func run(formats: [String]) throws -> Result {
        var result = Result()
        let clock = ContinuousClock()
        func time<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
            let start = clock.now
            let value = try work()
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            result.steps.append((name, seconds))
            return value
        }
        let yaml = try report.yaml()
        let loaded = try time("load + validate") {
            try ReportLoader().load(text: yaml, file: "synthetic.yaml", baseDirectory: nil)
        }
        let documents = time("assemble 概要 + 詳細") { FollowUpDocument.allCases.map { $0.assemble(loaded) } }
        result.coreSeconds = result.steps.map(\.seconds).reduce(0, +)
        let pipeline = RenderPipeline()
        for renderer in try pipeline.renderers(named: formats) {
            _ = try time("render \(renderer.formatName)") {
                try documents.map { try renderer.renderBytes($0) }
            }
        }
        return result
    }
}
