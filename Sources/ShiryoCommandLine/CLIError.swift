import ArgumentParser
import Foundation
import ShiryoFollowUp

/// An error shown to the user as plain lines (no stack trace, no Swift type names), with a
/// non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    static func from(_ error: any Error) -> any Error {
        if error is CLIError || error is ExitCode { return error }
        return CLIError(String(describing: error))
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
