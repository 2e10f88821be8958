import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes every file of a run or none: the files go into a staging folder inside the output
/// folder, then each is renamed into place (a rename within one file system cannot fail
/// half way); the files they replace are kept aside until every rename has succeeded, and put
/// back if one fails. On any failure the staging folder is removed and the output folder is
/// left as it was.
public enum OutputStaging {
    /// A failure to write, in the user's terms: what failed, on which path, what to do.
    public struct Failure: Error, Sendable, CustomStringConvertible, Equatable {
        public var path: String
        public var problem: String
        public var advice: String

        public var description: String { "cannot write \(path): \(problem); \(advice)" }
    }

    /// Writes `files` (name → bytes) into `directory`, all or nothing.
    public static func write(_ files: [(name: String, data: Data)], to directory: URL) throws(Failure) {
        // Writing past a file-size limit (ulimit -f) would otherwise kill the process.
        signal(SIGXFSZ, SIG_IGN)
        let folder = directory.path
        try prepareFolder(folder)
        let stagingName = ".shiryo-staging-\(UUID().uuidString)"
        let staging = (folder as NSString).appendingPathComponent(stagingName)
        guard mkdir(staging, 0o700) == 0 else {
            throw failure(folder, errno, advice: "choose another --output folder, or make this one writable")
        }
        defer { removeTree(staging) }

        for (index, file) in files.enumerated() {
            let target = (folder as NSString).appendingPathComponent(file.name)
            var status = stat()
            if lstat(target, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                throw Failure(path: target, problem: "a folder of that name is in the way",
                              advice: "move or rename that folder, or choose another --output folder")
            }
            try writeFile(file.data, to: (staging as NSString).appendingPathComponent("new-\(index)"), shownAs: target)
        }

        // Move the old files aside, then the new ones in; undo on the first failure.
        var moved: [(target: String, backup: String?)] = []
        for (index, file) in files.enumerated() {
            let target = (folder as NSString).appendingPathComponent(file.name)
            let backup = (staging as NSString).appendingPathComponent("old-\(index)")
            var hadOld = false
            var status = stat()
            if lstat(target, &status) == 0 {
                // Checked above too; a folder that appeared since is never moved aside (nor removed).
                guard status.st_mode & S_IFMT != S_IFDIR else {
                    undo(moved)
                    throw Failure(path: target, problem: "a folder of that name is in the way",
                                  advice: "move or rename that folder, or choose another --output folder")
                }
                guard rename(target, backup) == 0 else {
                    let code = errno
                    undo(moved)
                    throw failure(target, code, advice: "check that the file may be replaced, or choose another --output folder")
                }
                hadOld = true
            }
            guard rename((staging as NSString).appendingPathComponent("new-\(index)"), target) == 0 else {
                let code = errno
                if hadOld { _ = rename(backup, target) }
                undo(moved)
                throw failure(target, code, advice: "check that the file may be replaced, or choose another --output folder")
            }
            moved.append((target, hadOld ? backup : nil))
        }
    }

    /// The output folder, created if missing; an existing file there is refused.
    private static func prepareFolder(_ folder: String) throws(Failure) {
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
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            // Find the first component that cannot be made, for the message.
            var path = ""
            for component in (folder as NSString).pathComponents {
                path = path.isEmpty ? component : (path as NSString).appendingPathComponent(component)
                var inner = stat()
                if stat(path, &inner) == 0 {
                    if inner.st_mode & S_IFMT != S_IFDIR {
                        throw Failure(path: folder, problem: "\(path) is a file, not a folder",
                                      advice: "give --output a folder whose parents are folders")
                    }
                    continue
                }
                if mkdir(path, 0o777) != 0 {
                    throw failure(folder, errno, advice: "create the folder yourself, or choose another --output folder")
                }
            }
            throw Failure(path: folder, problem: "the folder cannot be created",
                          advice: "create it yourself, or choose another --output folder")
        }
    }

    private static func writeFile(_ data: Data, to path: String, shownAs target: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw failure(target, errno, advice: "choose another --output folder, or make this one writable")
        }
        defer { close(descriptor) }
        var code: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = posixWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    code = errno
                    return
                }
                offset += written
            }
        }
        if code == 0, fsync(descriptor) != 0, errno != EINVAL { code = errno }
        if code != 0 {
            throw failure(target, code, advice: advice(for: code))
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

    private static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
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

private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
