import Foundation

/// Where a backup or restore writes before its result is complete: a sibling temporary file that is renamed
/// over the final name only when whole, so a failed run never leaves a half-written file under that name.
public struct BackupFile: Sendable {
    /// The final path.
    public let path: String
    /// The temporary path beside it.
    public let partialPath: String

    public init(path: String) {
        self.path = path
        partialPath = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Refuses an existing file at `path` unless `force`, and makes its folder; clears any stale partial file.
    public func prepare(force: Bool) throws {
        if FileManager.default.fileExists(atPath: path) && !force {
            throw PinakesError.conflict(
                "\(path) already exists; choose another --to path or pass --force to replace it")
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        discard()
    }

    /// Moves the finished temporary file over `path` (atomically, on one file system).
    public func commit() throws {
        guard rename(partialPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw PinakesError.invalidInput("cannot move \(partialPath) to \(path): \(reason)")
        }
    }

    /// Removes the temporary file, if any.
    public func discard() { try? FileManager.default.removeItem(atPath: partialPath) }

    /// The size of the file at `path` in bytes.
    public var size: Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }
}
