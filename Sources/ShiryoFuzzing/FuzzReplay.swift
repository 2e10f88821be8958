import Foundation

/// Runs fuzz inputs saved as files (a corpus, or the crash files libFuzzer writes) through
/// a harness without libFuzzer: what the harness executables do in a normal build, and
/// what the regression tests do.
public enum FuzzReplay {
    /// The files named, with each folder replaced by its files (sorted by name).
    public static func files(_ paths: [String]) -> [URL] {
        var result: [URL] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let url = URL(fileURLWithPath: path)
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                result += names.sorted().filter { !$0.hasPrefix(".") }.map { url.appendingPathComponent($0) }
            } else {
                result.append(url)
            }
        }
        return result
    }

    /// Runs every file through `harness`; returns how many ran.
    @discardableResult
    public static func run(_ paths: [String], through harness: ([UInt8]) -> Void) -> Int {
        var count = 0
        for file in files(paths) {
            guard let data = try? Data(contentsOf: file) else { continue }
            harness([UInt8](data))
            count += 1
        }
        return count
    }

    /// The `main` of a harness executable built without libFuzzer.
    public static func main(name: String, harness: ([UInt8]) -> Void) -> Int32 {
        let paths = Array(CommandLine.arguments.dropFirst())
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("""
            usage: \(name) FILE-OR-FOLDER…
            Runs saved inputs through the harness. Built with -sanitize=fuzzer (scripts/fuzz.sh) it is a libFuzzer target.

            """.utf8))
            return 2
        }
        let count = run(paths, through: harness)
        print("\(name): \(count) input(s) ran without a failure")
        return 0
    }
}
