/// A path to a value in the data, printed the way jq and JSONPath users read it:
/// `goals[0].strategies[1].title`.
///
/// The decoder makes a path for every value it reads and prints one only for a problem, so a
/// path is a link to its parent's path (appending costs one small allocation, whatever the
/// depth) and is spelled out only when asked for.
struct KeyPath: Sendable, CustomStringConvertible {
    private enum Component: Sendable {
        case key(String)
        case index(Int)
    }

    private final class Link: Sendable {
        let parent: Link?
        let component: Component

        init(parent: Link?, component: Component) {
            self.parent = parent
            self.component = component
        }
    }

    private let last: Link?

    private init(last: Link?) {
        self.last = last
    }

    static let root = KeyPath(last: nil)

    func appending(_ key: String) -> KeyPath {
        KeyPath(last: Link(parent: last, component: .key(key)))
    }

    func appending(_ index: Int) -> KeyPath {
        KeyPath(last: Link(parent: last, component: .index(index)))
    }

    var description: String {
        var components: [Component] = []
        var link = last
        while let current = link {
            components.append(current.component)
            link = current.parent
        }
        var result = ""
        for component in components.reversed() {
            switch component {
            case .key(let key):
                let plain = !key.isEmpty && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
                if plain {
                    result += result.isEmpty ? key : "." + key
                } else {
                    result += "[\"\(key)\"]"
                }
            case .index(let index):
                result += "[\(index)]"
            }
        }
        return result
    }
}
