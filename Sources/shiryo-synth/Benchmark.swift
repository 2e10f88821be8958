import Foundation
import ShiryoFollowUp
import ShiryoKit
import ShiryoLint
import ShiryoRendering
import ShiryoSynthetic

/// Times each step of the pipeline on a synthetic report. Timings use the monotonic clock
/// and never reach any output document.
struct Benchmark {
    let report: SyntheticReport
    /// How often each format is rendered; its best run is the one judged, so that a busy
    /// machine (a shared CI runner) does not fail a budget that the code itself meets.
    var runs = 3

    struct Step {
        var name: String
        /// Every run, in the order they ran.
        var runs: [Double]
        var best: Double { runs.min() ?? 0 }
    }

    struct Result {
        /// Load + validate (best of the runs) and assemble (timed once), then one step per format.
        var core: [Step] = []
        var renders: [(format: String, step: Step)] = []
        /// `shiryo lint` of the report (its own load included), when asked for.
        var lint: Step?
        var coreSeconds: Double { core.map(\.best).reduce(0, +) }
        var steps: [Step] { core + renders.map(\.step) + (lint.map { [$0] } ?? []) }
    }

    func run(formats: [String], lint: Bool = false) throws -> Result {
        var result = Result()
        let clock = ContinuousClock()
        func seconds<T>(_ work: () throws -> T) rethrows -> (T, Double) {
            let start = clock.now
            let value = try work()
            let elapsed = clock.now - start
            return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let yaml = try report.yaml()
        // Loaded as a file's bytes are, by `shiryo render` and `validate` (the read aside).
        let bytes = Data(yaml.utf8)
        var load = Step(name: "load + validate", runs: [])
        var loaded: FollowUpReport?
        for _ in 0..<max(runs, 1) {
            let (report, elapsed) = try seconds {
                try ReportLoader().load(data: bytes, file: "synthetic.yaml", baseDirectory: nil)
            }
            loaded = report
            load.runs.append(elapsed)
        }
        result.core.append(load)
        guard let loaded else { return result }
        let (documents, assembleSeconds) = seconds { FollowUpDocument.allCases.map { $0.assemble(loaded) } }
        result.core.append(Step(name: "assemble 概要 + 詳細", runs: [assembleSeconds]))
        let pipeline = RenderPipeline()
        for renderer in try pipeline.renderers(named: formats) {
            // Each document the format makes (pptx makes the 概要 only). A synthetic goal of ten
            // strategies is more than one slide holds: pptx continues it on the next ones.
            let made = documents.filter { renderer.supports($0.kind) }
            let context = RenderContext(options: RenderOptions(renderer.formatName == "pptx" ? ["overflow": "continue"] : [:]))
            var step = Step(name: "render \(renderer.formatName)", runs: [])
            for _ in 0..<max(runs, 1) {
                let (_, elapsed) = try seconds {
                    try made.map { try renderer.renderBytes($0, context: context) }
                }
                step.runs.append(elapsed)
            }
            result.renders.append((renderer.formatName, step))
        }
        if lint {
            var step = Step(name: "lint (load + all rules)", runs: [])
            for _ in 0..<max(runs, 1) {
                let (_, elapsed) = try seconds {
                    try Linter().lint(text: yaml, file: "synthetic.yaml", baseDirectory: nil)
                }
                step.runs.append(elapsed)
            }
            result.lint = step
        }
        return result
    }
}

/// Per-format render budgets from `--render-budget docx=0.5 text=0.5 …`.
struct RenderBudgets {
    private(set) var seconds: [String: Double] = [:]

    init(_ entries: [String]) throws {
        for entry in entries {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, let limit = Double(parts[1]), limit > 0 else {
                throw BudgetError(entry: entry)
            }
            seconds[parts[0]] = limit
        }
    }

    struct BudgetError: Error, CustomStringConvertible {
        let entry: String
        var description: String {
            "--render-budget takes FORMAT=SECONDS (e.g. docx=0.5), not \"\(entry)\""
        }
    }
}
