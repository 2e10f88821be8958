import Foundation

/// Runs a command to completion with a time limit, collecting its exit status and stderr.
///
/// Output goes to files rather than pipes: an engine that writes more than a pipe buffer
/// holds to stderr would otherwise block forever while we wait for it to exit.
struct ExternalProcess {
    struct Result {
        var status: Int32
        var standardError: String
    }

    enum Failure: Error {
        case notFound(String)
        case timedOut
        case notStarted(String)
    }

    var arguments: [String]
    var environment: [String: String]
    var workingDirectory: URL
    var timeout: TimeInterval

    func run() throws -> Result {
        guard let name = arguments.first else { throw Failure.notFound("") }
        let executable = try Self.locate(name, path: environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
        let stdoutURL = workingDirectory.appendingPathComponent("engine.stdout")
        let stderrURL = workingDirectory.appendingPathComponent("engine.stderr")
        guard FileManager.default.createFile(atPath: stdoutURL.path, contents: nil),
              FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        else { throw Failure.notStarted("cannot create output files in \(workingDirectory.path)") }
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        defer {
            try? stdout.close()
            try? stderr.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = Array(arguments.dropFirst())
        process.environment = environment
        process.currentDirectoryURL = workingDirectory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw Failure.notStarted((error as NSError).localizedDescription)
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            throw Failure.timedOut
        }
        let errorText = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, standardError: errorText)
    }

    /// The executable for `name`: a path as given, or the first match on `PATH`.
    static func locate(_ name: String, path: String) throws -> URL {
        let manager = FileManager.default
        if name.contains("/") {
            guard manager.isExecutableFile(atPath: name) else { throw Failure.notFound(name) }
            return URL(fileURLWithPath: name)
        }
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if manager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure.notFound(name)
    }
}
