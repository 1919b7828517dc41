import Catalog
import Foundation

/// A one-line progress bar on standard error, shown only when it is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled = isatty(2) == 1
    private var shown = false

    init(label: String) { self.label = label }

    func show(_ progress: ImportProgress) {
        guard enabled else { return }
        let rate = progress.elapsedSeconds > 0 ? Int(Double(progress.recordsRead) / progress.elapsedSeconds) : 0
        var line = "\r\(label): \(progress.recordsRead) records, \(rate)/s"
        if progress.totalBytes > 0 && progress.bytesRead > 0 {
            let fraction = min(1, Double(progress.bytesRead) / Double(progress.totalBytes))
            let filled = Int(fraction * 30)
            line +=
                " [" + String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled) + "] "
                + String(Int(fraction * 100)) + "%"
        }
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    /// Prints a line of its own on standard output (resuming, abandoning), clearing the bar first.
    func interject(_ message: String) {
        finish()
        shown = false
        print(message)
        fflush(nil)
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
