#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A forward-only window onto a file or an in-memory byte array, refilled in large chunks.
///
/// Readers look ahead with ``ensure(_:)`` and ``find(_:from:)`` and then ``consume(_:)``; a file
/// is read `chunkSize` bytes at a time, so a 1 GB file never sits in memory whole.
final class ByteStream {
    /// Bytes read so far that have not been discarded; valid from `start` to `end`.
    private(set) var storage: [UInt8]
    /// Index in `storage` of the first unconsumed byte.
    private(set) var start = 0
    /// Index in `storage` one past the last valid byte.
    private(set) var end: Int
    /// Absolute input offset of `storage[0]`.
    private var storageOffset = 0
    private var descriptor: Int32
    private(set) var atEOF: Bool
    private let chunkSize: Int

    /// A stream over a file from byte `offset` on; throws ``MARCError/unreadableFile(path:errno:)`` when it
    /// cannot be opened or positioned.
    init(path: String, chunkSize: Int = 1 << 20, offset: Int = 0) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw MARCError.unreadableFile(path: path, errno: errno) }
        if offset > 0 && lseek(fd, off_t(offset), SEEK_SET) < 0 {
            let failure = errno
            close(fd)
            throw MARCError.unreadableFile(path: path, errno: failure)
        }
        self.storageOffset = offset
        self.descriptor = fd
        self.storage = [UInt8](repeating: 0, count: chunkSize)
        self.end = 0
        self.atEOF = false
        self.chunkSize = chunkSize
    }

    /// A stream over bytes already in memory.
    init(bytes: [UInt8]) {
        self.descriptor = -1
        self.storage = bytes
        self.end = bytes.count
        self.atEOF = true
        self.chunkSize = 1 << 20
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Number of unconsumed bytes currently in memory.
    var available: Int { end - start }

    /// The absolute input offset of the first unconsumed byte.
    var offset: Int { storageOffset + start }

    /// Makes at least `count` unconsumed bytes available; false when the input ends first.
    @discardableResult
    func ensure(_ count: Int) -> Bool {
        while available < count {
            if !fill() { return false }
        }
        return true
    }

    /// Index relative to the unconsumed start of the first `byte` at or after `from`, reading on as needed.
    func find(_ byte: UInt8, from: Int, limit: Int = Int.max) -> Int? {
        var position = from
        while true {
            let stop = min(available, limit)
            if position < stop {
                let found = storage.withUnsafeBufferPointer { buffer -> Int? in
                    guard let base = buffer.baseAddress else { return nil }
                    let hit = memchr(base + start + position, Int32(byte), stop - position)
                    guard let hit else { return nil }
                    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - start
                }
                if let found { return found }
                position = stop
            }
            if position >= limit || !fill() { return nil }
        }
    }

    /// The unconsumed byte at relative index `index` (which must be available).
    subscript(index: Int) -> UInt8 { storage[start + index] }

    /// Calls `body` with the unconsumed bytes in memory.
    func withAvailable<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try storage.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
    }

    /// Discards `count` bytes.
    func consume(_ count: Int) { start += min(count, available) }

    /// Reads another chunk, compacting or growing the buffer; false at end of input.
    private func fill() -> Bool {
        guard !atEOF else { return false }
        if start > 0 && (storage.count - end < chunkSize / 4 || start == end) {
            let live = end - start
            storage.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                memmove(base, base + start, live)
            }
            storageOffset += start
            start = 0
            end = live
        }
        if storage.count - end < chunkSize / 4 {
            storage.append(contentsOf: repeatElement(0, count: max(chunkSize, storage.count)))
        }
        let room = storage.count - end
        let got = storage.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var result: Int
            repeat { result = read(descriptor, base + end, room) } while result < 0 && errno == EINTR
            return result
        }
        if got <= 0 {
            atEOF = true
            return false
        }
        end += got
        return true
    }
}
