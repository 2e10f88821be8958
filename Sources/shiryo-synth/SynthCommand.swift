import ArgumentParser
import Foundation
import ShiryoFollowUp
import ShiryoSynthetic

@main
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shiryo-synth",
        abstract: "Write a valid synthetic follow-up report of a chosen size (for benchmarks).",
        discussion: """
        Examples:
          shiryo-synth --goals 50 --strategies 10 --indicators 20 > big/report.yaml
          shiryo-synth --goals 3 --strategies 2 --indicators 5 --output small/report.yaml
          shiryo-synth --goals 50 --strategies 10 --indicators 20 --benchmark --budget 1 \\
            --format docx xhtml text --render-budget docx=0.5 xhtml=0.5 text=0.5
        """
    )

    @Option(help: "Number of goals.") var goals = 6
    @Option(help: "Strategies per goal.") var strategies = 3
    @Option(help: "Indicator rows per strategy.") var indicators = 10
    @Option(help: "Seed of the generator: the same seed gives the same report.") var seed: UInt64 = 2024
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?
    @Flag(help: "Time loading, assembling and rendering the report instead of writing it.") var benchmark = false
    @Option(name: .customLong("format"), parsing: .upToNextOption, help: "Formats to time with --benchmark.")
    var formats: [String] = ["json"]
    @Option(help: "With --benchmark: fail if loading, validating and assembling take longer (seconds).")
    var budget: Double?
    @Option(help: "With --benchmark: fail if the best load + validate (the report read and checked) takes longer (seconds).")
    var loadBudget: Double?
    @Option(help: "With --benchmark: how often each format is rendered; the best run is judged.")
    var runs = 3
    @Option(parsing: .upToNextOption,
            help: "With --benchmark: fail if a format's best render (both documents) takes longer, as FORMAT=SECONDS.")
    var renderBudget: [String] = []
    @Option(help: ArgumentHelp(
        "Also write the assembled 概要 and 詳細 in pandoc's JSON AST into this folder (summary.json, detail.json),",
        discussion: "so that pandoc renders the same content in the same benchmark run."))
    var pandocJSON: String?
    @Option(help: "With --benchmark: also time shiryo lint, and fail if its best run takes longer (seconds).")
    var lintBudget: Double?

    func validate() throws {
        for (name, value) in [("goals", goals), ("strategies", strategies), ("indicators", indicators)]
        where !(1...10_000).contains(value) {
            throw ValidationError("--\(name) must be from 1 to 10000")
        }
        guard (1...100).contains(runs) else { throw ValidationError("--runs must be from 1 to 100") }
        let budgets: RenderBudgets
        do { budgets = try RenderBudgets(renderBudget) } catch { throw ValidationError("\(error)") }
        for format in budgets.seconds.keys.sorted() where !formats.contains(format) {
            throw ValidationError("--render-budget names \(format), which --format does not time")
        }
    }

    func run() throws {
        let report = SyntheticReport(goals: goals, strategiesPerGoal: strategies, indicatorsPerStrategy: indicators,
                                     seed: seed)
        if benchmark {
            let budgets = try RenderBudgets(renderBudget)
            let result = try Benchmark(report: report, runs: runs).run(formats: formats, lint: lintBudget != nil)
            print("\(report.indicatorRows) indicator rows; renders of 概要 + 詳細, best of \(runs)")
            for step in result.steps {
                let every = step.runs.count > 1
                    ? "  (runs: " + step.runs.map { String(format: "%.3f", $0) }.joined(separator: " ") + ")" : ""
                print(Self.padded(step.name) + String(format: "%8.3f s", step.best) + every)
            }
            var overBudget: [String] = []
            if let budget, result.coreSeconds > budget {
                overBudget.append(String(format: "load + validate + assemble took %.3f s, over the budget of %.3f s",
                                         result.coreSeconds, budget))
            }
            if let loadBudget, let load = result.core.first, load.best > loadBudget {
                overBudget.append(String(format: "load + validate took %.3f s at best, over its budget of %.3f s",
                                         load.best, loadBudget))
            }
            for (format, step) in result.renders {
                guard let limit = budgets.seconds[format], step.best > limit else { continue }
                overBudget.append("render \(format) took " + String(format: "%.3f s at best, over its budget of %.3f s",
                                                                      step.best, limit))
            }
            if let lintBudget, let lint = result.lint, lint.best > lintBudget {
                overBudget.append("lint took " + String(format: "%.3f s at best, over its budget of %.3f s", lint.best, lintBudget))
            }
            for line in overBudget { print("OVER BUDGET: " + line) }
            if !overBudget.isEmpty { throw ExitCode.failure }
            return
        }
        if let pandocJSON {
            let folder = URL(fileURLWithPath: pandocJSON)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let loaded = try ReportLoader().load(text: try report.yaml(), file: "synthetic.yaml", baseDirectory: nil)
            for document in FollowUpDocument.allCases {
                try PandocAST.json(document.assemble(loaded))
                    .write(to: folder.appendingPathComponent("\(document.rawValue).json"), options: .atomic)
            }
        }
        let data = Data(try report.yaml().utf8)
        if let output {
            let url = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// Left-aligns step names in a column of terminal cells (a kanji takes two).
    private static func padded(_ name: String, to width: Int = 24) -> String {
        let cells = name.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
        return name + String(repeating: " ", count: max(width - cells, 1))
    }
}
