import ArgumentParser
import ShiryoFollowUp

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check reports and list every problem, with file:line:column and key path.",
        discussion: """
        Exits with 0 when every input is valid, 1 otherwise. Writes nothing.

        Examples:
          shiryo validate samples/amr-action-plan
          shiryo validate samples/*
        """
    )

    @Argument(help: "Report folders or files (YAML or JSON).")
    var inputs: [String]

    func run() throws {
        let loader = ReportLoader()
        var failed = false
        for input in inputs {
            do {
                _ = try loader.load(path: input)
                printError("\(input): valid")
            } catch {
                failed = true
                printError(String(describing: error))
            }
        }
        if failed { throw ExitCode.failure }
    }
}
