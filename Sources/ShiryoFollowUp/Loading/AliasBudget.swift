import CYaml
import Foundation

/// Counts what aliases add to a file from the parser's events, before any node tree is built.
///
/// The YAML parser expands an alias into a copy of the anchored node and, to refuse duplicate
/// keys, hashes each mapping key: a key that is an alias of a large node is hashed in full,
/// so a small file can keep the parser busy for minutes before it returns a tree (found by
/// fuzzing). The events cost nothing to count: each anchor's size is known when its node
/// ends, and each alias adds that size. The count stops at the first alias that crosses the
/// limit, which is reported at its own line and column, with its key path.
enum AliasBudget {
    struct Problem: Equatable {
        var line: Int
        var column: Int
        var path: String
        var message: String
    }

    private struct Frame {
        var anchor: String?
        var size = 1
        var isMapping: Bool
        var index = 0
        var expectingKey = true
        var key: String?
    }

    /// The first alias after which aliases have added more than `limit` nodes; nil if they
    /// add no more, or if the text does not parse (the composer then reports why).
    static func check(_ text: String, limit: Int) -> Problem? {
        var text = text
        return text.withUTF8 { check($0, limit: limit) }
    }

    /// `check` of a text's UTF-8 bytes, read where they lie.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Problem? {
        // Most reports hold no '&' at all: found by memchr, that ends the check.
        guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil,
              memchr(base, Int32(UInt8(ascii: "*")), bytes.count) != nil
        else { return nil }
        // Without an anchor (&) and an alias (*) there is nothing to count, and no second parse.
        // Either starts a token, so it follows white space, a flow indicator, the colon of a
        // JSON-like key ({"a":*b}) or nothing: a & or * inside text (注*1, R&D) is not one.
        var hasAnchor = false
        var hasAlias = false
        var previous: UInt8 = 0x0A
        for byte in bytes {
            if previous == 0x20 || previous == 0x0A || previous == 0x0D || previous == 0x09
                || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ",")
                || previous == UInt8(ascii: ":") {
                if byte == UInt8(ascii: "&") { hasAnchor = true } else if byte == UInt8(ascii: "*") { hasAlias = true }
                if hasAnchor && hasAlias { break }
            }
            previous = byte
        }
        guard hasAnchor && hasAlias else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        do {
            yaml_parser_set_input_string(&parser, base, bytes.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var sizes: [String: Int] = [:]
            var stack: [Frame] = []
            var added = 0
            var keyPath = KeyPath.root
            func path() -> KeyPath {
                var result = KeyPath.root
                for frame in stack {
                    if frame.isMapping {
                        if !frame.expectingKey, let key = frame.key { result = result.appending(key) }
                    } else {
                        result = result.appending(frame.index)
                    }
                }
                return result
            }
            /// A whole node of `size` ended: count it in its parent and move the parent on.
            func ended(size: Int, scalar: String?) {
                guard var parent = stack.popLast() else { return }
                parent.size += size
                if parent.isMapping {
                    if parent.expectingKey { parent.key = scalar ?? "?" }
                    parent.expectingKey.toggle()
                } else {
                    parent.index += 1
                }
                stack.append(parent)
            }
            func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
                pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            }
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    if let anchor = anchorName(event.data.scalar.anchor) { sizes[anchor] = 1 }
                    let value = event.data.scalar.value.map {
                        String(decoding: UnsafeBufferPointer(start: $0, count: event.data.scalar.length), as: UTF8.self)
                    }
                    ended(size: 1, scalar: value)
                case YAML_ALIAS_EVENT:
                    let size = anchorName(event.data.alias.anchor).flatMap { sizes[$0] } ?? 1
                    keyPath = path()
                    added += size
                    if added > limit {
                        return Problem(
                            line: event.start_mark.line + 1, column: event.start_mark.column + 1,
                            path: keyPath.description,
                            message: "aliases expand the report by more than \(limit) nodes (this alias adds \(size)); "
                                + "expected aliases that add at most \(limit) nodes in all: write the repeated part "
                                + "out, or repeat it fewer times")
                    }
                    ended(size: size, scalar: nil)
                case YAML_SEQUENCE_START_EVENT:
                    stack.append(Frame(anchor: anchorName(event.data.sequence_start.anchor), isMapping: false))
                case YAML_MAPPING_START_EVENT:
                    stack.append(Frame(anchor: anchorName(event.data.mapping_start.anchor), isMapping: true))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let frame = stack.popLast() else { return nil }
                    if let anchor = frame.anchor { sizes[anchor] = frame.size }
                    ended(size: frame.size, scalar: nil)
                default:
                    break
                }
            }
        }
    }
}
