import Foundation

#if SHIRYO_FUZZING
// scripts/fuzz.sh builds with coverage instrumentation and -DSHIRYO_FUZZING, and links
// libFuzzer's library without its main: -sanitize=fuzzer would give the build's plugin tools,
// which have mains of their own, libFuzzer's main too.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The harness libFuzzer calls; set once, before the driver starts.
nonisolated(unsafe) private var currentHarness: ([UInt8]) -> Void = { _ in }
#endif

/// The `main` of a harness executable: libFuzzer's driver in a fuzzing build, a replay of
/// saved inputs (`FuzzReplay`) otherwise.
public enum FuzzMain {
    public static func run(name: String, harness: @escaping ([UInt8]) -> Void) -> Int32 {
        #if SHIRYO_FUZZING
        currentHarness = harness
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return runFuzzerDriver(&argc, &argv) { data, size in
            currentHarness(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        }
        #else
        return FuzzReplay.main(name: name, harness: harness)
        #endif
    }
}
