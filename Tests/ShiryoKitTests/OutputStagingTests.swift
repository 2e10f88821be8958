import Foundation
import Testing
@testable import ShiryoKit

/// All or nothing across the files of a run, and failures in the user's words.
@Suite struct OutputStagingTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func names(_ url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    @Test func everyFileIsWrittenAndOldOnesReplacedWithNothingLeftOver() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        try Data("old".utf8).write(to: out.appendingPathComponent("a.json"))
        try OutputStaging.write([("a.json", Data("new a".utf8)), ("b.json", Data("new b".utf8))], to: out)
        #expect(try names(out) == ["a.json", "b.json"])
        #expect(try Data(contentsOf: out.appendingPathComponent("a.json")) == Data("new a".utf8))
        #expect(try Data(contentsOf: out.appendingPathComponent("b.json")) == Data("new b".utf8))
    }

    @Test func aFolderInTheWayOfTheLastFileLeavesEveryFileAsItWas() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        try Data("old".utf8).write(to: out.appendingPathComponent("a.json"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("c.json"), withIntermediateDirectories: true)
        #expect(throws: OutputStaging.Failure(
            path: out.appendingPathComponent("c.json").path, problem: "a folder of that name is in the way",
            advice: "move or rename that folder, or choose another --output folder")) {
            try OutputStaging.write(
                [("a.json", Data("new".utf8)), ("b.json", Data("b".utf8)), ("c.json", Data("c".utf8))], to: out)
        }
        #expect(try names(out) == ["a.json", "c.json"], "no b.json, no staging folder")
        #expect(try Data(contentsOf: out.appendingPathComponent("a.json")) == Data("old".utf8))
    }

    @Test func anOutputThatIsAFileIsRefusedInWords() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("report.yaml")
        try Data("title: x\n".utf8).write(to: file)
        do {
            try OutputStaging.write([("a.json", Data())], to: file)
            Issue.record("a file was accepted as the output folder")
        } catch {
            #expect(error.description == "cannot write \(file.path): it is a file, not a folder; "
                + "give --output a folder (it is created if missing), or - for standard output")
        }
        do {
            try OutputStaging.write([("a.json", Data())], to: file.appendingPathComponent("sub"))
            Issue.record("a path under a file was accepted")
        } catch {
            #expect(error.problem == "a part of the path is a file, not a folder")
        }
        #expect(try Data(contentsOf: file) == Data("title: x\n".utf8))
    }

    @Test func streamedOutputsAppearOnlyOnCommitAndADiscardLeavesNoTrace() throws {
        let parent = try folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("new/deeper")
        let discarded = OutputStaging(directory: out)
        let output = try discarded.output(named: "a.txt")
        output.write(Data(repeating: 0x41, count: 1 << 20))  // past the chunk size: on disk already
        try discarded.close(output, named: "a.txt")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("a.txt").path))
        discarded.discard()
        #expect(try names(parent) == [], "the folders the run made are gone too")

        let committed = OutputStaging(directory: out)
        let first = try committed.output(named: "a.txt")
        first.write(Data(repeating: 0x41, count: 1 << 20))    // large, nothing buffered: straight out
        first.write(" mid ")                                  // buffered
        first.write(Data(repeating: 0x42, count: 1 << 20))    // large: after the buffer, in order
        try committed.close(first, named: "a.txt")
        #expect(throws: OutputStaging.Failure.self) { try committed.output(named: "a.txt") }
        try committed.commit()
        #expect(try names(out) == ["a.txt"])
        #expect(try Data(contentsOf: out.appendingPathComponent("a.txt"))
            == Data(repeating: 0x41, count: 1 << 20) + Data(" mid ".utf8) + Data(repeating: 0x42, count: 1 << 20))
    }

    @Test func nothingTouchesTheDiskBeforeTheFirstOutput() throws {
        let parent = try folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let staging = OutputStaging(directory: parent.appendingPathComponent("out"))
        staging.discard()
        #expect(try names(parent) == [])
    }

    @Test func errnoValuesAreNamedInWords() {
        #expect(OutputStaging.problem(for: ENOSPC) == "the disk is full")
        #expect(OutputStaging.problem(for: EFBIG) == "the file would be larger than the file-size limit (ulimit -f)")
        #expect(OutputStaging.problem(for: EROFS) == "the file system is read-only")
        #expect(OutputStaging.problem(for: EACCES).hasPrefix("permission denied"))
    }
}
