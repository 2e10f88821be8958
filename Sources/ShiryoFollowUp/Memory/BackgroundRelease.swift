import CShiryoMalloc
import Dispatch

/// Lets go of a large value on another thread, then gives the memory it held back.
///
/// Freeing a large report or node tree, node by node, takes about a tenth of its load, and
/// nothing needs to wait for it: the last reference goes to a background thread. glibc keeps
/// what a thread frees in that thread's own arena, where the render threads that come next
/// cannot reuse it, so a 100,000-row render held a hundred megabytes of freed node tree and
/// file bytes at its peak; trimming returns them to the system once they are free.
public enum BackgroundRelease {
    public static func release(_ value: some Sendable) {
        DispatchQueue.global(qos: .utility).async {
            withExtendedLifetime(value) {}
            returnFreedMemory()
        }
    }

    /// Hands the freed pages of every arena back to the system (glibc's `malloc_trim`).
    public static func returnFreedMemory() {
        #if os(Linux)
        _ = malloc_trim(0)
        #endif
    }
}
