import Foundation

/// Runs a program to completion with a time limit: for renderers that hand the work to an
/// installed tool (the `pdf` format's WeasyPrint, `exec:` formats).
///
/// Standard input is read from a file and standard output and error go to files (in a
/// temporary folder removed afterwards) rather than pipes, so a program that writes more than
/// a pipe buffer holds can never block while we wait for it, and there is no reading thread
/// to coordinate.
///
/// ```swift
/// let result = try ExternalProgram(
///     arguments: ["pandoc", "--from", "html", "--to", "markdown", input.path],
///     workingDirectory: folder, timeout: 60
/// ).run()
/// guard result.status == 0 else { … }   // result.standardError says why
/// ```
public struct ExternalProgram: Sendable {
    /// How a program that ran ended, and what it wrote.
    public struct Result: Sendable {
        /// The exit status (0 for success), or the signal's number when ``killedBySignal``.
        public var status: Int32
        /// Whether a signal ended the program (it was killed or crashed) rather than an exit.
        public var killedBySignal: Bool
        /// Everything the program wrote on standard output, byte for byte.
        public var standardOutput: Data
        /// What the program wrote on standard error, decoded as UTF-8 (invalid bytes are
        /// replaced).
        public var standardError: String
    }

    /// Why a program could not be run to completion.
    ///
    /// A program that ran and exited with a non-zero status is not a failure: ``run()``
    /// returns its ``Result`` and the caller looks at ``Result/status``.
    public enum Failure: Error, Sendable, Equatable {
        /// The executable was not found (a path that is not executable, or a name not on `PATH`).
        case notFound(String)
        /// It ran longer than the timeout and was stopped.
        case timedOut
        /// It could not be started, for the reason given (the temporary files could not be
        /// made, or the system refused to launch it).
        case notStarted(String)
    }

    /// The executable (a path, or a name looked up on `PATH`) and its arguments.
    ///
    /// A relative path (one with a `/`, like `./tool`) is taken relative to this process's
    /// current directory, not to ``workingDirectory``.
    public var arguments: [String]
    /// The program's whole environment; its `PATH` is also where a bare executable name is
    /// looked up. The default is this process's own environment: add to it rather than
    /// starting from an empty one.
    public var environment: [String: String]
    /// The program's working directory.
    public var workingDirectory: URL
    /// Seconds after which the program, with its process group, is stopped (SIGTERM, then
    /// SIGKILL after a grace period) and ``run()`` throws ``Failure/timedOut``.
    public var timeout: TimeInterval
    /// The bytes the program reads on standard input (kept in a temporary file while it
    /// runs); nil gives it an empty input.
    public var standardInput: Data?

    /// A program to run; nothing runs until ``run()``.
    public init(
        arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: URL, timeout: TimeInterval, standardInput: Data? = nil
    ) {
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.timeout = timeout
        self.standardInput = standardInput
    }

    /// Runs the program and blocks the calling thread until it exits or the timeout stops it.
    ///
    /// - Returns: The exit status and what the program wrote, whatever the status.
    /// - Throws: ``Failure/notFound(_:)`` when the executable cannot be found,
    ///   ``Failure/timedOut`` when it was stopped, ``Failure/notStarted(_:)`` when it could
    ///   not be started.
    public func run() throws(Failure) -> Result {
        guard let name = arguments.first else { throw .notFound("") }
        let executable = try Self.locate(name, path: environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("shiryo-run-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw .notStarted("cannot create a temporary folder: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdinURL = scratch.appendingPathComponent("stdin")
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        let files: (input: FileHandle, output: FileHandle, error: FileHandle)
        do {
            guard FileManager.default.createFile(atPath: stdinURL.path, contents: standardInput ?? Data()),
                  FileManager.default.createFile(atPath: stdoutURL.path, contents: nil),
                  FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
            else { throw Failure.notStarted("cannot create the input and output files in \(scratch.path)") }
            files = (
                try FileHandle(forReadingFrom: stdinURL),
                try FileHandle(forWritingTo: stdoutURL), try FileHandle(forWritingTo: stderrURL))
        } catch {
            throw .notStarted(error.localizedDescription)
        }
        defer {
            try? files.output.close()
            try? files.error.close()
            try? files.input.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = Array(arguments.dropFirst())
        process.environment = environment
        process.currentDirectoryURL = workingDirectory
        process.standardInput = files.input
        process.standardOutput = files.output
        process.standardError = files.error
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .notStarted((error as NSError).localizedDescription)
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            Self.stop(process, finished: finished)
            throw .timedOut
        }
        let output = (try? Data(contentsOf: stdoutURL)) ?? Data()
        let errorText = String(decoding: (try? Data(contentsOf: stderrURL)) ?? Data(), as: UTF8.self)
        return Result(
            status: process.terminationStatus, killedBySignal: process.terminationReason == .uncaughtSignal,
            standardOutput: output, standardError: errorText)
    }

    /// SIGTERM, then SIGKILL after a grace period. Foundation starts the child as the
    /// leader of its own process group, so the group is signalled too: a shell script's
    /// own children (`sleep`, a converter it started) stop with it.
    private static func stop(_ process: Process, finished: DispatchSemaphore) {
        let pid = process.processIdentifier
        kill(-pid, SIGTERM)
        process.terminate()
        if finished.wait(timeout: .now() + 3) == .timedOut {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            finished.wait()
        }
    }

    /// The executable for `name`: a path as given, or the first match on `PATH`.
    public static func locate(_ name: String, path: String) throws(Failure) -> URL {
        let manager = FileManager.default
        if name.contains("/") {
            guard manager.isExecutableFile(atPath: name) else { throw .notFound(name) }
            return URL(fileURLWithPath: name)
        }
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if manager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw .notFound(name)
    }
}
