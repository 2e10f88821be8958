import Foundation
import Yams

/// Loads and checks a follow-up report from YAML or JSON.
///
/// Every problem in a file is reported at once, each with file, line, column and key path,
/// as a `ValidationError`. JSON is read by the same YAML parser (JSON is YAML's flow
/// style), so both formats get the same checks and the same positions.
public struct ReportLoader: Sendable {
    /// File names looked for when the input is a folder, in this order.
    public static let reportFileNames = ["report.yaml", "report.yml", "report.json"]

    public enum Error: Swift.Error, Sendable, CustomStringConvertible, Equatable {
        case notFound(path: String)
        case noReportInFolder(path: String)
        case unreadable(path: String, reason: String)

        public var description: String {
            switch self {
            case .notFound(let path):
                "\(path): no such file or folder"
            case .noReportInFolder(let path):
                "\(path): the folder has none of \(ReportLoader.reportFileNames.joined(separator: ", "))"
            case .unreadable(let path, let reason):
                "\(path): \(reason)"
            }
        }
    }

    public init() {}

    /// The report file an input names: the file itself, or the report file in a folder.
    public func resolve(_ path: String) throws(Error) -> URL {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        let url = URL(fileURLWithPath: path)
        guard isDirectory.boolValue else { return url }
        for name in Self.reportFileNames {
            let candidate = url.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        throw .noReportInFolder(path: path)
    }

    /// Loads the report at a path (a file, or a folder holding one).
    /// - Throws: `ReportLoader.Error` when the file cannot be read, `ValidationError` when it is wrong.
    public func load(path: String) throws -> FollowUpReport {
        let url = try resolve(path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Error.unreadable(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
        let displayPath = url.path == URL(fileURLWithPath: path).path ? path
            : (path.hasSuffix("/") ? path : path + "/") + url.lastPathComponent
        return try load(data: data, file: displayPath, baseDirectory: url.deletingLastPathComponent())
    }

    /// Loads a report from bytes. `file` names it in diagnostics; images are looked up
    /// relative to `baseDirectory` (not checked when it is `nil`).
    public func load(data: Data, file: String, baseDirectory: URL?) throws -> FollowUpReport {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ValidationError(diagnostics: [Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1), keyPath: "",
                message: "the file is not UTF-8 text; expected a UTF-8 encoded YAML or JSON file")])
        }
        return try load(text: text, file: file, baseDirectory: baseDirectory)
    }

    public func load(text: String, file: String, baseDirectory: URL?) throws -> FollowUpReport {
        try load(text: text, file: file, baseDirectory: baseDirectory, reader: NodeReader(file: file)).report
    }

    func load(text: String, file: String, baseDirectory: URL?, reader: NodeReader) throws -> (report: FollowUpReport, root: Node) {
        let root: Node
        do {
            // Scalars are read as written (see NodeReader), so YAML's implicit typing, which costs a
            // regular expression per scalar, is skipped.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw ValidationError(diagnostics: [Diagnostic(
                    location: SourceLocation(file: file, line: 1, column: 1), keyPath: "",
                    message: "the file is empty; expected a report (title, plan, fiscalYear, …)")])
            }
            root = node
        } catch let error as ValidationError {
            throw error
        } catch {
            throw ValidationError(diagnostics: [SyntaxErrorTranslation.diagnostic(for: error, file: file)])
        }
        let decoder = ReportDecoder(reader: reader, baseDirectory: baseDirectory)
        let report = decoder.report(root)
        guard let report, reader.diagnostics.isEmpty else {
            throw ValidationError(diagnostics: reader.diagnostics.sorted { $0.location < $1.location })
        }
        return (report, root)
    }
}

/// Turns the YAML parser's errors into diagnostics with positions.
enum SyntaxErrorTranslation {
    static func diagnostic(for error: any Swift.Error, file: String) -> Diagnostic {
        func make(_ mark: Mark?, _ message: String) -> Diagnostic {
            Diagnostic(location: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1),
                       keyPath: "", message: "syntax error: " + message)
        }
        guard let yamlError = error as? YamlError else { return make(nil, String(describing: error)) }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let contextText = context.map { " (\($0.text))" } ?? ""
            return make(mark, problem + contextText)
        case .reader(let problem, _, _, _):
            return make(nil, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // The parser refuses duplicate keys before our own check can see them.
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(
                location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                keyPath: "", message: "duplicate key \(keys); expected each key once in a mapping")
        default:
            return make(nil, String(describing: yamlError))
        }
    }
}
