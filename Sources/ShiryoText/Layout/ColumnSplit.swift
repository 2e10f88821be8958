/// Shares the width of a frame among its columns.
enum ColumnSplit {
    /// The content widths of `weights.count` columns in a grid `total` columns wide, each at
    /// least `minimum` and the rest shared in proportion to the weights (largest remainder
    /// first, then the leftmost). Widths are multiples of the frame's rule unit, so rules fill
    /// them exactly. Nil when the columns do not fit.
    static func widths(total: Int, weights: [Int], minimum: Int, frame: FrameCharacters) -> [Int]? {
        let count = weights.count
        guard count > 0 else { return nil }
        let unit = frame.ruleUnit
        let inner = total - (count + 1) * frame.barWidth - 2 * count
        let totalUnits = inner / unit
        let minimumUnits = (minimum + unit - 1) / unit
        guard totalUnits >= minimumUnits * count else { return nil }
        let extra = totalUnits - minimumUnits * count
        let positive = weights.map { max($0, 1) }
        let weightSum = positive.reduce(0, +)
        var shares = positive.map { extra * $0 / weightSum }
        let remainders = positive.enumerated().map { index, weight in (index, extra * weight % weightSum) }
        var left = extra - shares.reduce(0, +)
        for (index, _) in remainders.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }) where left > 0 {
            shares[index] += 1
            left -= 1
        }
        return shares.map { ($0 + minimumUnits) * unit }
    }
}
