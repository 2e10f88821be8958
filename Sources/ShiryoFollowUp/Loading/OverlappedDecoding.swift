import Foundation

/// Decodes a report's goals while the rest of the file is still being composed, on another
/// core: loading a large report then takes about as long as composing it, not as long as
/// composing and then decoding it.
///
/// The file is composed on a helper thread. The composer hands over each registry
/// (ministries, footnotes, glossary) and each goal as it ends, and the calling thread reads the
/// registries at the first goal, then each goal in order. (This way round, what the report is
/// made of is allocated by the thread that later assembles the documents and lets the report
/// go as it does, so that memory is used again at once.) What was read is used only when
/// decoding the whole tree would read the same: the root is a mapping with one list of goals,
/// and each registry is written at most once, before that list (as in every report of the
/// data format's examples). Otherwise it is dropped, and the file composed again and decoded
/// as usual (the goals are not kept in the tree, so that it never stands whole beside the
/// report). Either way the report and its diagnostics are the same (`OverlappedDecodingTests`).
final class OverlappedDecoding: @unchecked Sendable {
    static let registryKeys = ["ministries", "footnotes", "glossary"]
    static let goalsKey = "goals"

    /// What was read while composing: the registries, then every goal.
    typealias Decoded = (registries: ReportDecoder.Registries, goals: [Goal])

    private enum Item {
        case registry(key: String, node: Node)
        case goal(index: Int, node: Node)
    }

    // Shared between the composing thread and the decoding one, under `condition`.
    private let condition = NSCondition()
    private var pending: [Item] = []
    private var composed: Result<Node, any Error>?

    // The decoding (calling) thread's alone.
    /// The decoder the goals are read with; its reader holds their diagnostics.
    let decoder: ReportDecoder
    private var registryNodes: [String: Node] = [:]
    private var registries: ReportDecoder.Registries?
    private var goals: [Goal] = []
    private var goalCount = 0
    private var isUsable = true

    /// The decoder's reader must be for bytes `InputCharacters` accepted: `compose` must check
    /// them before composing.
    init(decoder: ReportDecoder) {
        self.decoder = decoder
        decoder.reader.bytesAreChecked = true
    }

    /// Runs `compose` on a helper thread, with `take` for the composer to hand nodes over,
    /// and reads each goal on this thread meanwhile. Gives the root, and what was read if
    /// decoding the root would read the same; throws what `compose` throws.
    func run(
        _ compose: @escaping @Sendable (_ take: @escaping (YAMLComposer.Finished) -> Bool) throws -> Node
    ) throws -> (root: Node, decoded: Decoded?) {
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result { try compose(self.take) }
            self.condition.lock()
            self.composed = result
            self.condition.signal()
            self.condition.unlock()
        }
        while let batch = nextBatch() {
            for item in batch where isUsable { read(item) }
        }
        let root = try waitForComposing().get()
        guard isUsable, let registries, Self.readsTheSame(root, goalCount: goalCount) else { return (root, nil) }
        return (root, (registries, goals))
    }

    /// Given a node by the composer, on the composing thread: true if the node is a goal,
    /// which is then the decoding thread's alone (the tree holds none of them, and each is
    /// let go once read).
    private func take(_ finished: YAMLComposer.Finished) -> Bool {
        let item: Item
        switch finished {
        case .rootValue(let key, let node):
            guard Self.registryKeys.contains(key) else { return false }
            item = .registry(key: key, node: node)
        case .rootListItem(let key, let index, let node):
            guard key == Self.goalsKey else { return false }
            item = .goal(index: index, node: node)
        }
        condition.lock()
        pending.append(item)
        condition.signal()
        condition.unlock()
        if case .goal = item { return true }
        return false
    }

    /// Whether the root mapping has one non-empty list of `goalCount` goals, and each
    /// registry at most once, before it.
    private static func readsTheSame(_ root: Node, goalCount: Int) -> Bool {
        guard case .mapping(let mapping) = root else { return false }
        var hasGoals = false
        var registriesSeen = Set<String>()
        for pair in mapping.pairs {
            guard let key = pair.key.scalar?.string else { continue }
            if key == goalsKey {
                guard !hasGoals, case .sequence(let list) = pair.value, !list.nodes.isEmpty,
                      list.nodes.count == goalCount
                else { return false }
                hasGoals = true
            } else if registryKeys.contains(key) {
                guard !hasGoals, registriesSeen.insert(key).inserted else { return false }
            }
        }
        return hasGoals
    }

    // MARK: Decoding

    private func waitForComposing() -> Result<Node, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let composed { return composed }
            condition.wait()
        }
    }

    /// The nodes handed over since the last batch; nil once composing is over (or failed)
    /// and every node is read.
    private func nextBatch() -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty, composed == nil { condition.wait() }
        if case .failure? = composed { return nil }
        guard !pending.isEmpty else { return nil }
        let batch = pending
        pending.removeAll()
        return batch
    }

    private func read(_ item: Item) {
        switch item {
        case .registry(let key, let node):
            // A registry after the goals began, or written twice: the goals may be read wrong.
            guard registries == nil, registryNodes.updateValue(node, forKey: key) == nil else {
                isUsable = false
                return
            }
        case .goal(let index, let node):
            if registries == nil {
                registries = decoder.readRegistries(
                    ministries: registryNodes["ministries"], footnotes: registryNodes["footnotes"],
                    glossary: registryNodes["glossary"])
            }
            // A second list of goals starts from 0 again.
            guard index == goalCount else {
                isUsable = false
                return
            }
            goalCount += 1
            let path = KeyPath.root.appending(Self.goalsKey).appending(index)
            if let goal = decoder.readGoal(node, path, position: index + 1) { goals.append(goal) }
        }
    }
}
