import ArgumentParser
import Foundation
import ShiryoLint

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the notation of every text (公用文作成の考え方) and point into the YAML/JSON.",
        discussion: """
        Prints file:line:column: level: key.path: message [rule-id] for each finding. \
        Exits with 1 when a report is invalid or an error-level finding remains, 0 otherwise. \
        Rules are set per report under lint: in the data or in .shiryo-lint.yaml beside it (docs/lint.md).

        Examples:
          shiryo lint samples/amr-action-plan
          shiryo lint samples/* --format sarif > lint.sarif
          shiryo lint report.yaml --diff
          shiryo lint report.yaml --fix
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Argument(help: "Report folders or files (YAML or JSON).")
    var inputs: [String]

    @Option(help: "How findings are written: text, json or sarif (SARIF 2.1.0).")
    var format: Format = .text

    @Flag(help: "Apply the safe fixes to the files (text edits; comments and layout stay).")
    var fix = false

    @Flag(help: "Show the safe fixes as a unified diff instead of applying them.")
    var diff = false

    func validate() throws {
        if fix && diff { throw ValidationError("--fix and --diff exclude each other: --diff shows what --fix would do") }
    }

    func run() throws {
        let linter = Linter()
        var findings: [LintFinding] = []
        var failed = false
        for input in inputs {
            do {
                var result = try linter.lint(path: input)
                if fix || diff {
                    let outcome = try LintFixer().fix(result)
                    if !outcome.applied.isEmpty {
                        let file = result.document.file
                        if diff {
                            print(UnifiedDiff.diff(result.sourceText, outcome.text, path: file), terminator: "")
                        } else {
                            try Data(outcome.text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
                            printError("\(file): \(outcome.applied.count) fix\(outcome.applied.count == 1 ? "" : "es") applied")
                            result = try linter.lint(path: input)
                        }
                    }
                    if diff {
                        let applied = Set(outcome.applied.map(\.description))
                        findings += result.findings.filter { !applied.contains($0.description) }
                        continue
                    }
                }
                findings += result.findings
            } catch {
                failed = true
                printError(String(describing: error))
            }
        }
        let output: String
        switch format {
        case .text: output = LintOutput.text(findings)
        case .json: output = LintOutput.json(findings)
        case .sarif: output = LintOutput.sarif(findings, rules: linter.rules, version: "1")
        }
        // With --diff the patch is standard output, so the findings it leaves go to standard error.
        if diff { FileHandle.standardError.write(Data(output.utf8)) } else { print(output, terminator: "") }
        if failed || findings.contains(where: { $0.level == .error }) { throw ExitCode.failure }
    }
}
