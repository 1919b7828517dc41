import Crypto
import Foundation
import PinakesCore

/// What identifies an imported file, kept on its `bib_import_run` row: an interrupted run is resumed only when
/// the file at the same path still has the same size, modification time and leading bytes.
public struct ImportInput: Sendable, Equatable {
    /// Files up to this size are hashed whole; larger ones by their first `headBytes`.
    static let wholeFileLimit = 16 << 20
    static let headBytes = 1 << 20

    /// The path as given on the command line.
    public var path: String
    public var size: Int64
    /// Modification time in milliseconds since 1970.
    public var modifiedAt: Int64
    /// SHA-256 (hex) of the whole file when it is small, else of its first MiB.
    public var hash: String

    /// Identifies the file at `path` as it is now.
    public static func identify(_ path: String) throws -> ImportInput {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let handle = FileHandle(forReadingAtPath: path)
        else {
            throw PinakesError.notFound("\(path): no such file, or it cannot be read")
        }
        defer { try? handle.close() }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        var hasher = SHA256()
        var remaining = size <= wholeFileLimit ? Int(size) : headBytes
        while remaining > 0 {
            let chunk = try handle.read(upToCount: min(remaining, 1 << 20)) ?? Data()
            guard !chunk.isEmpty else { break }
            hasher.update(data: chunk)
            remaining -= chunk.count
        }
        let hex = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return ImportInput(path: path, size: size, modifiedAt: Int64((modified * 1000).rounded()), hash: hex)
    }
}
