import ShiryoModel

/// Footnote numbers for one document.
///
/// Markdown footnotes are `[^n]` with the definition `[^n]: …` anywhere in the file. A slide
/// deck numbers its footnotes from *1 on every slide, so the model's ids are only unique
/// within a slide: each (scope, id) pair gets the next number at its first reference, in
/// reading order, and every reference to it uses that number.
final class FootnoteRegistry {
    /// The definitions one reference can resolve against: a slide's, or the document's.
    struct Scope {
        /// 0 for the document, n for the n-th slide.
        let key: Int
        let definitions: [FootnoteDefinition]
        private let byID: [String: FootnoteDefinition]

        init(key: Int, definitions: [FootnoteDefinition]) {
            self.key = key
            self.definitions = definitions
            // The first of two definitions with one id is the one references reach.
            byID = Dictionary(definitions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        func definition(_ id: String) -> FootnoteDefinition? { byID[id] }
    }

    private struct Key: Hashable {
        let scope: Int
        let id: String
    }

    private var numbers: [Key: Int] = [:]
    private var scopeCount = 0
    /// The definitions given a number, in number order (the first is `[^1]`).
    private(set) var numbered: [FootnoteDefinition] = []

    /// The number of the footnote `reference` points to, looked up in `scopes` innermost
    /// first; nil for a bare marker (a definition without text, explained by a note) or an
    /// id no scope defines, whose label is then printed as text.
    func number(for reference: FootnoteReference, in scopes: [Scope]) -> Int? {
        for scope in scopes {
            guard let definition = scope.definition(reference.id) else { continue }
            guard definition.content != nil else { return nil }
            let key = Key(scope: scope.key, id: definition.id)
            if let number = numbers[key] { return number }
            numbered.append(definition)
            numbers[key] = numbered.count
            return numbered.count
        }
        return nil
    }

    /// A key for a new slide's scope (the document's is 0).
    func newScopeKey() -> Int {
        scopeCount += 1
        return scopeCount
    }

    /// The definitions of `scope` with text that no reference reached (and later
    /// definitions of an id already defined): printed as notes so their text is not lost,
    /// since Markdown drops a footnote nothing refers to.
    func unreferenced(in scope: Scope) -> [FootnoteDefinition] {
        var seen = Set<String>()
        return scope.definitions.filter { definition in
            let isFirst = seen.insert(definition.id).inserted
            guard definition.content != nil else { return false }
            return !isFirst || numbers[Key(scope: scope.key, id: definition.id)] == nil
        }
    }
}
