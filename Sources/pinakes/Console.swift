import Foundation

/// Lines for the operator, written at once: `print` is block-buffered when standard output is a pipe, and a
/// server that runs until stopped would otherwise keep its URL and logins to itself.
enum Console {
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
