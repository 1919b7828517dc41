/// Parses one framed ISO 2709 record (leader, directory, fields) leniently into a ``Record``.
struct ISO2709RecordParser {
    let options: ISO2709ReadingOptions
    private let marc8 = MARC8Decoder()

    init(options: ISO2709ReadingOptions) { self.options = options }

    /// Where one directory entry says its field lies.
    private struct Entry {
        /// The tag bytes, packed as in ``ParsedFields/FieldSlot/tag``.
        var tag: UInt32
        var length: Int?
        var start: Int?
        var offset: Int

        var tagString: String { ParsedFields.tagString(tag) }
    }

    /// Parses `bytes` (one whole record, normally ending in 0x1D); problems go to `diagnostics`.
    func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, number: Int, offset: Int, into diagnostics: inout [MARCDiagnostic]
    ) -> Record {
        var sink = DiagnosticSink(record: number, base: offset, diagnostics: [])
        defer { if !sink.diagnostics.isEmpty { diagnostics.append(contentsOf: sink.diagnostics) } }
        var leader = Leader(bytes: bytes.prefix(24))
        for position in 0..<24 where leader.bytes[position] < 0x20 || leader.bytes[position] >= 0x7F {
            sink.report(.warning, at: position, "leader/\(position) byte \(leader.bytes[position]) is not ASCII; blank")
            leader.bytes[position] = 0x20
        }
        let end = bytes.last == 0x1D ? bytes.count - 1 : bytes.count
        guard let directoryEnd = firstIndex(of: 0x1E, in: bytes, from: 24, to: end) else {
            sink.report(.error, at: 24, "no field terminator after the directory; record has no readable fields")
            return Record(leader: leader, fields: [])
        }
        let entries = directory(bytes, leader: leader, end: directoryEnd, sink: &sink)
        let dataStart = directoryEnd + 1
        if leader.baseAddress != dataStart {
            let said = leader.baseAddress.map { "\($0)" } ?? "not a number"
            sink.report(.warning, at: 12, "leader base address \(said) but the directory ends at \(directoryEnd)")
        }
        let dataArea = UnsafeBufferPointer(rebasing: bytes[Swift.min(dataStart, end)..<end])
        var decoding = FieldBodyDecoder(
            scheme: scheme(for: &leader, entries: entries, text: dataArea, sink: &sink),
            indicatorCount: indicatorCount(leader, sink: &sink), marc8: marc8, plainArea: nil)
        if decoding.isPlainUTF8(dataArea) { decoding.plainArea = Swift.min(dataStart, end)..<end }
        var parsed = ParsedFields(bytes: Array(bytes))
        parsed.fieldSlots.reserveCapacity(entries.count)
        parsed.subfieldSlots.reserveCapacity(entries.count * 3)
        var previousEnd = dataStart
        for entry in entries {
            guard let body = fieldBody(entry, bytes, dataStart: dataStart, end: end, previousEnd: previousEnd, &sink)
            else { continue }
            previousEnd = body.upperBound + 1
            decoding.append(tag: entry.tag, body: body, of: bytes, to: &parsed, sink: &sink)
        }
        return Record(leader: leader, parsed: parsed)
    }

    /// The directory entries between the leader and `end`, per the entry map at leader/20–22.
    private func directory(
        _ bytes: UnsafeBufferPointer<UInt8>, leader: Leader, end: Int, sink: inout DiagnosticSink
    ) -> [Entry] {
        let lengthDigits = digit(leader.bytes[20]).flatMap { $0 > 0 ? $0 : nil } ?? 4
        let startDigits = digit(leader.bytes[21]).flatMap { $0 > 0 ? $0 : nil } ?? 5
        let entrySize = 3 + lengthDigits + startDigits + (digit(leader.bytes[22]) ?? 0)
        if lengthDigits != 4 || startDigits != 5 || leader.bytes[20] != 0x34 || leader.bytes[21] != 0x35 {
            sink.report(.warning, at: 20, "unusual entry map \"\(leader.string.suffix(4))\" in leader/20-23")
        }
        let count = (end - 24) / entrySize
        if (end - 24) % entrySize != 0 {
            sink.report(.warning, at: 24 + count * entrySize, "directory length is not a multiple of \(entrySize)")
        }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for index in 0..<count {
            let at = 24 + index * entrySize
            let entry = Entry(
                tag: ParsedFields.pack(bytes[at], bytes[at + 1], bytes[at + 2]),
                length: decimal(bytes, at + 3, lengthDigits), start: decimal(bytes, at + 3 + lengthDigits, startDigits),
                offset: at)
            if entry.length == nil || entry.start == nil {
                sink.report(.warning, at: at, tag: entry.tagString, "directory entry has non-digit length or start")
            }
            entries.append(entry)
        }
        return entries
    }

    /// The byte range of a field's body (without its terminator), repairing bad lengths and starts.
    private func fieldBody(
        _ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>, dataStart: Int, end: Int, previousEnd: Int,
        _ sink: inout DiagnosticSink
    ) -> Range<Int>? {
        let start = entry.start.map { dataStart + $0 } ?? previousEnd
        guard start < end else {
            sink.report(
                .error, at: entry.offset, tag: entry.tagString, "field starts past the end of the record; skipped")
            return nil
        }
        if let length = entry.length, length > 0, start + length <= end, bytes[start + length - 1] == 0x1E {
            return start..<(start + length - 1)
        }
        let terminator = firstIndex(of: 0x1E, in: bytes, from: start, to: end)
        let stop = terminator ?? min(end, start + (entry.length ?? end))
        if entry.length != nil {
            let what = terminator == nil ? "no field terminator" : "field terminator after \(stop - start + 1) bytes"
            sink.report(.warning, at: start, tag: entry.tagString, "directory length \(entry.length ?? 0) but \(what)")
        }
        return start..<stop
    }

    /// How to decode this record's text; with `.automatic`, MARC-8 records get leader/09 `a`.
    /// A MARC 21 record whose leader/09 says MARC-8 but whose non-ASCII text is valid UTF-8 is read as
    /// UTF-8 (MARC-8 diacritics precede ASCII letters, so MARC-8 text is almost never valid UTF-8).
    private func scheme(
        for leader: inout Leader, entries: [Entry], text: UnsafeBufferPointer<UInt8>, sink: inout DiagnosticSink
    ) -> FieldBodyDecoder.Scheme {
        let coding = leader.bytes[9]
        switch options.characterSet {
        case .utf8: return .utf8
        case .latin1: return .latin1
        case .marc8: return options.convertsText ? .marc8 : .latin1
        case .automatic: break
        }
        if coding == 0x61 { return .utf8 }
        let unimarc = options.unimarc ?? isUNIMARC(entries)
        if unimarc { return options.convertsText ? .utf8OrLatin1 : .latin1 }
        guard options.convertsText else { return .latin1 }
        leader.bytes[9] = 0x61
        if !UTF8Validation.isASCII(text) && UTF8Validation.firstInvalidOffset(text) == nil {
            sink.report(.warning, at: 9, "leader/09 says MARC-8 but the text is valid UTF-8; read as UTF-8")
            return .utf8
        }
        return .marc8
    }

    /// UNIMARC records carry 100 (general processing data) and 200 (title) and no MARC 21 008.
    private func isUNIMARC(_ entries: [Entry]) -> Bool {
        var has100 = false
        var has200 = false
        for entry in entries {
            switch entry.tag {
            case ParsedFields.pack(0x30, 0x30, 0x38): return false
            case ParsedFields.pack(0x31, 0x30, 0x30): has100 = true
            case ParsedFields.pack(0x32, 0x30, 0x30): has200 = true
            default: break
            }
        }
        return has100 && has200
    }

    private func indicatorCount(_ leader: Leader, sink: inout DiagnosticSink) -> Int {
        guard let count = digit(leader.bytes[10]) else {
            sink.report(.warning, at: 10, "leader/10 indicator count is not a digit; assuming 2")
            return 2
        }
        if count != 2 { sink.report(.warning, at: 10, "leader/10 indicator count \(count); only 2 are kept") }
        return count
    }

    private func digit(_ byte: UInt8) -> Int? { byte &- 0x30 < 10 ? Int(byte &- 0x30) : nil }

    private func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    private func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        var index = from
        while index < to {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }
}
