import CYaml
import Foundation

/// Builds the node tree of a text straight from libyaml's events, in one pass with a stack
/// of open collections (no recursion, however deep the file nests).
///
/// Replaces the YAML library's composer, which wraps every event in an object, gives every
/// node a tag object and hashes every mapping's keys to refuse duplicates: here a duplicate
/// key stays in its mapping for the decoder to report at its place with its key path, and
/// the text is parsed once. What aliases add is bounded before (`AliasBudget`).
public enum YAMLComposer {
    /// A syntax error: where, and libyaml's words for it.
    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String

        public var description: String { "\(line):\(column): \(message)" }
    }

    /// The root node of a one-document text; nil for a text with no document (empty, or
    /// comments only).
    public static func compose(_ text: String) throws(SyntaxError) -> YAMLNode? {
        var copy = text
        // withUTF8 rethrows untyped errors: the typed one goes out through a Result.
        return try copy.withUTF8 { bytes in
            Result { () throws(SyntaxError) -> YAMLNode? in try compose(bytes: bytes) }
        }.get()
    }

    /// A node finished near the top of a document whose root is a mapping, told while the rest
    /// is still being composed (so that another thread can start on it).
    enum Finished {
        /// The value of one of the root mapping's keys.
        case rootValue(key: String, node: YAMLNode)
        /// An item, at `index`, of a list that is the value of one of the root mapping's keys.
        case rootListItem(key: String, index: Int, node: YAMLNode)
    }

    /// `compose` of a text's UTF-8 bytes, read where they lie (not copied). `finished` is told
    /// of every node the root mapping's values and their list items are, as each ends, and
    /// answers whether it takes the node: the tree then holds an empty scalar at its place.
    static func compose(
        bytes: UnsafeBufferPointer<UInt8>, finished: ((Finished) -> Bool)? = nil
    ) throws(SyntaxError) -> YAMLNode? {
        // libyaml needs an address even for no bytes; an empty text holds no document.
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw SyntaxError(line: 1, column: 1, message: "the YAML parser could not start (out of memory)")
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, base, bytes.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var composer = Composer()
        composer.finished = finished
        return try composer.run(&parser, bytes: bytes)
    }

    /// An open collection: its children are the nodes of `Composer.children` from `start` on
    /// (key, value, key, value… for a mapping).
    private struct Frame {
        var isMapping: Bool
        var start: Int
        var mark: YAMLNode.Mark
        var anchor: String?
    }

    /// The scalars' texts made so far, so that a text written again shares the first one's
    /// storage instead of holding a copy: in the tree while it lives, and in the report,
    /// which keeps the very strings of the tree. Found by a digest of the bytes, then
    /// compared byte for byte.
    struct TextPool {
        private var known: [Int: String] = [:]

        /// The text of UTF-8 bytes (malformed ones repaired, as `String(decoding:)` does).
        mutating func string(of bytes: UnsafeBufferPointer<UInt8>) -> String {
            // Up to 15 bytes a string holds its text inline: there is no storage to share.
            guard bytes.count > 15 else { return String(decoding: bytes, as: UTF8.self) }
            var hasher = Hasher()
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            let digest = hasher.finalize()
            if let text = known[digest], Self.holds(text, bytes) { return text }
            let text = String(decoding: bytes, as: UTF8.self)
            known[digest] = text
            return text
        }

        /// True if the text's UTF-8 is exactly the bytes.
        private static func holds(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard text.utf8.count == bytes.count else { return false }
            return text.utf8.withContiguousStorageIfAvailable { storage in
                guard let left = storage.baseAddress, let right = bytes.baseAddress else { return storage.isEmpty }
                return memcmp(left, right, bytes.count) == 0
            } ?? text.utf8.elementsEqual(bytes)
        }
    }

    private struct Composer {
        var stack: [Frame] = []
        /// The children of every open collection, innermost last, in one buffer: a finished
        /// collection copies its own into an array of exactly their number (no array grows
        /// per collection, none keeps spare capacity in the tree).
        var children: [YAMLNode] = []
        var anchors: [String: YAMLNode] = [:]
        var root: YAMLNode?
        var documents = 0
        var texts = TextPool()
        var finished: ((Finished) -> Bool)?

        mutating func run(_ parser: inout yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> YAMLNode? {
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { throw Self.error(of: parser, bytes: bytes) }
                defer { yaml_event_delete(&event) }
                let mark = YAMLNode.Mark(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return root
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        throw SyntaxError(line: mark.line, column: mark.column,
                                          message: "but found another document (expected a single document in the stream)")
                    }
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let value = scalar.value.map {
                        texts.string(of: UnsafeBufferPointer(start: $0, count: scalar.length))
                    } ?? ""
                    let node = YAMLNode.scalar(.init(
                        string: value, style: YAMLNode.Scalar.Style(rawValue: UInt8(clamping: scalar.style.rawValue)) ?? .any,
                        mark: mark))
                    if let anchor = Self.name(scalar.anchor) { anchors[anchor] = node }
                    add(node)
                case YAML_ALIAS_EVENT:
                    guard let name = Self.name(event.data.alias.anchor), let node = anchors[name] else {
                        throw SyntaxError(line: mark.line, column: mark.column, message: "found undefined alias")
                    }
                    add(node)
                case YAML_SEQUENCE_START_EVENT:
                    stack.append(Frame(isMapping: false, start: children.count, mark: mark,
                                       anchor: Self.name(event.data.sequence_start.anchor)))
                case YAML_MAPPING_START_EVENT:
                    stack.append(Frame(isMapping: true, start: children.count, mark: mark,
                                       anchor: Self.name(event.data.mapping_start.anchor)))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let frame = stack.popLast() else { break }
                    let node: YAMLNode
                    if frame.isMapping {
                        // libyaml ends a mapping only after a value for every key.
                        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                        pairs.reserveCapacity((children.count - frame.start) / 2)
                        var index = frame.start
                        while index + 1 < children.count {
                            pairs.append((children[index], children[index + 1]))
                            index += 2
                        }
                        node = .mapping(.init(pairs: pairs, mark: frame.mark))
                    } else {
                        node = .sequence(.init(nodes: Array(children[frame.start...]), mark: frame.mark))
                    }
                    children.removeSubrange(frame.start...)
                    if let anchor = frame.anchor { anchors[anchor] = node }
                    add(node)
                default:
                    break
                }
            }
        }

        /// A finished node: into the open collection, or the root.
        mutating func add(_ node: YAMLNode) {
            var node = node
            if finished != nil, stack.count <= 2, tell(node) {
                node = .scalar(.init(string: "", style: .plain, mark: node.mark))
            }
            if stack.isEmpty { root = node } else { children.append(node) }
        }

        /// Tells `finished` of a value of the root mapping, or of an item of a list that is
        /// one; true if it took the node.
        private func tell(_ node: YAMLNode) -> Bool {
            guard let finished, let rootFrame = stack.first, rootFrame.isMapping else { return false }
            // The key of the root's pair in progress: the child before its value's start.
            func key(before valueStart: Int) -> String? {
                guard (valueStart - rootFrame.start) % 2 == 1 else { return nil }
                return children[valueStart - 1].scalar?.string
            }
            if stack.count == 1 {
                if let key = key(before: children.count) { return finished(.rootValue(key: key, node: node)) }
            } else if !stack[1].isMapping, let key = key(before: stack[1].start) {
                return finished(.rootListItem(key: key, index: children.count - stack[1].start, node: node))
            }
            return false
        }

        static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }

        /// libyaml refuses nesting beyond its limit of 1,000 levels (its default, left as it is:
        /// setting it writes a C global that every thread's parser reads). Its scanner and parser
        /// count levels a little differently, so flow collections get a few levels more.
        static let nestingLimitProblem = "Maximum nesting level reached"

        /// libyaml's error, at its place: the problem, then its context in parentheses.
        static func error(of parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> SyntaxError {
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
            if parser.error == YAML_READER_ERROR {
                let text = String(decoding: bytes, as: UTF8.self)
                // The reader gives a byte offset; the place counts scalars like every other.
                let utf8 = text.utf8
                let index = utf8.index(utf8.startIndex, offsetBy: parser.problem_offset, limitedBy: utf8.endIndex)
                    .flatMap { $0.samePosition(in: text) }
                let offset = index.map { text.distance(from: text.startIndex, to: $0) } ?? 0
                let place = NodeLocator.lineAndColumn(atCharacterOffset: offset, in: text)
                return SyntaxError(line: place.line, column: place.column, message: problem)
            }
            let line = parser.problem_mark.line + 1, column = parser.problem_mark.column + 1
            // libyaml's own words here name its C function (with a stray parenthesis).
            if problem.hasPrefix(nestingLimitProblem) {
                return SyntaxError(line: line, column: column, message:
                    "collections nested too deep: the parser stops at about 1,000 levels (a report nests a few)")
            }
            let context = parser.context.map { " (\(String(cString: $0)))" } ?? ""
            return SyntaxError(line: line, column: column, message: problem + context)
        }
    }
}
