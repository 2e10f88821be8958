/// A node of a report file as written: scalars keep their text and style (the loader reads
/// scalars as written, never through YAML's implicit typing), every node keeps where it
/// starts, and aliases are already replaced by the nodes they name.
///
/// Made straight from libyaml's events by `YAMLComposer`: no tags, no resolver, and a
/// mapping keeps every key it was written with, duplicates included, so that the decoder
/// reports each duplicate with its key path like any other problem.
public enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// A line and column, both from 1; columns count Unicode scalars, as libyaml does.
    public struct Mark: Sendable, Equatable {
        // Stored in 32 bits each (a file is at most 256 MiB): every node of a large report
        // carries one, so this halves what the marks take.
        private var storedLine: UInt32
        private var storedColumn: UInt32

        public var line: Int {
            get { Int(storedLine) }
            set { storedLine = UInt32(clamping: newValue) }
        }

        public var column: Int {
            get { Int(storedColumn) }
            set { storedColumn = UInt32(clamping: newValue) }
        }

        public init(line: Int, column: Int) {
            storedLine = UInt32(clamping: line)
            storedColumn = UInt32(clamping: column)
        }
    }

    public struct Scalar: Sendable {
        /// How a scalar was written; the raw values are libyaml's.
        public enum Style: UInt8, Sendable {
            case any = 0, plain, singleQuoted, doubleQuoted, literal, folded
        }

        public var string: String
        public var style: Style
        public var mark: Mark?
    }

    public struct Mapping: Sendable, Swift.Sequence {
        public var pairs: [(key: YAMLNode, value: YAMLNode)]
        public var mark: Mark?

        public func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> { pairs.makeIterator() }

        /// The keys, in the order written.
        public var keys: [YAMLNode] { pairs.map(\.key) }

        /// The value of the first key whose text is `key`.
        public subscript(key: String) -> YAMLNode? {
            pairs.first { $0.key.scalar?.string == key }?.value
        }
    }

    public struct Sequence: Sendable, Swift.Sequence {
        public var nodes: [YAMLNode]
        public var mark: Mark?

        public func makeIterator() -> IndexingIterator<[YAMLNode]> { nodes.makeIterator() }
    }

    public var mark: Mark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let sequence): sequence.mark
        }
    }

    public var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// The text of a scalar.
    public var string: String? { scalar?.string }

    /// The value of `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        if case .mapping(let mapping) = self { return mapping[key] }
        return nil
    }
}

/// The name the loader's own files use.
typealias Node = YAMLNode
typealias Mark = YAMLNode.Mark
