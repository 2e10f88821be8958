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
        """
    )

    @Option(help: "Number of goals.") var goals = 6
    @Option(help: "Strategies per goal.") var strategies = 3
    @Option(help: "Indicator rows per strategy.") var indicators = 10
    @Option(help: "Seed of the generator: the same seed gives the same report.") var seed: UInt64 = 2024
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?

    func validate() throws {
        for (name, value) in [("goals", goals), ("strategies", strategies), ("indicators", indicators)]
        where !(1...10_000).contains(value) {
            throw ValidationError("--\(name) must be from 1 to 10000")
        }
    }

    func run() throws {
        let report = SyntheticReport(goals: goals, strategiesPerGoal: strategies, indicatorsPerStrategy: indicators,
                                     seed: seed)
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
