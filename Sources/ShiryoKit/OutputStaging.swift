import Foundation
import ShiryoRendering

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes every file of a run or none: the files go into a staging folder inside the output
/// folder, then each is renamed into place (a rename within one file system cannot fail
/// half way); the files they replace are kept aside until every rename has succeeded, and put
/// back if one fails. On any failure the staging folder is removed and the output folder is
/// left as it was (a folder the run created is removed again).
///
/// Renderers stream into the staged files (``output(named:)``) as they render, so that no more
/// than one output is in memory at a time; nothing touches the disk before the first output
/// is asked for. Outputs may be asked for from several threads at once.
public final class OutputStaging: @unchecked Sendable {
    /// A failure to write, in the user's terms: what failed, on which path, what to do.
    public struct Failure: Error, Sendable, CustomStringConvertible, Equatable {
        public var path: String
        public var problem: String
        public var advice: String

        public var description: String { "cannot write \(path): \(problem); \(advice)" }
    }

    private let folder: String
    private let lock = NSLock()
    /// The staging folder, once the first output has been asked for.
    private var staging: String?
    /// Folders made for the output folder, outermost first: removed again unless committed.
    private var createdFolders: [String] = []
    /// Each staged file: its name in the output folder and the open descriptor while it is written.
    private var files: [(name: String, descriptor: Int32?)] = []
    private var isFinished = false

    /// A run that writes into `directory`; nothing is done on disk yet.
    public init(directory: URL) {
        folder = directory.path
    }

    deinit {
        discard()
    }

    /// Writes `files` (name → bytes) into `directory`, all or nothing.
    public static func write(_ files: [(name: String, data: Data)], to directory: URL) throws(Failure) {
        let staging = OutputStaging(directory: directory)
        for file in files {
            let output = try staging.output(named: file.name)
            output.write(file.data)
            try staging.close(output, named: file.name)
        }
        try staging.commit()
    }

    /// A new file `name` in the output folder, staged: write into it, then ``close(_:named:)`` it.
    /// Refused when a folder of that name is in the way, or the output folder cannot be made.
    public func output(named name: String) throws(Failure) -> RenderOutput {
        lock.lock()
        defer { lock.unlock() }
        let staging = try stagingFolder()
        let target = (folder as NSString).appendingPathComponent(name)
        var status = stat()
        if lstat(target, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw Failure(path: target, problem: "a folder of that name is in the way",
                          advice: "move or rename that folder, or choose another --output folder")
        }
        guard !files.contains(where: { $0.name == name }) else {
            throw Failure(path: target, problem: "two inputs would both write this file",
                          advice: "give the inputs different names, or render them separately; nothing was written")
        }
        let path = Self.stagedFile(files.count, in: staging)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Self.failure(target, errno, advice: "choose another --output folder, or make this one writable")
        }
        files.append((name, descriptor))
        return RenderOutput(fileDescriptor: descriptor)
    }

    /// Writes out what `output` still holds and closes its file. The file's data starts on
    /// its way to the disk at once, without waiting for it (`startWriteback`); ``commit()``
    /// waits for all of it (`fsync`) before any file is moved into place.
    public func close(_ output: RenderOutput, named name: String) throws(Failure) {
        let target = (folder as NSString).appendingPathComponent(name)
        lock.lock()
        guard let index = files.lastIndex(where: { $0.name == name }), let descriptor = files[index].descriptor else {
            lock.unlock()
            return
        }
        files[index].descriptor = nil
        lock.unlock()
        // The descriptor is this caller's alone now: the writes and the close need no lock.
        var code: Int32 = 0
        do throws(RenderOutput.WriteError) {
            try output.finish()
        } catch {
            code = error.code
        }
        if code == 0 { _ = Self.startWriteback?(descriptor, 0, 0, Self.syncFileRangeWrite) }
        closeDescriptor(descriptor)
        if code != 0 { throw Self.failure(target, code, advice: Self.advice(for: code)) }
    }

    /// Linux's `sync_file_range`, which starts writing a file's dirty pages out and returns
    /// (the C library declares it for GNU code only, so it is looked up by name); nil on other
    /// systems, where the `fsync` of ``commit()`` does all the writing.
    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32
    private static let startWriteback: SyncFileRange? = {
        #if os(Linux)
        guard let symbol = dlsym(nil, "sync_file_range") else { return nil }
        return unsafeBitCast(symbol, to: SyncFileRange.self)
        #else
        return nil
        #endif
    }()
    private static let syncFileRangeWrite: UInt32 = 2  // SYNC_FILE_RANGE_WRITE

    /// Where the `index`th output is written until it is moved into place.
    private static func stagedFile(_ index: Int, in staging: String) -> String {
        (staging as NSString).appendingPathComponent("new-\(index)")
    }

    /// Waits until every staged file is on disk, so that no file moved into place can be
    /// found empty after a crash; the first that cannot be written fails the run.
    private func syncStagedFiles(in staging: String) throws(Failure) {
        for (index, file) in files.enumerated() {
            let path = Self.stagedFile(index, in: staging)
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            var code: Int32 = descriptor < 0 ? errno : 0
            if descriptor >= 0 {
                if fsync(descriptor) != 0, errno != EINVAL { code = errno }
                closeDescriptor(descriptor)
            }
            if code != 0 {
                throw Self.failure((folder as NSString).appendingPathComponent(file.name), code, advice: Self.advice(for: code))
            }
        }
    }

    /// Moves every staged file into place, all or nothing. Every output must be closed.
    public func commit() throws(Failure) {
        lock.lock()
        defer { lock.unlock() }
        guard let staging else { isFinished = true; return }
        try syncStagedFiles(in: staging)
        // Move the old files aside, then the new ones in; undo on the first failure.
        var moved: [(target: String, backup: String?)] = []
        for (index, file) in files.enumerated() {
            let target = (folder as NSString).appendingPathComponent(file.name)
            let backup = (staging as NSString).appendingPathComponent("old-\(index)")
            var hadOld = false
            var status = stat()
            if lstat(target, &status) == 0 {
                // Checked when the file was staged too; a folder that appeared since is never moved aside (nor removed).
                guard status.st_mode & S_IFMT != S_IFDIR else {
                    Self.undo(moved)
                    throw Failure(path: target, problem: "a folder of that name is in the way",
                                  advice: "move or rename that folder, or choose another --output folder")
                }
                guard rename(target, backup) == 0 else {
                    let code = errno
                    Self.undo(moved)
                    throw Self.failure(target, code, advice: "check that the file may be replaced, or choose another --output folder")
                }
                hadOld = true
            }
            guard rename(Self.stagedFile(index, in: staging), target) == 0 else {
                let code = errno
                if hadOld { _ = rename(backup, target) }
                Self.undo(moved)
                throw Self.failure(target, code, advice: "check that the file may be replaced, or choose another --output folder")
            }
            moved.append((target, hadOld ? backup : nil))
        }
        isFinished = true
        createdFolders = []
        try? FileManager.default.removeItem(atPath: staging)
        self.staging = nil
    }

    /// Removes everything staged (and the folders the run made), leaving the output folder as it was.
    public func discard() {
        lock.lock()
        defer { lock.unlock() }
        for index in files.indices {
            if let descriptor = files[index].descriptor { closeDescriptor(descriptor) }
            files[index].descriptor = nil
        }
        if let staging { try? FileManager.default.removeItem(atPath: staging) }
        staging = nil
        for created in createdFolders.reversed() { _ = rmdir(created) }
        createdFolders = []
    }

    /// The staging folder, made (with the output folder) the first time.
    private func stagingFolder() throws(Failure) -> String {
        if let staging { return staging }
        guard !isFinished else {
            throw Failure(path: folder, problem: "the run was already written", advice: "start another run")
        }
        // Writing past a file-size limit (ulimit -f) would otherwise kill the process.
        signal(SIGXFSZ, SIG_IGN)
        try prepareFolder(folder)
        let staging = (folder as NSString).appendingPathComponent(".shiryo-staging-\(UUID().uuidString)")
        guard mkdir(staging, 0o700) == 0 else {
            throw Self.failure(folder, errno, advice: "choose another --output folder, or make this one writable")
        }
        self.staging = staging
        return staging
    }

    /// The output folder, created if missing (each folder made is remembered, to be removed
    /// again if the run fails); an existing file there is refused.
    private func prepareFolder(_ folder: String) throws(Failure) {
        var status = stat()
        if stat(folder, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw Failure(path: folder, problem: "it is a file, not a folder",
                              advice: "give --output a folder (it is created if missing), or - for standard output")
            }
            return
        }
        if errno == ENOTDIR {
            throw Failure(path: folder, problem: "a part of the path is a file, not a folder",
                          advice: "give --output a folder whose parents are folders")
        }
        var path = folder.hasPrefix("/") ? "/" : ""
        for component in (folder as NSString).pathComponents where component != "/" {
            path = path.isEmpty ? component : (path as NSString).appendingPathComponent(component)
            var inner = stat()
            if stat(path, &inner) == 0 {
                if inner.st_mode & S_IFMT != S_IFDIR {
                    throw Failure(path: folder, problem: "\(path) is a file, not a folder",
                                  advice: "give --output a folder whose parents are folders")
                }
                continue
            }
            guard mkdir(path, 0o777) == 0 else {
                let code = errno
                for created in createdFolders.reversed() { _ = rmdir(created) }
                createdFolders = []
                throw Self.failure(folder, code, advice: "create the folder yourself, or choose another --output folder")
            }
            createdFolders.append(path)
        }
    }

    private static func undo(_ moved: [(target: String, backup: String?)]) {
        for entry in moved.reversed() {
            if let backup = entry.backup {
                _ = rename(backup, entry.target)
            } else {
                _ = unlink(entry.target)
            }
        }
    }

    private static func failure(_ path: String, _ code: Int32, advice: String) -> Failure {
        Failure(path: path, problem: problem(for: code), advice: advice)
    }

    /// What an errno means to someone writing files.
    public static func problem(for code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied (the folder is not writable, or the file is immutable)"
        case EROFS: "the file system is read-only"
        case ENOSPC: "the disk is full"
        case EDQUOT: "the disk quota is used up"
        case EFBIG: "the file would be larger than the file-size limit (ulimit -f)"
        case ENOTDIR: "a part of the path is a file, not a folder"
        case EISDIR: "it is a folder"
        case ENAMETOOLONG: "the path is too long"
        case ENOENT: "a folder on the path does not exist"
        case EIO: "an input/output error on the disk"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    private static func advice(for code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: "free some space, or choose another --output folder; nothing was written"
        case EFBIG: "raise the limit, or render fewer or smaller documents; nothing was written"
        default: "choose another --output folder, or make this one writable; nothing was written"
        }
    }
}

/// `close(2)`, which the class's own `close(_:named:)` hides.
private func closeDescriptor(_ descriptor: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(descriptor)
    #else
    _ = Darwin.close(descriptor)
    #endif
}
