import Foundation

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

    /// Whether a file's goals are decoded while the rest of it is still being composed, on
    /// a second core (`OverlappedDecoding`); off, loading runs on the calling thread alone
    /// (`shiryo render --jobs 1`). The report and the errors are the same either way.
    public var decodesWhileComposing: Bool

    public init(decodesWhileComposing: Bool = true) {
        self.decodesWhileComposing = decodesWhileComposing
    }

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
            var candidateIsDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &candidateIsDirectory) {
                guard !candidateIsDirectory.boolValue else {
                    throw .unreadable(path: (path as NSString).appendingPathComponent(name),
                                      reason: "is a folder, not a file; expected the report file there")
                }
                return candidate
            }
        }
        throw .noReportInFolder(path: path)
    }

    /// Loads the report at a path (a file, or a folder holding one).
    /// - Throws: `ReportLoader.Error` when the file cannot be read, `ValidationError` when it is wrong.
    public func load(path: String) throws -> FollowUpReport {
        let url = try resolve(path)
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
            throw Error.unreadable(path: path, reason: "is not a regular file; expected a YAML or JSON report file")
        }
        if let size = attributes?[.size] as? Int, size > Limits.maximumFileBytes {
            throw Error.unreadable(path: path, reason: "has \(size) bytes, more than the limit of "
                + "\(Limits.maximumFileBytes / 1_048_576) MiB; expected a smaller report (split it)")
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw Error.unreadable(path: path, reason: "cannot be read: permission denied; "
                + "expected a file the user may read (check its permissions)")
        }
        let displayPath = url.path == URL(fileURLWithPath: path).path ? path
            : (path.hasSuffix("/") ? path : path + "/") + url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Error.unreadable(path: path, reason: "cannot be read (an input/output error); expected a readable file")
        }
        return try load(consuming: consume data, file: displayPath, baseDirectory: url.deletingLastPathComponent())
    }

    /// Loads a report from bytes. `file` names it in diagnostics; images are looked up
    /// relative to `baseDirectory` (not checked when it is `nil`).
    public func load(data: Data, file: String, baseDirectory: URL?) throws -> FollowUpReport {
        try load(consuming: data, file: file, baseDirectory: baseDirectory)
    }

    /// Composes the bytes on another core while this one decodes each goal as it is composed
    /// (`OverlappedDecoding`), then decodes the rest; the node tree's last reference then
    /// goes to another thread.
    private func load(consuming data: consuming Data, file: String, baseDirectory: URL?) throws -> FollowUpReport {
        guard decodesWhileComposing else { return try loadWhole(consuming: data, file: file, baseDirectory: baseDirectory) }
        let overlapped = OverlappedDecoding(decoder: ReportDecoder(reader: reader(for: file), baseDirectory: baseDirectory))
        let (root, decoded) = try overlapped.run { [data] take in try compose(data: data, file: file, finished: take) }
        defer { BackgroundRelease.release(root) }
        if let decoded {
            // The nodes keep every line and column: the file's bytes (as large as the file)
            // are let go before the rest is decoded.
            _ = consume data
            return try decode(root, decoder: overlapped.decoder, decoded: decoded)
        }
        // The goals went to the decoder, not into the tree: the file is composed again, whole.
        return try loadWhole(consuming: data, file: file, baseDirectory: baseDirectory)
    }

    /// Composes the bytes, lets them go, then decodes the whole tree, on this thread.
    private func loadWhole(consuming data: consuming Data, file: String, baseDirectory: URL?) throws -> FollowUpReport {
        let root = try compose(data: data, file: file)
        _ = consume data
        defer { BackgroundRelease.release(root) }
        return try decode(root, baseDirectory: baseDirectory, reader: reader(for: file))
    }

    private func reader(for file: String) -> NodeReader {
        NodeReader(file: file, isJSON: file.lowercased().hasSuffix(".json"))
    }

    /// The node tree of a file's bytes, after checking their size and characters.
    private func compose(
        data: borrowing Data, file: String, finished: ((YAMLComposer.Finished) -> Bool)? = nil
    ) throws(ValidationError) -> Node {
        guard data.count <= Limits.maximumFileBytes else {
            throw ValidationError(diagnostics: [Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1), keyPath: "",
                message: "the file has \(data.count) bytes, more than the limit of \(Limits.maximumFileBytes) "
                    + "(\(Limits.maximumFileBytes / 1_048_576) MiB); expected a smaller report (split it)")])
        }
        // The file's bytes are checked, prescanned and parsed where they lie: no copy of a
        // large report (an array, then a string) is ever made.
        return try data.withUnsafeBytes { raw in
            Result { () throws(ValidationError) -> Node in
                var bytes = UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count)
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
                // Checked bytes are well-formed UTF-8 (`InputCharacters` refuses every malformed
                // sequence), so they need no second validation.
                try checkBytes(bytes, file: file)
                return try composeDocument(bytes, file: file, finished: finished)
            }
        }.get()
    }

    /// Refuses bytes that are not UTF-8 or hold characters no report may (see `InputCharacters`),
    /// each problem at its line and column, with the key path of the value it is in (found in a
    /// copy with the bad bytes replaced).
    private func checkBytes(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(ValidationError) {
        guard !InputCharacters.isClean(bytes) else { return }
        var sanitized: [UInt8]? = []
        let problems = InputCharacters.byteProblems(bytes, sanitized: &sanitized)
        let root = sanitized.flatMap { String(validating: $0, as: UTF8.self) }
            .flatMap { try? compose($0, file: file) }
        throw ValidationError(diagnostics: problems.map { problem in
            let location = SourceLocation(file: file, line: problem.line, column: problem.column)
            let path = root.map { NodeLocator.keyPath(at: location, in: $0) } ?? ""
            return Diagnostic(location: location, keyPath: path, message: problem.message)
        })
    }

    public func load(text: String, file: String, baseDirectory: URL?) throws -> FollowUpReport {
        let (report, root) = try load(
            text: text, file: file, baseDirectory: baseDirectory,
            reader: NodeReader(file: file, isJSON: file.lowercased().hasSuffix(".json")))
        BackgroundRelease.release(root)
        return report
    }

    /// Loads with a reader of the caller's (lint asks it to record the text scalars), and
    /// returns the node tree beside the report.
    func load(text: String, file: String, baseDirectory: URL?, reader: NodeReader) throws -> (report: FollowUpReport, root: Node) {
        var text = text
        return try text.withUTF8 { bytes throws -> (report: FollowUpReport, root: Node) in
            try checkBytes(bytes, file: file)
            return try loadChecked(bytes: bytes, file: file, baseDirectory: baseDirectory, reader: reader)
        }
    }

    private func loadChecked(
        bytes: UnsafeBufferPointer<UInt8>, file: String, baseDirectory: URL?, reader: NodeReader
    ) throws -> (report: FollowUpReport, root: Node) {
        let root = try composeDocument(bytes, file: file)
        return (try decode(root, baseDirectory: baseDirectory, reader: reader), root)
    }

    /// The node tree of checked bytes; a file without a document is refused.
    private func composeDocument(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, finished: ((YAMLComposer.Finished) -> Bool)? = nil
    ) throws(ValidationError) -> Node {
        guard let root = try compose(bytes, file: file, finished: finished) else {
            throw ValidationError(diagnostics: [Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1), keyPath: "",
                message: "the file is empty; expected a report (title, plan, fiscalYear, …)")])
        }
        return root
    }

    /// The report of a node tree composed from bytes `checkBytes` accepted (every caller
    /// checks them first).
    private func decode(_ root: Node, baseDirectory: URL?, reader: NodeReader) throws(ValidationError) -> FollowUpReport {
        reader.bytesAreChecked = true
        return try decode(root, decoder: ReportDecoder(reader: reader, baseDirectory: baseDirectory), decoded: nil)
    }

    /// The report of a node tree, with what `decoder` read of it already.
    private func decode(
        _ root: Node, decoder: ReportDecoder, decoded: OverlappedDecoding.Decoded?
    ) throws(ValidationError) -> FollowUpReport {
        let report = decoder.report(root, decoded: decoded)
        guard let report, decoder.reader.diagnostics.isEmpty else {
            throw ValidationError(diagnostics: decoder.reader.diagnostics.sorted { $0.location < $1.location })
        }
        return report
    }

    private func compose(_ text: String, file: String) throws(ValidationError) -> Node? {
        var text = text
        // withUTF8 rethrows untyped errors: the typed one goes out through a Result.
        return try text.withUTF8 { bytes in
            Result { () throws(ValidationError) -> Node? in try compose(bytes, file: file) }
        }.get()
    }

    /// The node tree of a text, in one pass over the parser's events (`YAMLComposer`); a
    /// duplicate key stays in its mapping, for the decoder to report with its key path like
    /// every other problem. What aliases add is counted first, from the parser's events
    /// (`AliasBudget`).
    private func compose(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, finished: ((YAMLComposer.Finished) -> Bool)? = nil
    ) throws(ValidationError) -> Node? {
        if let problem = AliasBudget.check(bytes, limit: Limits.maximumAliasNodes) {
            throw ValidationError(diagnostics: [Diagnostic(
                location: SourceLocation(file: file, line: problem.line, column: problem.column),
                keyPath: problem.path, message: problem.message)])
        }
        do throws(YAMLComposer.SyntaxError) {
            return try YAMLComposer.compose(bytes: bytes, finished: finished)
        } catch {
            let location = SourceLocation(file: file, line: error.line, column: error.column)
            // Only a file that does not parse needs its text as a string (checked UTF-8 here).
            let text = String(decoding: bytes, as: UTF8.self)
            throw ValidationError(diagnostics: [Diagnostic(
                location: location, keyPath: NodeLocator.keyPath(beforeSyntaxErrorAt: location, in: text),
                message: "syntax error: " + error.message)])
        }
    }
}

