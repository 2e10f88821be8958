import ArgumentParser
import Foundation
import ShiryoFollowUp
import ShiryoKit

/// An error shown to the user as plain lines (no stack trace, no Swift type names), with a
/// non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    static func from(_ error: any Error) -> any Error {
        if error is CLIError || error is ExitCode { return error }
        if let words = fileSystemFailure(error) { return CLIError(words) }
        return CLIError(String(describing: error))
    }

    /// A Foundation file error (`Error Domain=NSCocoaErrorDomain Code=512 …`) in words: the path
    /// and what the system said, the way OutputStaging names its failures.
    static func fileSystemFailure(_ error: any Error) -> String? {
        let bridged = error as NSError
        guard bridged.domain == NSCocoaErrorDomain || bridged.domain == NSPOSIXErrorDomain else { return nil }
        let path = bridged.userInfo[NSFilePathErrorKey] as? String
            ?? (bridged.userInfo[NSURLErrorKey] as? URL)?.path ?? "a file"
        let underlying = bridged.userInfo[NSUnderlyingErrorKey] as? NSError
        let code = bridged.domain == NSPOSIXErrorDomain ? bridged.code
            : (underlying?.domain == NSPOSIXErrorDomain ? underlying?.code : nil)
        let problem = code.map { OutputStaging.problem(for: Int32($0)) } ?? cocoaProblem(bridged.code, path: path)
        return "\(path): \(problem); check the path and its permissions, or choose another folder"
    }
}

/// What a Foundation file error code means, for the codes without an underlying errno.
private func cocoaProblem(_ code: Int, path: String) -> String {
    switch code {
    case CocoaError.fileWriteNoPermission.rawValue, CocoaError.fileReadNoPermission.rawValue:
        return "permission denied (the folder is not writable, or the file is immutable)"
    case CocoaError.fileWriteOutOfSpace.rawValue: return "the disk is full"
    case CocoaError.fileWriteVolumeReadOnly.rawValue: return "the file system is read-only"
    case CocoaError.fileNoSuchFile.rawValue, CocoaError.fileReadNoSuchFile.rawValue: return "no such file or folder"
    default:
        // Most often a part of the path is a file where a folder is needed.
        var partial = ""
        for component in (path as NSString).pathComponents {
            partial = partial.isEmpty ? component : (partial as NSString).appendingPathComponent(component)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: partial, isDirectory: &isDirectory), !isDirectory.boolValue,
               partial != path {
                return "\(partial) is a file, not a folder"
            }
        }
        return "the file system refused it (Foundation error \(code))"
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
