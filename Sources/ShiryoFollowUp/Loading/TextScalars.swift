import Foundation

/// One text of the report as the loader read it: the YAML/JSON scalar (with its position and
/// style) and the key path it was read at. Tools that check the wording (`shiryo lint`) read
/// these instead of parsing the file a second time.
public struct TextScalar {
    /// The scalar node; `mark` is where it starts in the file (its quote or block indicator).
    public let node: YAMLNode
    /// `goals[0].strategies[1].actions[0]`.
    public let keyPath: String

    public var scalar: YAMLNode.Scalar? {
        if case .scalar(let scalar) = node { return scalar }
        return nil
    }
}

/// A loaded report with the parse it came from.
public struct LoadedReport {
    public let report: FollowUpReport
    /// The document's root node: keys the loader does not read (`lint`) are found here.
    public let root: YAMLNode
    /// Every text of the report in the order read, with key path and node.
    public let texts: [TextScalar]
}

extension ReportLoader {
    /// Loads a report like `load(text:file:baseDirectory:)`, keeping every text's node.
    public func loadWithTexts(text: String, file: String, baseDirectory: URL?) throws -> LoadedReport {
        let reader = NodeReader(file: file, isJSON: file.lowercased().hasSuffix(".json"))
        reader.textScalars = []
        let (report, root) = try load(text: text, file: file, baseDirectory: baseDirectory, reader: reader)
        return LoadedReport(report: report, root: root, texts: reader.textScalars ?? [])
    }
}
