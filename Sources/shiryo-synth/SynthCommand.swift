import ArgumentParser
import Foundation
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
          shiryo-synth --goals 50 --strategies 10 --indicators 20 --benchmark --budget 1
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

    func validate() throws {
        for (name, value) in [("goals", goals), ("strategies", strategies), ("indicators", indicators)]
        where !(1...10_000).contains(value) {
            throw ValidationError("--\(name) must be from 1 to 10000")
        }
    }

    func run() throws {
        let report = SyntheticReport(goals: goals, strategiesPerGoal: strategies, indicatorsPerStrategy: indicators,
                                     seed: seed)
        if benchmark {
            let result = try Benchmark(report: report).run(formats: formats)
            print("\(report.indicatorRows) indicator rows")
            for step in result.steps {
                print(String(format: "%-24@ %8.3f s", step.name as NSString, step.seconds))
            }
            if let budget, result.coreSeconds > budget {
                print(String(format: "load + validate + assemble took %.3f s, over the budget of %.3f s",
                             result.coreSeconds, budget))
                throw ExitCode.failure
            }
            return
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
}
