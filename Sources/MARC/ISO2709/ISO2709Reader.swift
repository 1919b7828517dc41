/// A streaming, lenient reader of ISO 2709 (MARC 21 and UNIMARC exchange format) records.
///
/// Reads a file in 1 MiB chunks or bytes in memory and yields one ``Record`` at a time. Like
/// pymarc's permissive mode and yaz-marcdump it works around real-world defects — wrong record
/// lengths, garbled directories, missing terminators, bad UTF-8, junk between records, a
/// truncated last record — and reports each one in ``diagnostics``.
///
/// ```swift
/// let reader = try ISO2709Reader(path: "books.mrc")
/// for record in reader { print(record["245"]?.text() ?? "") }
/// print(reader.diagnostics)
/// ```
public final class ISO2709Reader: Sequence, IteratorProtocol {
    /// Problems found so far, in input order.
    public private(set) var diagnostics: [MARCDiagnostic] = []
    /// The number of records yielded so far.
    public private(set) var recordCount = 0
    /// How many bytes of the input have been consumed, for progress reports.
    public var bytesRead: Int { stream.offset }

    private let stream: ByteStream
    private var parser: ISO2709RecordParser

    /// A reader of the ISO 2709 file at `path`; throws ``MARCError/unreadableFile(path:errno:)``.
    public init(path: String, options: ISO2709ReadingOptions = .init()) throws {
        self.stream = try ByteStream(path: path)
        self.parser = ISO2709RecordParser(options: options)
    }

    /// A reader of the ISO 2709 file at `path` from byte `offset` on (the end of an earlier record), numbering
    /// records after the `recordsBefore` that precede it: how an interrupted import resumes without re-reading.
    public init(path: String, options: ISO2709ReadingOptions = .init(), offset: Int, recordsBefore: Int) throws {
        self.stream = try ByteStream(path: path, offset: offset)
        self.parser = ISO2709RecordParser(options: options)
        self.recordCount = recordsBefore
    }

    /// A reader of ISO 2709 bytes in memory.
    public init(bytes: [UInt8], options: ISO2709ReadingOptions = .init()) {
        self.stream = ByteStream(bytes: bytes)
        self.parser = ISO2709RecordParser(options: options)
    }

    /// The next record, or nil at the end of the input.
    public func next() -> Record? {
        while true {
            guard skipToLeader() else { return nil }
            let number = recordCount + 1
            let recordOffset = stream.offset
            let length = recordLength(number: number)
            guard length > 0 else { continue }
            let record = stream.withAvailable { buffer in
                parser.parse(
                    UnsafeBufferPointer(rebasing: buffer[0..<length]), number: number, offset: recordOffset,
                    into: &diagnostics)
            }
            stream.consume(length)
            recordCount = number
            return record
        }
    }

    private func report(_ severity: MARCDiagnostic.Severity, _ number: Int, at offset: Int, _ message: String) {
        diagnostics.append(MARCDiagnostic(severity, record: number, offset: offset, message: message))
    }

    /// Moves to the next plausible leader, reporting skipped bytes; false at the end of input.
    private func skipToLeader() -> Bool {
        var skipped = 0
        let skipOffset = stream.offset
        defer {
            if skipped > 0 {
                let junk = skipped == 1 ? "1 byte" : "\(skipped) bytes"
                report(.warning, recordCount + 1, at: skipOffset, "skipped \(junk) before a record leader")
            }
        }
        while true {
            if !stream.ensure(24) {
                let rest = stream.available
                guard rest > 0 else { return false }
                if isOnlyPadding(count: rest) {
                    skipped += rest
                } else {
                    report(.error, recordCount + 1, at: stream.offset, "truncated record: only \(rest) bytes at end")
                }
                stream.consume(rest)
                return false
            }
            if isPlausibleLeader() { return true }
            stream.consume(1)
            skipped += 1
        }
    }

    /// Padding that files often carry between or after records (newlines, blanks, NULs, terminators).
    private func isOnlyPadding(count: Int) -> Bool {
        (0..<count).allSatisfy { [0x0A, 0x0D, 0x20, 0x00, 0x1A, 0x1D].contains(stream[$0]) }
    }

    /// A leader starts with five digits, or at least carries `22` at 10–11 and `45` at 20–21.
    private func isPlausibleLeader() -> Bool {
        if (0..<5).allSatisfy({ stream[$0] &- 0x30 < 10 }) {
            // Record length digits; also insist the next bytes are not control characters.
            return (5..<12).allSatisfy { stream[$0] >= 0x20 && stream[$0] != 0x7F }
        }
        return stream[10] == 0x32 && stream[11] == 0x32 && stream[20] == 0x34 && stream[21] == 0x35
    }

    /// Length of the record starting at the stream position, resynchronising on the 0x1D terminator.
    private func recordLength(number: Int) -> Int {
        let declared = declaredLength()
        if let declared, stream.ensure(declared), stream[declared - 1] == 0x1D { return declared }
        // ISO 2709 records are at most 99,999 bytes; look no further for a terminator.
        let limit = Swift.max(declared ?? 0, 100_000)
        let terminator = stream.find(0x1D, from: 24, limit: limit)
        if let declared, stream.ensure(declared), terminator.map({ $0 >= declared }) ?? true {
            if declared == stream.available || isPlausibleLeader(at: declared) || terminator == nil {
                report(.warning, number, at: stream.offset + declared - 1, "record terminator (0x1D) missing")
                return declared
            }
        }
        if let terminator {
            let said = declared.map { "\($0)" } ?? "not a number"
            report(
                .warning, number, at: stream.offset,
                "leader record length \(said) but the record terminator ends it after \(terminator + 1) bytes")
            return terminator + 1
        }
        let rest = Swift.min(stream.available, limit)
        report(.error, number, at: stream.offset + rest, "truncated record: \(rest) bytes without a record terminator")
        return rest
    }

    /// Leader/00-04 when it is five digits and at least 24.
    private func declaredLength() -> Int? {
        var value = 0
        for index in 0..<5 {
            let digit = stream[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value >= 24 ? value : nil
    }

    private func isPlausibleLeader(at position: Int) -> Bool {
        guard stream.ensure(position + 5) else { return false }
        return (position..<position + 5).allSatisfy { stream[$0] &- 0x30 < 10 }
    }
}
