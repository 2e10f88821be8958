import Foundation

/// An installed paged-media engine that turns an XHTML file into a PDF:
/// `command… input.xhtml output.pdf`.
public struct PDFEngine: Sendable, Equatable {
    /// For messages: "WeasyPrint".
    public var name: String
    /// The executable (a name looked up on `PATH`, or a path) and arguments that come
    /// before the input and output paths.
    public var command: [String]
    /// What to tell a user who does not have the engine.
    public var installHint: String
    /// Seconds after which the engine is stopped and the rendering fails.
    public var timeout: TimeInterval
    /// Whether `SHIRYO_PDF_ENGINE` may replace `command`, so users can switch engines
    /// without code (e.g. `SHIRYO_PDF_ENGINE="/opt/venv/bin/weasyprint --presentational-hints"`).
    public var honorsEnvironment: Bool

    public static let environmentVariable = "SHIRYO_PDF_ENGINE"

    public init(
        name: String, command: [String], installHint: String, timeout: TimeInterval = 120,
        honorsEnvironment: Bool = false
    ) {
        self.name = name
        self.command = command
        self.installHint = installHint
        self.timeout = timeout
        self.honorsEnvironment = honorsEnvironment
    }

    /// WeasyPrint (https://weasyprint.org), the default; `SHIRYO_PDF_ENGINE` overrides it.
    public static let weasyprint = PDFEngine(
        name: "WeasyPrint", command: ["weasyprint", "--quiet"], installHint: "pip install weasyprint",
        honorsEnvironment: true)

    /// This engine, or the command in `SHIRYO_PDF_ENGINE` (split at spaces) when set and
    /// the engine honours it.
    public func resolved(environment: [String: String]) -> PDFEngine {
        guard honorsEnvironment, let value = environment[Self.environmentVariable] else { return self }
        let words = value.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return self }
        var engine = self
        engine.command = words
        engine.name = words[0]
        return engine
    }
}

/// Why the PDF could not be made.
public enum PDFRenderError: Error, Sendable, CustomStringConvertible, Equatable {
    case engineNotInstalled(engine: String, executable: String, installHint: String)
    case engineFailed(engine: String, status: Int32, stderrTail: String)
    case engineTimedOut(engine: String, seconds: TimeInterval)
    case engineProducedNoOutput(engine: String)
    case engineNotStarted(engine: String, reason: String)

    public var description: String {
        switch self {
        case let .engineNotInstalled(engine, executable, hint):
            "PDF output needs \(engine), but \"\(executable)\" was not found on PATH: install it with `\(hint)` "
                + "(or set \(PDFEngine.environmentVariable) to another engine's command)"
        case let .engineFailed(engine, status, tail):
            "\(engine) failed with exit status \(status)" + (tail.isEmpty ? "" : ":\n\(tail)")
        case let .engineTimedOut(engine, seconds):
            "\(engine) did not finish within \(Int(seconds)) seconds and was stopped"
        case let .engineProducedNoOutput(engine):
            "\(engine) exited successfully but wrote no PDF"
        case let .engineNotStarted(engine, reason):
            "\(engine) could not be started: \(reason)"
        }
    }
}
