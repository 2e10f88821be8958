import Foundation
import ShiryoFuzzing

/// A libFuzzer target when built by scripts/fuzz.sh; otherwise runs saved inputs through the harness.
@main
struct FuzzEntry {
    static func main() {
        exit(FuzzMain.run(name: "shiryo-fuzz-render", harness: { RenderFuzz.run($0) }))
    }
}
