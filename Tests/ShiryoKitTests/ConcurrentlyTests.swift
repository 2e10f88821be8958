import Foundation
import Testing
@testable import ShiryoKit

/// A report's outputs run side by side, started longest first; what comes back must not
/// depend on that: results in the elements' order, and the first failing element's error.
@Suite struct ConcurrentlyTests {
    struct Failed: Error, Equatable { var index: Int }

    @Test func resultsKeepTheElementsOrderWhateverStartsFirst() throws {
        let elements = Array(0..<40)
        for startRank in [{ (_: Int) in 0 }, { $0 % 3 == 2 ? 0 : 1 }, { $0 > 30 ? 0 : 1 }, { -$0 }] {
            let results = try elements.runConcurrently(startRank: startRank) { element in
                // Uneven work, so that elements finish out of order.
                (0..<((element * 7919) % 5_000)).reduce(element) { $0 &+ $1 } == -1 ? -1 : element * 2
            }
            #expect(results == elements.map { $0 * 2 })
        }
    }

    @Test func theFirstFailingElementInOrderIsReportedEvenWhenALaterOneStartedFirst() {
        let elements = Array(0..<12)
        let error = #expect(throws: Failed.self) {
            try elements.runConcurrently(startRank: { $0 >= 8 ? 0 : 1 }) { element in
                if element == 3 || element == 9 { throw Failed(index: element) }
                return element
            }
        }
        #expect(error == Failed(index: 3))
    }

    @Test func oneAtATimeMeansInOrder() throws {
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var started: [Int] = []
            func add(_ value: Int) { lock.lock(); started.append(value); lock.unlock() }
        }
        let log = Log()
        _ = try Array(0..<6).runConcurrently(if: false, startRank: { $0 == 5 ? 0 : 1 }) { log.add($0) }
        #expect(log.started == Array(0..<6))
    }

    @Test func lowerRanksStartFirstAndEqualRanksInOrder() {
        let ranks = [2, 0, 1, 0, 2, 1]
        #expect(Array(0..<6).startOrder { ranks[$0] } == [1, 3, 2, 5, 0, 4])
        #expect(Array(0..<5).startOrder { _ in 0 } == Array(0..<5))
        #expect(Array(0..<5).startOrder { -$0 } == [4, 3, 2, 1, 0])
    }
}
