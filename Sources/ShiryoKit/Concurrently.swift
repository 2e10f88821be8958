import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `work` for every element, on every core, and the results in the elements' order. If
    /// any call throws, the error of the first element that failed (in order) is thrown, so
    /// a run fails the same way however the work was scheduled.
    ///
    /// The outputs of one report (formats × documents) are independent: made side by side,
    /// a run takes about as long as its slowest output rather than the sum of them.
    ///
    /// - Parameter startRank: when each element starts: lower ranks first (the long pieces of
    ///   work: one started last would finish alone on one core), equal ranks in the elements'
    ///   order. Cores take the elements in that order as they come free; results and errors
    ///   keep the elements' order.
    func runConcurrently<Value: Sendable>(
        if concurrently: Bool = true, startRank: (Element) -> Int = { _ in 0 },
        _ work: @Sendable (Element) throws -> Value
    ) throws -> [Value] {
        guard concurrently, count > 1 else { return try map(work) }
        let results = ResultSlots<Value>(count: count)
        let order = startOrder(startRank)
        withoutActuallyEscaping(work) { work in
            let elements = self
            // concurrentPerform hands out iterations in increasing order as threads come free.
            DispatchQueue.concurrentPerform(iterations: order.count) { iteration in
                let index = order[iteration]
                results.store(Result { try work(elements[index]) }, at: index)
            }
        }
        return try results.values()
    }
}

extension Array {
    /// The indices in the order `runConcurrently` starts them: by rank, then by index (the
    /// same order however the sort is made).
    func startOrder(_ startRank: (Element) -> Int) -> [Int] {
        indices.map { (rank: startRank(self[$0]), index: $0) }
            .sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.index)
    }
}

/// One result per index, stored from several threads.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: Result<Value, any Error>, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
    }

    func values() throws -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return try slots.map { slot in
            guard let slot else { throw CancellationError() }
            return try slot.get()
        }
    }
}
