import ShiryoSynthetic

/// The deterministic generator of the synthetic reports: the same seed gives the same cases
/// on every machine and run, so a failing case can be replayed by its seed.
typealias SeededGenerator = SplitMix64

extension SplitMix64 {
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }
}
