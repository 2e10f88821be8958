import Testing
@testable import ShiryoFollowUp

/// The node tree built from the parser's events: what the decoder reads, and the syntax
/// errors it cannot read, each at its place.
@Suite struct YAMLComposerTests {
    @Test func scalarsKeepTheirTextStyleAndPlace() throws {
        let root = try #require(try YAMLComposer.compose("a: 1.10\nb: 'no'\nc: |\n  x\nd: [\"y\", ~]\n"))
        guard case .mapping(let mapping) = root else { Issue.record("not a mapping"); return }
        #expect(mapping.pairs.map { $0.key.string } == ["a", "b", "c", "d"])
        #expect(mapping["a"]?.scalar?.string == "1.10" && mapping["a"]?.scalar?.style == .plain)
        #expect(mapping["b"]?.scalar?.style == .singleQuoted)
        #expect(mapping["c"]?.scalar?.string == "x\n" && mapping["c"]?.scalar?.style == .literal)
        #expect(mapping["c"]?.mark == YAMLNode.Mark(line: 3, column: 4))
        guard case .sequence(let list)? = mapping["d"] else { Issue.record("not a list"); return }
        #expect(list.nodes.map(\.string) == ["y", "~"])
        #expect(list.nodes.first?.scalar?.style == .doubleQuoted)
        #expect(list.mark == YAMLNode.Mark(line: 5, column: 4))
    }

    @Test func aliasesAreTheNodesTheyName() throws {
        let root = try #require(try YAMLComposer.compose("a: &x [1, 2]\nb: *x\n"))
        guard case .sequence(let copy)? = root["b"] else { Issue.record("the alias is no list"); return }
        #expect(copy.nodes.map(\.string) == ["1", "2"])
    }

    @Test func emptyTextsHaveNoDocument() throws {
        #expect(try YAMLComposer.compose("") == nil)
        #expect(try YAMLComposer.compose("# only a comment\n") == nil)
    }

    @Test(arguments: [
        ("a: 1\n---\nb: 2\n", 2, 1, "but found another document (expected a single document in the stream)"),
        ("a: *missing\n", 1, 4, "found undefined alias"),
        ("a: [1, 2\n", 2, 1, "did not find expected ',' or ']' (while parsing a flow sequence)"),
    ])
    func syntaxErrorsArePlaced(text: String, line: Int, column: Int, message: String) {
        #expect(throws: YAMLComposer.SyntaxError(line: line, column: column, message: message)) {
            try YAMLComposer.compose(text)
        }
    }

    /// Each duplicate stays in its mapping, so the decoder locates every one, however many.
    @Test func everyDuplicateKeyIsLocatedWithItsKeyPath() {
        let duplicates = (0..<40).map { _ in "fiscalYear: 2024\n" }.joined()
        let yaml = minimalReport.replacingOccurrences(of: "fiscalYear: 2024\n", with: "fiscalYear: 2024\n" + duplicates)
        let found = diagnostics(of: yaml).filter { $0.message.hasPrefix("duplicate key 'fiscalYear'") }
        #expect(found.count == 40)
        #expect(found.allSatisfy { $0.keyPath == "fiscalYear" && $0.message.hasSuffix("(the first is at 6:1)") })
    }

    /// Nesting is followed with a stack of its own; the parser refuses nesting beyond 1,000
    /// levels with a located error rather than letting depth exhaust anything.
    @Test func deepNestingIsReadOrRefusedAtItsPlace() throws {
        let depth = 900
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var node = try #require(try YAMLComposer.compose(text))
        var levels = 0
        while case .sequence(let list) = node, let inner = list.nodes.first {
            node = inner
            levels += 1
        }
        #expect(levels == depth - 1)
        let tooDeep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = #expect(throws: YAMLComposer.SyntaxError.self) { try YAMLComposer.compose(tooDeep) }
        #expect(error?.message.hasPrefix("collections nested too deep") == true)
        // Block nesting meets the same limit, at the line where it is passed.
        let blocks = (0..<1_200).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + " 1\n"
        let blockError = #expect(throws: YAMLComposer.SyntaxError.self) { try YAMLComposer.compose(blocks) }
        #expect(blockError?.message.hasPrefix("collections nested too deep") == true)
        #expect(blockError.map { $0.line > 900 && $0.line <= 1_001 } == true)
    }
}
