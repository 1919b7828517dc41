/// The state of decoding one MARC-8 field: designated sets, pending diacritics and output.
struct MARC8FieldDecoding {
    /// The Unicode scalar written for anything that cannot be decoded.
    static let replacement: UInt32 = 0xFFFD

    let bytes: UnsafeBufferPointer<UInt8>
    let table: MARC8CodeTable
    /// The working set for bytes 0x21–0x7E.
    var g0 = MARC8CharacterSet.basicLatin
    /// The working set for bytes 0xA1–0xFE.
    var g1 = MARC8CharacterSet.extendedLatin
    /// The decoded text, UTF-8 encoded.
    var output: [UInt8] = []
    /// Combining marks read but not yet written: MARC-8 puts them before the base character.
    var pending: [UInt32] = []
    /// Offset of the first pending mark, for messages.
    var pendingOffset = 0
    /// True once output contains combining marks or scalars that NFC may change.
    var needsNormalization = false
    /// Offset just after the last EACC byte skipped, to report a run of bad bytes once.
    var eastAsianFailureEnd = -1
    /// One message per repair.
    var problems: [String] = []

    init(bytes: UnsafeBufferPointer<UInt8>, table: MARC8CodeTable) {
        self.bytes = bytes
        self.table = table
        output.reserveCapacity(bytes.count + bytes.count / 2)
    }

    /// Decodes all bytes.
    mutating func run() {
        var offset = 0
        let count = bytes.count
        while offset < count {
            let byte = bytes[offset]
            if byte == 0x1B {
                offset += readEscape(at: offset)
            } else if byte == 0x1F {
                offset += subfieldDelimiter(at: offset)
            } else if byte < 0x20 {
                control(byte, at: offset)
                offset += 1
            } else if byte == 0x20 {
                // Space is the same in every set (MARC 21 part 3: "0x20 is always space").
                base(0x20)
                offset += 1
            } else {
                let set = byte < 0x80 ? g0 : g1
                if set.isMultibyte {
                    offset += readEastAsian(at: offset)
                } else {
                    apply(table.entry(set, byte), at: offset, length: 1)
                    offset += 1
                }
            }
        }
        flushPending(before: count)
    }

    /// Writes a subfield delimiter and the subfield code after it; returns the bytes consumed.
    ///
    /// The code is a data element identifier, always ASCII (ISO 2709), never decoded in the
    /// current G0 set. G0/G1 go back to the defaults: escapes left open across a delimiter are
    /// a frequent cataloguing-software fault, and restarting each subfield in ASCII/ANSEL
    /// recovers the following subfields (yaz does the same).
    private mutating func subfieldDelimiter(at offset: Int) -> Int {
        flushPending(before: offset)
        output.append(0x1F)
        g0 = .basicLatin
        g1 = .extendedLatin
        guard offset + 1 < bytes.count, (0x21...0x7E).contains(bytes[offset + 1]) else { return 1 }
        output.append(bytes[offset + 1])
        return 2
    }

    /// Field and record terminators pass through; other C0 controls are not MARC-8 graphics.
    private mutating func control(_ byte: UInt8, at offset: Int) {
        if byte >= 0x1D {
            flushPending(before: offset)
            output.append(byte)
        } else {
            report("control byte \(MARC8FieldDecoding.hex(byte)) at offset \(offset)")
            base(MARC8FieldDecoding.replacement)
        }
    }

    /// Reads one EACC character (three bytes); returns the bytes consumed.
    ///
    /// A code that is incomplete or not in the table costs one byte, not three, so decoding
    /// falls back into step after a dropped or stray byte (as yaz does); a run of such bytes
    /// yields a single U+FFFD and problem.
    private mutating func readEastAsian(at offset: Int) -> Int {
        var length = 1
        while length < 3, offset + length < bytes.count, bytes[offset + length] >= 0x20,
            bytes[offset + length] != 0x7F
        {
            length += 1
        }
        if length == 3 {
            let entry = table.eastAsianEntry(bytes[offset], bytes[offset + 1], bytes[offset + 2])
            if entry.isMapped {
                apply(entry, at: offset, length: 3)
                return 3
            }
        }
        if offset != eastAsianFailureEnd {
            let code = bytes[offset..<offset + length].map(MARC8FieldDecoding.hex).joined(separator: " ")
            let what = length == 3 ? "unmapped EACC code \(code)" : "incomplete EACC character \(code)"
            report("\(what) at offset \(offset)")
            base(MARC8FieldDecoding.replacement)
        }
        eastAsianFailureEnd = offset + 1
        return 1
    }

    /// Writes a table entry (or U+FFFD for an unmapped code).
    private mutating func apply(_ entry: MARC8CodeTable.Entry, at offset: Int, length: Int) {
        guard entry.isMapped else {
            let code = bytes[offset..<offset + length].map(MARC8FieldDecoding.hex).joined(separator: " ")
            let set = bytes[offset] < 0x80 ? g0 : g1
            report("unmapped MARC-8 code \(code) in \(set) at offset \(offset)")
            base(MARC8FieldDecoding.replacement)
            return
        }
        if entry.isIgnored { return }
        if entry.isCombining {
            if pending.isEmpty { pendingOffset = offset }
            pending.append(entry.scalarValue)
            return
        }
        if entry.needsNormalization { needsNormalization = true }
        base(entry.scalarValue)
    }

    /// Writes a base character followed by the diacritics that preceded it.
    mutating func base(_ scalar: UInt32) {
        append(scalar)
        guard !pending.isEmpty else { return }
        needsNormalization = true
        for mark in pending { append(mark) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes diacritics left without a base character (before a delimiter or the field end).
    private mutating func flushPending(before offset: Int) {
        guard !pending.isEmpty else { return }
        report("combining mark at offset \(pendingOffset) has no base character before offset \(offset)")
        needsNormalization = true
        for mark in pending { append(mark) }
        pending.removeAll(keepingCapacity: true)
    }

    mutating func report(_ message: String) {
        problems.append("MARC-8: " + message)
    }

    /// Appends one scalar as UTF-8.
    @inline(__always)
    private mutating func append(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// "0xAB".
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
