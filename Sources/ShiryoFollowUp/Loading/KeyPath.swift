/// A path to a value in the data, printed the way jq and JSONPath users read it:
/// `goals[0].strategies[1].title`.
struct KeyPath: Sendable, CustomStringConvertible {
    private enum Component: Sendable {
        case key(String)
        case index(Int)
    }

    private var components: [Component] = []

    static let root = KeyPath()

    func appending(_ key: String) -> KeyPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    func appending(_ index: Int) -> KeyPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    var description: String {
        var result = ""
        for component in components {
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
