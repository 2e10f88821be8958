import Foundation
import Testing
import ShiryoFollowUp
import ShiryoModel
import ShiryoSynthetic
@testable import ShiryoKit
import ShiryoRendering

@Suite struct RenderPipelineTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func sample(_ name: String) -> String { root.appendingPathComponent("samples/\(name)").path }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: ["kansensho-kihon-senryaku", "amr-action-plan"])
    func eachSampleRendersBothDocumentsAsModelJSON(name: String) throws {
        let outputs = try RenderPipeline().render(input: Self.sample(name), documents: FollowUpDocument.allCases,
                                                  formats: ["json"])
        #expect(outputs.map(\.fileName) == ["\(name).summary.json", "\(name).detail.json"])
        let report = try ReportLoader().load(path: Self.sample(name))
        for output in outputs {
            // What external tools read back is exactly the assembled document.
            #expect(try DocumentJSON.decode(output.data) == output.document.assemble(report))
        }
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let first = try RenderPipeline().render(input: Self.sample("amr-action-plan"),
                                                documents: FollowUpDocument.allCases, formats: ["json"])
        let second = try RenderPipeline().render(input: Self.sample("amr-action-plan"),
                                                 documents: FollowUpDocument.allCases, formats: ["json"])
        #expect(first == second)
    }

    @Test func anUnknownFormatIsNamedWithTheAvailableOnes() {
        #expect(throws: PipelineError.unknownFormat("pdff", available: RendererRegistry.builtIn.formatNames)) {
            try RenderPipeline().render(input: Self.sample("amr-action-plan"), documents: [.summary],
                                        formats: ["pdff"])
        }
        #expect(PipelineError.unknownFormat("x", available: ["json"]).description
            == "unknown format 'x'; available formats: json, or exec:PATH for a program that reads the document JSON")
    }

    @Test func writesAreAtomicAndReplaceOldFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("a.json")
        try Data("old".utf8).write(to: target)
        try AtomicFile.write(Data("new".utf8), to: target)
        #expect(try Data(contentsOf: target) == Data("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.json"],
                "no temporary file is left behind")
    }

    @Test func aFailedWriteLeavesNoFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A folder in the way makes the rename fail.
        let target = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try AtomicFile.write(Data("x".utf8), to: target) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])
    }

    @Test func theStemComesFromTheFolderOfAReportFile() {
        #expect(RenderPipeline.outputStem(for: URL(fileURLWithPath: "/x/amr/report.yaml")) == "amr")
        #expect(RenderPipeline.outputStem(for: URL(fileURLWithPath: "/x/amr/fy2024.json")) == "fy2024")
    }

    @Test func twoInputsWithTheSameNameAreRefusedBeforeWriting() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = RenderPipeline.Output(fileName: "a.summary.json", data: Data(), format: "json", document: .summary)
        #expect(throws: PipelineError.duplicateOutput("a.summary.json")) {
            try RenderPipeline.write([output, output], to: folder)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// 50 goals × 10 strategies × 20 indicators = 10,000 indicator rows. The time limit here
    /// is generous because debug builds are slow; `scripts/benchmark.sh` measures release.
    @Test func aTenThousandRowReportLoadsAndAssembles() throws {
        let synthetic = SyntheticReport(goals: 50, strategiesPerGoal: 10, indicatorsPerStrategy: 20)
        #expect(synthetic.indicatorRows == 10_000)
        let report = try ReportLoader().load(text: try synthetic.yaml(), file: "synthetic.yaml", baseDirectory: nil)
        let rows = report.goals.flatMap(\.strategies).flatMap(\.indicators).flatMap { entry -> [IndicatorRow] in
            switch entry {
            case .row(let row): [row]
            case .group(let group): group.rows
            }
        }
        #expect(rows.count == 10_000)
        let detail = FollowUpDocument.detail.assemble(report)
        let tableRows = detail.blocks.reduce(0) { count, block in
            guard case .table(let table) = block else { return count }
            return count + table.rows.filter { if case .cells = $0 { true } else { false } }.count
        }
        #expect(tableRows == 10_000)
        #expect(try synthetic.yaml() == (try synthetic.yaml()), "the generator is deterministic")
    }
}

/// Options reach the formats that read them; an option no chosen format reads is a mistake.
@Suite struct RenderOptionTests {
    @Test func anOptionNoChosenFormatReadsIsRefused() {
        let pipeline = RenderPipeline(options: RenderOptions(["width": "60"]))
        #expect(throws: PipelineError.unusedOption("width", formats: ["docx"], readBy: ["text"])) {
            _ = try pipeline.renderers(named: ["docx"])
        }
        #expect(PipelineError.unusedOption("width", formats: ["docx"], readBy: ["text"]).description
            == "option 'width' is not read by docx (it is an option of text)")
        #expect(throws: Never.self) { _ = try pipeline.renderers(named: ["docx", "text"]) }
        let unknown = RenderPipeline(options: RenderOptions(["colour": "red"]))
        #expect(throws: PipelineError.unusedOption("colour", formats: ["xhtml"], readBy: [])) {
            _ = try unknown.renderers(named: ["xhtml"])
        }
    }

    /// A bad value is refused when the formats are chosen, before any report is read.
    @Test func optionValuesAreCheckedBeforeAnyWork() {
        let pipeline = RenderPipeline(options: RenderOptions(["width": "abc"]))
        #expect(throws: RenderError(format: "text", message: "option width=abc: expected a whole number")) {
            _ = try pipeline.renderers(named: ["json", "text"])
        }
        let tooNarrow = RenderPipeline(options: RenderOptions(["width": "5"]))
        #expect(throws: RenderError(format: "text", message: "option width=5: expected a number from 20 to 1000")) {
            _ = try tooNarrow.renderers(named: ["text"])
        }
    }

    @Test func everyBuiltInFormatDeclaresWhatItReads() {
        let declared = Dictionary(uniqueKeysWithValues: RendererRegistry.builtIn.all.map {
            ($0.formatName, $0.acceptedOptions.map(\.name))
        })
        let marking = ["toc", "draft", "watermark"]
        #expect(declared == ["json": [], "xhtml": ["stylesheet"] + marking, "pdf": ["stylesheet"] + marking,
                             "docx": ["reference-docx"] + marking, "text": ["width", "ambiguous", "ascii"],
                             "pptx": ["reference-pptx", "slide-size", "font", "overflow", "draft", "watermark"]])
    }

    /// `--document all` asks for every document a format makes: the pptx deck of the 概要
    /// alone. Asked for the 詳細 alone, the format refuses, naming one that makes it.
    @Test func aFormatMakesOnlyTheDocumentsItSupports() throws {
        let sample = RenderPipelineTests.sample("amr-action-plan")
        let pipeline = RenderPipeline()
        let outputs = try pipeline.render(input: sample, documents: FollowUpDocument.allCases, formats: ["pptx", "json"])
        #expect(outputs.map(\.fileName).sorted() == [
            "amr-action-plan.detail.json", "amr-action-plan.summary.json", "amr-action-plan.summary.pptx",
        ])
        #expect(throws: RenderError.self) {
            _ = try pipeline.render(input: sample, documents: [.detail], formats: ["pptx"])
        }
    }

    @Test func aRegisteredFormatIsRenderedLikeABuiltInOne() throws {
        struct Shout: DocumentRenderer {
            let formatName = "shout"
            let fileExtension = "txt"
            let summary = "the title, loudly"
            func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws {
                output.write(document.metadata.title + "!\n")
            }
        }
        let pipeline = RenderPipeline(registry: RendererRegistry.builtIn.registering(Shout()))
        let input = RenderPipelineTests.sample("amr-action-plan")
        let outputs = try pipeline.render(input: input, documents: [.summary], formats: ["shout"])
        #expect(outputs.map(\.fileName) == ["amr-action-plan.summary.txt"])
        let summary = FollowUpDocument.summary.assemble(try ReportLoader().load(path: input))
        #expect(outputs.first?.data == Data("\(summary.metadata.title)!\n".utf8))
    }
}

extension RenderPipelineTests {
    /// A format that fails after writing must leave the output folder as it was, even though
    /// the formats before it have already streamed their files into the staging folder.
    @Test func aFormatFailingAfterOthersStreamedLeavesTheFolderUntouched() throws {
        struct Fails: DocumentRenderer {
            let formatName = "fails"
            let fileExtension = "bad"
            let summary = "writes, then fails"
            func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws {
                output.write(Data(repeating: 0x42, count: 1 << 20))
                throw RenderError(format: "fails", message: "broken on purpose")
            }
        }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = RenderPipeline(registry: RendererRegistry.builtIn.registering(Fails()))
        let staging = OutputStaging(directory: folder.appendingPathComponent("out"))
        #expect(throws: RenderError.self) {
            try pipeline.render(input: Self.sample("amr-action-plan"), documents: FollowUpDocument.allCases,
                                formats: ["json", "text", "fails"], into: staging)
        }
        staging.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func streamedFilesHoldTheBytesOfARenderIntoMemory() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Self.sample("kansensho-kihon-senryaku")
        let formats = ["json", "text", "xhtml", "docx"]
        let inMemory = try RenderPipeline().render(input: input, documents: FollowUpDocument.allCases, formats: formats)
        let staging = OutputStaging(directory: folder)
        let names = try RenderPipeline().render(input: input, documents: FollowUpDocument.allCases, formats: formats,
                                                into: staging)
        try staging.commit()
        #expect(names == inMemory.map(\.fileName), "the same files in the same order")
        for output in inMemory {
            #expect(try Data(contentsOf: folder.appendingPathComponent(output.fileName)) == output.data, "\(output.fileName)")
        }
    }
}

extension RenderPipelineTests {
    /// Progress counts each output once it is in its staged file, up to the number of outputs,
    /// side by side or one at a time.
    @Test(arguments: [true, false]) func progressCountsEveryOutputOnce(sideBySide: Bool) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seen = Reports()
        var pipeline = RenderPipeline(rendersSideBySide: sideBySide)
        pipeline.progress = { written, total in seen.add(written, total) }
        let staging = OutputStaging(directory: folder)
        let names = try pipeline.render(input: Self.sample("amr-action-plan"), documents: FollowUpDocument.allCases,
                                        formats: ["json", "text", "xhtml"], into: staging)
        staging.discard()
        #expect(names.count == 6)
        #expect(seen.all.map(\.written).sorted() == Array(1...6))
        #expect(seen.all.allSatisfy { $0.total == 6 })
    }
}

/// Progress reports, from several threads.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [(written: Int, total: Int)] = []

    func add(_ written: Int, _ total: Int) { lock.lock(); reports.append((written, total)); lock.unlock() }
    var all: [(written: Int, total: Int)] { lock.lock(); defer { lock.unlock() }; return reports }
}

/// How many renders of a slow format run at once, and the most seen.
final class Overlap: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private(set) var most = 0

    func enter() { lock.lock(); running += 1; most = max(most, running); lock.unlock() }
    func leave() { lock.lock(); running -= 1; lock.unlock() }
}

extension RenderPipelineTests {
    struct Slow: DocumentRenderer {
        let formatName: String
        let fileExtension: String
        let summary = "the title, slowly"
        let overlap: Overlap
        func render(_ document: Document, context: RenderContext, to output: RenderOutput) throws {
            overlap.enter()
            defer { overlap.leave() }
            Thread.sleep(forTimeInterval: 0.05)
            output.write(formatName + document.metadata.title)
        }
    }

    @Test func theLongestOutputsStartFirst() throws {
        let jobs = try RenderPipeline().jobs(
            input: Self.sample("amr-action-plan"), documents: FollowUpDocument.allCases, formats: ["json", "pptx", "docx"])
        let started = jobs.startOrder(RenderPipeline.startRank).map { "\(jobs[$0].format) \(jobs[$0].document.rawValue)" }
        // The 詳細's, then the deck (pptx makes the 概要 alone), then the 概要's other outputs.
        #expect(started == ["json detail", "docx detail", "pptx summary", "json summary", "docx summary"])
    }

    @Test(arguments: [true, false])
    func aReportsOutputsRunSideBySideOrOneAtATime(sideBySide: Bool) throws {
        let overlap = Overlap()
        let registry = RendererRegistry.builtIn
            .registering(Slow(formatName: "slow-a", fileExtension: "a", overlap: overlap))
            .registering(Slow(formatName: "slow-b", fileExtension: "b", overlap: overlap))
        var pipeline = RenderPipeline(registry: registry)
        pipeline.rendersSideBySide = sideBySide
        let outputs = try pipeline.render(input: Self.sample("amr-action-plan"), documents: FollowUpDocument.allCases,
                                          formats: ["slow-a", "slow-b"])
        #expect(outputs.map(\.fileName) == ["amr-action-plan.summary.a", "amr-action-plan.detail.a",
                                            "amr-action-plan.summary.b", "amr-action-plan.detail.b"],
                "in the order of formats and documents, however they ran")
        // How many run at once when side by side depends on the free threads of the shared
        // pool (the test runner's own tasks use them too), so only one-at-a-time is exact here;
        // scripts/benchmark.sh checks in a release build that a report renders faster on every core.
        if !sideBySide { #expect(overlap.most == 1) }
        // One at a time, the load runs on the calling thread alone too.
        #expect(pipeline.loader.decodesWhileComposing == sideBySide)
        #expect(RenderPipeline(rendersSideBySide: sideBySide).loader.decodesWhileComposing == sideBySide)
    }
}

/// The JSON format's bytes are those of `JSONEncoder` over the model's Codable form, on real
/// documents: both samples and a synthetic report with every kind of indicator table.
@Suite struct JSONOnRealDocumentsTests {
    @Test func theSamplesAndASyntheticReportGiveTheEncodersBytes() throws {
        var reports = try ["kansensho-kihon-senryaku", "amr-action-plan"].map {
            try ReportLoader().load(path: RenderPipelineTests.sample($0))
        }
        let yaml = try SyntheticReport(goals: 3, strategiesPerGoal: 2, indicatorsPerStrategy: 4).yaml()
        reports.append(try ReportLoader().load(text: yaml, file: "synthetic.yaml", baseDirectory: nil))
        for report in reports {
            for document in FollowUpDocument.allCases {
                let model = document.assemble(report)
                let written = try JSONRenderer().renderBytes(model)
                #expect(Data(written) == (try DocumentJSON.encodeWithFoundation(model)), "\(model.metadata.identifier)")
            }
        }
    }
}
