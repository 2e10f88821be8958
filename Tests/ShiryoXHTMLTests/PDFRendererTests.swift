import Foundation
import ShiryoModel
import ShiryoXHTML
import Testing

@Suite struct PDFRendererTests {
    static let document = Documents.report

    static func shellEngine(_ script: String, timeout: TimeInterval = 30) -> PDFEngine {
        // sh -c SCRIPT engine INPUT OUTPUT: the script sees the paths as $1 and $2.
        PDFEngine(name: "test engine", command: ["/bin/sh", "-c", script, "engine"], installHint: "nothing", timeout: timeout)
    }

    @Test func missingEngineSaysWhatToInstall() {
        let engine = PDFEngine(name: "WeasyPrint", command: ["shiryo-no-such-engine"], installHint: "pip install weasyprint")
        do {
            _ = try PDFRenderer(engine: engine).render(Self.document, options: XHTMLRenderOptions())
            Issue.record("expected an error")
        } catch {
            let message = "\(error)"
            #expect(message.contains("pip install weasyprint"))
            #expect(!message.contains("\n"), "one line")
        }
    }

    @Test func failingEngineReportsTheEndOfItsStandardError() {
        let engine = Self.shellEngine("for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo line $i >&2; done; exit 3")
        #expect(throws: PDFRenderError.engineFailed(
            engine: "test engine", status: 3, stderrTail: (3...12).map { "line \($0)" }.joined(separator: "\n"))) {
            _ = try PDFRenderer(engine: engine).render(Self.document, options: XHTMLRenderOptions())
        }
    }

    @Test func slowEngineTimesOut() {
        let engine = Self.shellEngine("exec sleep 30", timeout: 0.5)
        #expect(throws: PDFRenderError.engineTimedOut(engine: "test engine", seconds: 0.5)) {
            _ = try PDFRenderer(engine: engine).render(Self.document, options: XHTMLRenderOptions())
        }
    }

    @Test func engineGetsTheXHTMLAndAFixedSourceDate() throws {
        let engine = Self.shellEngine(#"{ printf '%s\n' "$SOURCE_DATE_EPOCH"; cat "$1"; } > "$2""#)
        let output = try PDFRenderer(engine: engine).render(Self.document, options: XHTMLRenderOptions())
        let xhtml = try XHTMLRenderer().render(Self.document, options: XHTMLRenderOptions())
        #expect(output == Data("0\n".utf8) + xhtml)
        #expect(throws: PDFRenderError.engineProducedNoOutput(engine: "test engine")) {
            _ = try PDFRenderer(engine: Self.shellEngine("true")).render(Self.document, options: XHTMLRenderOptions())
        }
    }

    @Test func environmentVariableReplacesTheDefaultEngine() {
        let resolved = PDFEngine.weasyprint.resolved(environment: ["SHIRYO_PDF_ENGINE": "/opt/bin/prince --no-warn"])
        #expect(resolved.command == ["/opt/bin/prince", "--no-warn"])
        #expect(PDFEngine.weasyprint.resolved(environment: [:]) == .weasyprint)
        let fixed = Self.shellEngine("true")
        #expect(fixed.resolved(environment: ["SHIRYO_PDF_ENGINE": "other"]) == fixed)
    }

    /// With WeasyPrint installed (scripts/xhtml-tests.sh installs it): a real, reproducible PDF.
    @Test(.enabled(if: weasyprintIsInstalled())) func weasyprintMakesReproduciblePDFs() throws {
        let first = try PDFRenderer().render(Documents.slides, options: XHTMLRenderOptions())
        let second = try PDFRenderer().render(Documents.slides, options: XHTMLRenderOptions())
        #expect(first.starts(with: Data("%PDF-".utf8)))
        #expect(first == second)
    }
}

func weasyprintIsInstalled() -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/weasyprint")
    }
}
