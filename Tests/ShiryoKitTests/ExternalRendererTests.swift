import Foundation
import ShiryoFollowUp
import ShiryoModel
import ShiryoRendering
import Testing
@testable import ShiryoKit

/// `--format exec:PATH`: any program that reads the document JSON on standard input.
@Suite struct ExternalRendererTests {
    let folder: URL
    let document = Document(
        kind: .report, metadata: Metadata(title: "表題", identifier: "detail"),
        blocks: [.paragraph([.text("本文")])])

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-exec-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// A shell script in the test's folder.
    func script(_ name: String, _ body: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    func render(_ renderer: ExternalRenderer) throws -> [UInt8] {
        try renderer.renderBytes(document, context: RenderContext(inputDirectory: folder))
    }

    @Test func theProgramReadsTheDocumentJSONAndItsOutputIsTheResult() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // cat: the output is exactly what the program was given.
        let echo = try script("echo.sh", "cat")
        let output = try render(ExternalRenderer(program: echo))
        #expect(try DocumentJSON.decode(Data(output)) == document)
        #expect(output == Array(try DocumentJSON.encode(document)))

        let environment = try script(
            "environment.sh", "cat >/dev/null; printf '%s|%s|%s|%s' \"$SHIRYO_SCHEMA_VERSION\" \"$SHIRYO_DOCUMENT\" \"$SHIRYO_INPUT_DIRECTORY\" \"$(pwd -P)\"")
        let fields = String(decoding: try render(ExternalRenderer(program: environment)), as: UTF8.self)
            .split(separator: "|").map(String.init)
        let realFolder = folder.resolvingSymlinksInPath().path
        #expect(fields.count == 4)
        #expect(fields.first == "\(Document.schemaVersion)")
        #expect(fields.dropFirst().first == "detail")
        #expect(fields.last == realFolder, "it runs in the report's folder")
    }

    @Test func aFailingProgramIsAnErrorWithItsLastErrorLines() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let failing = try script("fail.sh", "cat >/dev/null; echo 'first line' >&2; echo 'no table support' >&2; exit 3")
        #expect(throws: RenderError(
            format: "exec:\(failing)", message: "exited with status 3; its last error output:\nfirst line\nno table support")) {
            try render(ExternalRenderer(program: failing))
        }
        let crashing = try script("crash.sh", "cat >/dev/null; kill -9 $$")
        #expect(throws: RenderError(format: "exec:\(crashing)", message: "was ended by signal 9")) {
            try render(ExternalRenderer(program: crashing))
        }
        let silent = try script("silent.sh", "cat >/dev/null")
        #expect(throws: RenderError(format: "exec:\(silent)", message: "wrote nothing on standard output")) {
            try render(ExternalRenderer(program: silent))
        }
    }

    /// The program and anything it started are stopped at the timeout.
    @Test func aHangingProgramIsStoppedAtTheTimeout() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("sleep.pid")
        let hanging = try script("hang.sh", "sleep 30 &\necho $! > '\(pidFile.path)'\nwait")
        let start = Date()
        #expect(throws: RenderError(
            format: "exec:\(hanging)", message: "did not finish within 1 second and was stopped (--exec-timeout sets the limit)")) {
            try render(ExternalRenderer(program: hanging, timeout: 1))
        }
        #expect(Date().timeIntervalSince(start) < 10)
        let pid = try #require(Int32(String(decoding: try Data(contentsOf: pidFile), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        // The child of the script was stopped with it (kill with signal 0 only probes).
        var gone = false
        for _ in 0..<50 where !gone {
            gone = kill(pid, 0) != 0
            if !gone { usleep(100_000) }
        }
        #expect(gone, "the script's own child (pid \(pid)) is still running")
    }

    @Test func aMissingProgramIsRefusedBeforeAnyWork() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = RenderPipeline()
        #expect(throws: RenderError(
            format: "exec:./no-such-renderer.sh",
            message: "./no-such-renderer.sh is not an executable file (check the path, and chmod +x it)")) {
            _ = try pipeline.renderers(named: ["json", "exec:./no-such-renderer.sh"])
        }
        #expect(throws: RenderError(format: "exec:no-such-renderer-xyz", message: "no program no-such-renderer-xyz on PATH")) {
            _ = try pipeline.renderers(named: ["exec:no-such-renderer-xyz"])
        }
        let notExecutable = folder.appendingPathComponent("plain.sh")
        try Data("cat\n".utf8).write(to: notExecutable)
        #expect(throws: RenderError.self) {
            _ = try pipeline.renderers(named: ["exec:\(notExecutable.path)"])
        }
    }

    @Test func anExecFormatGetsTheChosenExtension() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let echo = try script("echo.sh", "cat")
        let pipeline = RenderPipeline(external: .init(fileExtension: "md", timeout: 5))
        let renderers = try pipeline.renderers(named: ["exec:\(echo)"])
        #expect(renderers.map(\.fileExtension) == ["md"])
        #expect(renderers.map(\.formatName) == ["exec:\(echo)"])
    }
}
