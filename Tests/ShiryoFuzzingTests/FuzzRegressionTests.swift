import Foundation
import ShiryoFuzzing
import Testing

/// Every input the fuzzers found a crash or hang with, run again through its harness (which
/// aborts on a failure), plus a few fixed inputs that reach the harnesses' checks.
@Suite struct FuzzRegressionTests {
    static let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Regressions")

    /// Found by the fuzzer: an alias bomb with a duplicate key once ran for minutes, because the
    /// duplicate-key pass copied the expanded tree before the alias cap was checked.
    @Test(.timeLimit(.minutes(1))) func loaderRegressionsRun() {
        let count = FuzzReplay.run([Self.regressions.appendingPathComponent("loader").path], through: LoaderFuzz.run)
        #expect(count >= 1)
    }

    @Test func renderRegressionsRun() {
        let count = FuzzReplay.run([Self.regressions.appendingPathComponent("render").path]) { RenderFuzz.run($0) }
        #expect(count >= 1)
    }

    @Test func generatedDocumentsRenderToWellFormedXML() {
        // A spread of generator inputs, the same on every run.
        var state: UInt64 = 0x5EED
        var xmlFormatsRendered = 0
        for length in stride(from: 0, to: 2_000, by: 37) {
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            xmlFormatsRendered += RenderFuzz.run(bytes)
        }
        // Most documents render (a harness that refused everything would check nothing).
        #expect(xmlFormatsRendered > 100, "\(xmlFormatsRendered) renderings")
    }
}
