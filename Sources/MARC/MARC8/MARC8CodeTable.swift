/// The MARC-8 to Unicode mappings, parsed once from the generated text tables.
///
/// Single-byte sets live in one dense array indexed by set and 7-bit code; EACC lives in two
/// parallel sorted arrays searched by binary search. Parsing the ~16,000 entries happens at
/// first use (a thread-safe `static let`) and takes a few milliseconds.
struct MARC8CodeTable: Sendable {
    /// One mapping: a Unicode scalar value plus flags. Zero means "no mapping".
    struct Entry: Sendable, Equatable {
        var bits: UInt32

        static let unmapped = Entry(bits: 0)
        static let combiningFlag: UInt32 = 1 << 31
        static let ignoredFlag: UInt32 = 1 << 30
        static let unstableFlag: UInt32 = 1 << 29

        /// True when the code has a mapping (possibly "ignored").
        var isMapped: Bool { bits != 0 }
        /// True for a combining mark, which MARC-8 writes before its base character.
        var isCombining: Bool { bits & Entry.combiningFlag != 0 }
        /// True for the second half of a double diacritic, which Unicode does not encode.
        var isIgnored: Bool { bits & Entry.ignoredFlag != 0 }
        /// True when the scalar alone is not in NFC form.
        var needsNormalization: Bool { bits & Entry.unstableFlag != 0 }
        /// The Unicode scalar value.
        var scalarValue: UInt32 { bits & 0x1F_FFFF }
    }

    /// The shared table, parsed on first use.
    static let shared = MARC8CodeTable()

    /// 12 sets × 128 seven-bit codes.
    private var singleByte = [Entry](repeating: .unmapped, count: 12 * 128)
    /// Sorted 24-bit EACC codes (high bits cleared) and their entries.
    private var eastAsianCodes: [UInt32] = []
    private var eastAsianEntries: [Entry] = []

    init() {
        parse(MARC8CodeTable.singleByteText)
        for text in [
            MARC8CodeTable.eaccText1, MARC8CodeTable.eaccText2, MARC8CodeTable.eaccText3,
            MARC8CodeTable.eaccText4,
        ] {
            parse(text)
        }
        sortEastAsian()
    }

    /// The entry for a one-byte code in `set` (the high bit of `byte` is ignored).
    @inline(__always)
    func entry(_ set: MARC8CharacterSet, _ byte: UInt8) -> Entry {
        singleByte[set.index &* 128 &+ Int(byte & 0x7F)]
    }

    /// The EACC entry for three bytes (high bits ignored).
    func eastAsianEntry(_ b1: UInt8, _ b2: UInt8, _ b3: UInt8) -> Entry {
        let key = UInt32(b1 & 0x7F) << 16 | UInt32(b2 & 0x7F) << 8 | UInt32(b3 & 0x7F)
        var low = 0
        var high = eastAsianCodes.count
        while low < high {
            let mid = (low &+ high) >> 1
            let code = eastAsianCodes[mid]
            if code == key { return eastAsianEntries[mid] }
            if code < key { low = mid &+ 1 } else { high = mid }
        }
        return .unmapped
    }

    /// The number of EACC entries (for diagnostics and tests).
    var eastAsianCount: Int { eastAsianCodes.count }

    private mutating func parse(_ text: String) {
        var text = text
        text.withUTF8 { parse($0) }
    }

    /// Parses lines "@F" (start of a set) and "CODE UCS[flags]" from UTF-8 bytes.
    private mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) {
        var set: MARC8CharacterSet?
        var line = 0
        while line < bytes.count {
            var end = line
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var start = line
            while start < end && bytes[start] == 0x20 { start += 1 }
            line = end + 1
            guard start < end else { continue }
            if bytes[start] == 0x40 {  // "@F": a new character set
                let (final, _) = MARC8CodeTable.hex(bytes, from: start + 1, to: end)
                set = MARC8CharacterSet(rawValue: UInt8(truncatingIfNeeded: final))
                continue
            }
            guard let current = set else { continue }
            let (code, next) = MARC8CodeTable.hex(bytes, from: start, to: end)
            let (scalar, flagsStart) = MARC8CodeTable.hex(bytes, from: next + 1, to: end)
            var bits = scalar
            for index in flagsStart..<end {
                switch bytes[index] {
                case 0x63: bits |= Entry.combiningFlag  // c
                case 0x69: bits |= Entry.ignoredFlag  // i
                case 0x6E: bits |= Entry.unstableFlag  // n
                default: break
                }
            }
            if current.isMultibyte {
                eastAsianCodes.append(code)
                eastAsianEntries.append(Entry(bits: bits))
            } else {
                singleByte[current.index * 128 + Int(code & 0x7F)] = Entry(bits: bits)
            }
        }
    }

    private mutating func sortEastAsian() {
        let order = eastAsianCodes.indices.sorted { eastAsianCodes[$0] < eastAsianCodes[$1] }
        eastAsianCodes = order.map { eastAsianCodes[$0] }
        eastAsianEntries = order.map { eastAsianEntries[$0] }
    }

    /// Reads upper-case hex digits from `start`; returns the value and the index after them.
    private static func hex(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (UInt32, Int) {
        var value: UInt32 = 0
        var index = start
        while index < end {
            let digit = bytes[index]
            switch digit {
            case 0x30...0x39: value = value << 4 | UInt32(digit - 0x30)
            case 0x41...0x46: value = value << 4 | UInt32(digit - 0x37)
            default: return (value, index)
            }
            index += 1
        }
        return (value, index)
    }
}
