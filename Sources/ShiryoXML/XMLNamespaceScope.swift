/// Namespace bindings in force at the writer's current position.
///
/// libxml2's writer only declares what it is told on each element and does not know which
/// prefixes ancestors bound, so it can emit undeclared prefixes or redundant declarations.
/// Tracking scope here lets the writer declare a namespace exactly where it is first needed
/// and reject output that would not be namespace-well-formed.
struct XMLNamespaceScope {
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

    /// One frame per open element, innermost last. The key "" is the default namespace;
    /// a value of "" means "no namespace" (an `xmlns=""` undeclaration).
    private var frames: [[String: String]] = []

    mutating func pushElement() { frames.append([:]) }
    mutating func popElement() { _ = frames.popLast() }

    /// The URI `prefix` (nil: the default namespace) resolves to here; nil if undeclared.
    /// The default namespace resolves to "" when nothing declared it.
    func uri(for prefix: String?) -> String? {
        guard let prefix else {
            return frames.reversed().lazy.compactMap { $0[""] }.first ?? ""
        }
        if prefix == "xml" { return Self.xmlNamespace }
        return frames.reversed().lazy.compactMap { $0[prefix] }.first
    }

    /// The URI `prefix` was bound to on the innermost element itself, if it was.
    func declaredOnCurrentElement(_ prefix: String?) -> String? {
        frames.last?[prefix ?? ""]
    }

    mutating func bindOnCurrentElement(_ prefix: String?, to uri: String) {
        guard !frames.isEmpty else { return }
        frames[frames.count - 1][prefix ?? ""] = uri
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
