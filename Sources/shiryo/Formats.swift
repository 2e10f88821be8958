import ArgumentParser
import ShiryoKit

struct Formats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the output formats.")

    func run() {
        for renderer in RendererRegistry.builtIn.all {
            print("\(renderer.formatName)\t.\(renderer.fileExtension)\t\(renderer.summary)")
        }
    }
}
