import Foundation
import ShiryoModel
import ShiryoRendering

/// A format made by any program: `--format exec:PATH`.
///
/// The program receives the document as JSON (`DocumentJSON`: `{"schemaVersion": 1,
/// "document": …}`) on standard input and writes the output on standard output, like
/// pandoc's JSON filters. It runs in the input report's folder (so relative figure paths
/// resolve), with these variables set besides the inherited environment:
///
/// - `SHIRYO_SCHEMA_VERSION`: the JSON's schema version;
/// - `SHIRYO_DOCUMENT`: `summary` or `detail` (the document's identifier);
/// - `SHIRYO_INPUT_DIRECTORY`: the input report's folder.
///
/// Exiting non-zero, writing nothing, or running past the timeout fails the render with
/// the program's last lines of standard error, and nothing is written.
public struct ExternalRenderer: DocumentRenderer {
    public static let prefix = "exec:"

    /// The program: a path, or a name looked up on `PATH`.
    public var program: String
    public var fileExtension: String
    /// Seconds after which the program is stopped and the render fails.
    public var timeout: TimeInterval

    public var formatName: String { Self.prefix + program }
    public var summary: String { "the output of \(program) given the document JSON on standard input" }

    public static let defaultTimeout: TimeInterval = 60
    public static let defaultFileExtension = "out"

    public init(program: String, fileExtension: String = Self.defaultFileExtension, timeout: TimeInterval = Self.defaultTimeout) {
        self.program = program
        self.fileExtension = fileExtension
        self.timeout = timeout
    }

    /// The renderer for a format name of the form `exec:PATH`, or nil for any other name.
    public init?(formatName: String, fileExtension: String = Self.defaultFileExtension,
                 timeout: TimeInterval = Self.defaultTimeout) {
        guard formatName.hasPrefix(Self.prefix) else { return nil }
        self.init(program: String(formatName.dropFirst(Self.prefix.count)), fileExtension: fileExtension, timeout: timeout)
    }

    /// Fails unless the program can be run, so a typo is reported before any work.
    public func checkProgram() throws(RenderError) {
        guard !program.isEmpty else {
            throw RenderError(format: formatName, message: "give the program after exec:, e.g. exec:./to-markdown.py")
        }
        do {
            _ = try ExternalProgram.locate(program, path: ProcessInfo.processInfo.environment["PATH"] ?? "")
        } catch {
            throw RenderError(format: formatName, message: Self.notFoundMessage(program))
        }
    }

    public func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws {
        let json = try DocumentJSON.encode(document)
        let workingDirectory = context.inputDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var environment = ProcessInfo.processInfo.environment
        environment["SHIRYO_SCHEMA_VERSION"] = String(Document.schemaVersion)
        environment["SHIRYO_DOCUMENT"] = document.metadata.identifier
        environment["SHIRYO_INPUT_DIRECTORY"] = workingDirectory.path
        // A relative program path means relative to where shiryo was started, not to the
        // report's folder the program runs in.
        let executable = program.contains("/") && !program.hasPrefix("/")
            ? URL(fileURLWithPath: program).standardizedFileURL.path : program

        let result: ExternalProgram.Result
        do {
            result = try ExternalProgram(
                arguments: [executable], environment: environment, workingDirectory: workingDirectory,
                timeout: timeout, standardInput: json
            ).run()
        } catch {
            switch error {
            case .notFound: throw RenderError(format: formatName, message: Self.notFoundMessage(program))
            case .timedOut:
                throw RenderError(
                    format: formatName,
                    message: "did not finish within \(Self.seconds(timeout)) and was stopped (--exec-timeout sets the limit)")
            case .notStarted(let reason): throw RenderError(format: formatName, message: "could not be started: \(reason)")
            }
        }
        let tail = Self.lastLines(result.standardError, count: 10)
        guard result.status == 0 else {
            throw RenderError(
                format: formatName,
                message: (result.killedBySignal ? "was ended by signal \(result.status)" : "exited with status \(result.status)")
                    + (tail.isEmpty ? "" : "; its last error output:\n\(tail)"))
        }
        guard !result.standardOutput.isEmpty else {
            throw RenderError(
                format: formatName,
                message: "wrote nothing on standard output" + (tail.isEmpty ? "" : "; its error output:\n\(tail)"))
        }
        output.write(result.standardOutput)
    }

    static func notFoundMessage(_ program: String) -> String {
        program.contains("/")
            ? "\(program) is not an executable file (check the path, and chmod +x it)"
            : "no program \(program) on PATH"
    }

    static func seconds(_ value: TimeInterval) -> String {
        if value == 1 { return "1 second" }
        return value == value.rounded() && abs(value) < 1e9 ? "\(Int(value)) seconds" : "\(value) seconds"
    }

    static func lastLines(_ text: String, count: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).suffix(count).joined(separator: "\n")
    }
}
