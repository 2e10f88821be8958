internal import CLibXML2

/// One-time process set-up of libxml2.
///
/// libxml2 builds process-wide tables (encoding handlers, dictionaries, thread-local
/// state keys) on first use. Doing that lazily from two threads at once is a race inside
/// the C library, so every entry point of this module goes through `ensureInitialized()`
/// before it touches libxml2.
enum LibXML2Setup {
    /// Swift runs a static stored property's initialiser exactly once, lazily and under a
    /// lock, which is precisely the guarantee `xmlInitParser()` needs from its caller.
    private static let initialized: Void = {
        // Aborts early with a readable message if the headers we compiled against do not
        // match the shared library loaded at run time.
        xmlCheckVersion(LIBXML_VERSION)
        xmlInitParser()
    }()

    static func ensureInitialized() {
        _ = initialized
    }
}
