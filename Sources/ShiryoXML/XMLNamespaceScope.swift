/// Namespace bindings in force at the writer's current position.
///
/// libxml2's writer only declares what it is told on each element and does not know which
/// prefixes ancestors bound, so it can emit undeclared prefixes or redundant declarations.
/// Tracking scope here lets the writer declare a namespace exactly where it is first needed
/// and reject output that would not be namespace-well-formed.
///
/// Every element and prefixed attribute asks for a URI, so lookups are kept cheap: the
/// bindings are one flat list (a document binds a handful of prefixes, nearly all on its
/// root), searched innermost first, and the last answer is remembered until a binding
/// comes or goes.
struct XMLNamespaceScope {
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

    private struct Binding {
        /// "" for the default namespace.
        let prefix: String
        /// "" means "no namespace" (an `xmlns=""` undeclaration).
        var uri: String
        /// Nesting depth of the element that declared it (the root is 1).
        let depth: Int
    }

    /// Innermost last.
    private var bindings: [Binding] = []
    /// How many elements are open.
    private var depth = 0
    /// The last lookup, valid until `bindings` changes.
    private var cachedPrefix: String?
    private var cachedURI: String?

    mutating func pushElement() { depth += 1 }

    mutating func popElement() {
        guard depth > 0 else { return }
        if let last = bindings.last, last.depth == depth {
            repeat { bindings.removeLast() } while bindings.last?.depth == depth
            cachedPrefix = nil
        }
        depth -= 1
    }

    /// The URI `prefix` (nil: the default namespace) resolves to here; nil if undeclared.
    /// The default namespace resolves to "" when nothing declared it.
    mutating func uri(for prefix: String?) -> String? {
        guard let prefix else { return lookup("") ?? "" }
        if prefix.utf8.count == 3 && prefix == "xml" { return Self.xmlNamespace }
        return lookup(prefix)
    }

    /// The URI `prefix` was bound to on the innermost element itself, if it was.
    func declaredOnCurrentElement(_ prefix: String?) -> String? {
        let key = prefix ?? ""
        for binding in bindings.reversed() {
            guard binding.depth == depth else { return nil }
            if Self.same(binding.prefix, key) { return binding.uri }
        }
        return nil
    }

    mutating func bindOnCurrentElement(_ prefix: String?, to uri: String) {
        guard depth > 0 else { return }
        let key = prefix ?? ""
        cachedPrefix = nil
        var index = bindings.endIndex
        while index > bindings.startIndex, bindings[index - 1].depth == depth {
            index -= 1
            if Self.same(bindings[index].prefix, key) {
                bindings[index].uri = uri
                return
            }
        }
        bindings.append(Binding(prefix: key, uri: uri, depth: depth))
    }

    private mutating func lookup(_ key: String) -> String? {
        if let cachedPrefix, Self.same(cachedPrefix, key) { return cachedURI }
        var found: String?
        for binding in bindings.reversed() where Self.same(binding.prefix, key) {
            found = binding.uri
            break
        }
        cachedPrefix = key
        cachedURI = found
        return found
    }

    /// String equality that settles the common case (short prefixes of different length)
    /// without calling into the general comparison.
    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    /// Rejects bindings the Namespaces in XML recommendation forbids.
    static func requireBindable(prefix: String?, uri: String) throws(XMLWriterError) {
        if prefix == "xmlns" || uri == xmlnsNamespace {
            throw .namespace("the xmlns prefix and \(xmlnsNamespace) are reserved and cannot be declared")
        }
        if (prefix == "xml") != (uri == xmlNamespace) {
            throw .namespace("the xml prefix is permanently bound to \(xmlNamespace), and only it may be")
        }
        if let prefix, uri.isEmpty {
            throw .namespace("prefix \"\(prefix)\" cannot be bound to the empty namespace name")
        }
    }
}
