extension Array {
    /// `enumerated().compactMap(transform)` into an array with room for every element.
    ///
    /// What the decoder reads from a list is, in a valid report, every item of it: room for
    /// all is then exact, where `compactMap` grows its array by doubling and leaves up to
    /// half of it spare in the report for as long as the report lives.
    func compactMapIntoExactArray<Result>(_ transform: (Int, Element) throws -> Result?) rethrows -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(count)
        for (index, element) in enumerated() {
            if let result = try transform(index, element) { results.append(result) }
        }
        return results
    }
}
