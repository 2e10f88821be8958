import Foundation
import ShiryoFollowUp
import ShiryoKit

/// Renders independent inputs side by side, at most `jobs` at a time, and gives each
/// input's result back in input order: messages read the same whatever finished first, and
/// the caller still writes nothing unless every input succeeded.
struct ParallelRender {
    let jobs: Int
    /// Shows `rendered N of M` on standard error as inputs finish (for batches on a terminal).
    let showsProgress: Bool

    /// `work` for each input, at most `jobs` at a time; the results in input order.
    func run<Value>(_ inputs: [String], _ work: @escaping @Sendable (String) throws -> Value) -> [Result<Value, any Error>] {
        let results = Results<Value>(count: inputs.count)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = max(1, min(jobs, inputs.count))
        for (index, input) in inputs.enumerated() {
            queue.addOperation {
                let result = Result { try work(input) }
                let done = results.store(result, at: index)
                if showsProgress { TerminalProgress.show("rendered \(done) of \(inputs.count)") }
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        if showsProgress { TerminalProgress.finish() }
        return results.all
    }

    /// The number of cores, the default of `--jobs`.
    static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Results by input, filled from several threads.
    private final class Results<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<Value, any Error>?]
        private var done = 0

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func store(_ result: Result<Value, any Error>, at index: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            results[index] = result
            done += 1
            return done
        }

        var all: [Result<Value, any Error>] {
            lock.lock()
            defer { lock.unlock() }
            return results.map { $0 ?? .failure(CLIError("an input was not rendered")) }
        }
    }
}
