import ShiryoFollowUp

/// Which rules run, at which level, with which options: the built-in defaults, then
/// `.shiryo-lint.yaml` beside the report, then the report's own `lint:` mapping.
///
/// ```yaml
/// lint:
///   rules:
///     sentence-length: {level: warning, max: 100}
///     jp-latin-space: off
/// ```
public struct LintConfiguration: Sendable, Equatable {
    public struct Setting: Sendable, Equatable {
        public var level: LintLevel
        public var options: RuleOptions
    }

    public private(set) var settings: [String: Setting]

    public init(rules: [any LintRule] = LintRules.all) {
        var settings: [String: Setting] = [:]
        for rule in rules { settings[rule.id] = Setting(level: rule.defaultLevel, options: RuleOptions()) }
        self.settings = settings
    }

    public func setting(for rule: any LintRule) -> Setting {
        settings[rule.id] ?? Setting(level: rule.defaultLevel, options: RuleOptions())
    }

    /// A problem in the configuration, at the node that has it.
    struct Problem {
        var node: YAMLNode
        var keyPath: String
        var message: String
    }

    /// Applies a `lint:` mapping (or a `.shiryo-lint.yaml` document) over these settings.
    mutating func apply(_ node: YAMLNode, keyPath: String, rules: [any LintRule]) -> [Problem] {
        var problems: [Problem] = []
        guard case .mapping(let top) = node else {
            return [Problem(node: node, keyPath: keyPath, message: "expected a mapping with 'rules'")]
        }
        for (key, value) in top {
            guard key.string == "rules" else {
                problems.append(Problem(node: key, keyPath: keyPath, message: "unknown key '\(key.string ?? "")'; expected 'rules'"))
                continue
            }
            guard case .mapping(let ruleMapping) = value else {
                problems.append(Problem(node: value, keyPath: keyPath + ".rules", message: "expected a mapping of rule id: level"))
                continue
            }
            for (idNode, ruleNode) in ruleMapping {
                let id = idNode.string ?? ""
                let path = keyPath + ".rules." + id
                guard let rule = rules.first(where: { $0.id == id }) else {
                    let ids = rules.map(\.id)
                    problems.append(Problem(node: idNode, keyPath: path,
                                            message: "unknown rule '\(id)'; expected one of: \(ids.joined(separator: ", "))"))
                    continue
                }
                var setting = self.setting(for: rule)
                if case .mapping(let fields) = ruleNode {
                    for (nameNode, optionNode) in fields {
                        let name = nameNode.string ?? ""
                        if name == "level" {
                            if let level = Self.level(optionNode) { setting.level = level } else {
                                problems.append(Problem(node: optionNode, keyPath: path + ".level", message: Self.levelMessage(optionNode)))
                            }
                        } else if rule.optionNames.contains(name), let text = optionNode.string {
                            setting.options.values[name] = text
                        } else {
                            let known = (["level"] + rule.optionNames).joined(separator: ", ")
                            problems.append(Problem(node: nameNode, keyPath: path + "." + name,
                                                    message: "unknown option '\(name)' of \(id); expected one of: \(known)"))
                        }
                    }
                } else if let level = Self.level(ruleNode) {
                    setting.level = level
                } else {
                    problems.append(Problem(node: ruleNode, keyPath: path, message: Self.levelMessage(ruleNode)))
                }
                settings[id] = setting
            }
        }
        return problems
    }

    private static func level(_ node: YAMLNode) -> LintLevel? {
        guard let text = node.string else { return nil }
        if text == "on" { return .warning }
        return LintLevel(rawValue: text)
    }

    private static func levelMessage(_ node: YAMLNode) -> String {
        "expected a level (off, note, warning, error) or a mapping with 'level' and options, found '\(node.string ?? "a collection")'"
    }
}
