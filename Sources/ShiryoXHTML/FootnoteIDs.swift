import ShiryoModel

/// Ids and fragment links made from data.
///
/// Ids in the output come from the data (anchors, footnote ids), so they are reduced to
/// `[A-Za-z0-9_-]` by an injective escape: every other character, and `_` itself, becomes
/// `_XX` per UTF-8 byte (upper-case hex). Distinct data ids therefore stay distinct, a
/// cross reference and its target always escape to the same id, and no data can put a
/// quote, space or `#` into an attribute.
enum HTMLID {
    static func escape(_ raw: String) -> String {
        var result = ""
        result.reserveCapacity(raw.utf8.count)
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "_" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0xF)]
            }
        }
        return result
    }

    /// The id of an element carrying a model anchor (`goal-1`, `strategy-1.1`).
    ///
    /// Footnote ids are generated with the prefixes `fn-` and `fnref-`; an anchor that
    /// happens to start the same way (or with the escape prefix `x-`) gets `x-` in front,
    /// which keeps the two sets of ids apart without ever merging two anchors.
    static func anchor(_ anchor: String) -> String? {
        guard !anchor.isEmpty else { return nil }
        let escaped = escape(anchor)
        let reserved = ["fn-", "fnref-", "x-"]
        return reserved.contains { escaped.hasPrefix($0) } ? "x-" + escaped : escaped
    }

    private static let hexDigits = (0..<16).map { String($0, radix: 16, uppercase: true) }
}

/// Ids already written in this document. A second element claiming an id (two headings
/// with the same anchor in the data) is written without one, so ids stay unique and links
/// go to the first.
final class IDRegistry {
    private var used: Set<String> = []

    /// `[("id", id)]` if `id` is still free, else no attribute.
    func claim(_ id: String?) -> XHTMLOutput.Attributes {
        guard let id, used.insert(id).inserted else { return [] }
        return [("id", id)]
    }
}

/// The ids of the footnotes one reference may point to (which footnotes those are is the
/// model's `FootnoteScope`): a slide's, numbered from *1 on each slide, or the report's.
///
/// Ids are `fn-<scope><id>` for the definition and `fnref-<scope><id>` for the first
/// reference, where the scope is `s<n>-` for the n-th slide so that the *1 of every slide
/// gets its own id. Later references to the same footnote get `_r2`, `_r3` … — the escape
/// never produces `_` followed by a letter beyond F, so these cannot collide with an
/// escaped data id.
final class FootnoteAnchors {
    private let prefix: String
    /// Footnotes that have text to show, and so can be linked to.
    private let linkable: Set<String>
    private var referenceCounts: [String: Int] = [:]

    init(prefix: String, scope: FootnoteScope) {
        self.prefix = prefix
        linkable = Set(scope.printedNotes.map(\.id))
    }

    struct ReferenceLink {
        let id: String
        let href: String
    }

    /// The ids of the next reference to footnote `id`, or nil when it has no definition to
    /// link to (a bare marker whose meaning a note gives, or a dangling id).
    func nextReference(to id: String) -> ReferenceLink? {
        guard linkable.contains(id) else { return nil }
        let count = (referenceCounts[id] ?? 0) + 1
        referenceCounts[id] = count
        let suffix = count == 1 ? "" : "_r\(count)"
        return ReferenceLink(id: referenceID(id) + suffix, href: "#" + definitionID(id))
    }

    func definitionID(_ id: String) -> String {
        "fn-" + prefix + HTMLID.escape(id)
    }

    /// Where a definition's back link goes: the first reference, if there was one.
    func backLink(for id: String) -> String? {
        referenceCounts[id] == nil ? nil : "#" + referenceID(id)
    }

    private func referenceID(_ id: String) -> String {
        "fnref-" + prefix + HTMLID.escape(id)
    }
}
