#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file (or standard output) that writers' byte buffers are flushed to in large blocks.
///
/// ```swift
/// let file = try MARCOutputFile(path: "out.xml")
/// var buffer: [UInt8] = []
/// writer.append(record, to: &buffer)
/// try file.write(&buffer)   // empties the buffer
/// ```
public final class MARCOutputFile {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let path: String

    /// Creates or truncates the file at `path`; "-" is standard output.
    public init(path: String) throws(MARCError) {
        self.path = path
        if path == "-" {
            descriptor = 1
            ownsDescriptor = false
        } else {
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw .unwritableFile(path: path, errno: errno) }
            ownsDescriptor = true
        }
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// Writes all of `buffer` and empties it (keeping its capacity for reuse).
    public func write(_ buffer: inout [UInt8]) throws(MARCError) {
        let failure: Int32? = buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                guard let base = raw.baseAddress else { return nil }
                let written = Glibc.write(descriptor, base + done, raw.count - done)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += written
            }
            return nil
        }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw .unwritableFile(path: path, errno: failure) }
    }
}
