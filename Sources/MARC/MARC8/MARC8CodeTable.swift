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
        var set: MARC8CharacterSet?
        var utf8 = text.utf8[...]
        while !utf8.isEmpty {
            let lineEnd = utf8.firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = utf8[utf8.startIndex..<lineEnd]
            utf8 = lineEnd == utf8.endIndex ? utf8[lineEnd...] : utf8[utf8.index(after: lineEnd)...]
            var fields = line.split(separator: 0x20)
            guard let first = fields.first else { continue }
            if first.first == 0x40 {  // "@F": a new character set
                set = MARC8CharacterSet(rawValue: UInt8(truncatingIfNeeded: MARC8CodeTable.hex(first.dropFirst())))
                continue
            }
            guard let current = set, fields.count == 2 else { continue }
            let code = MARC8CodeTable.hex(fields.removeFirst())
            let entry = MARC8CodeTable.entry(fields[0])
            if current.isMultibyte {
                eastAsianCodes.append(code)
                eastAsianEntries.append(entry)
            } else {
                singleByte[current.index * 128 + Int(code & 0x7F)] = entry
            }
        }
    }

    private mutating func sortEastAsian() {
        let order = eastAsianCodes.indices.sorted { eastAsianCodes[$0] < eastAsianCodes[$1] }
        eastAsianCodes = order.map { eastAsianCodes[$0] }
        eastAsianEntries = order.map { eastAsianEntries[$0] }
    }

    /// Parses "UCS[flags]" into an entry.
    private static func entry(_ text: Substring.UTF8View.SubSequence) -> Entry {
        var bits = hex(text)
        for flag in text where flag >= 0x61 {
            switch flag {
            case 0x63: bits |= Entry.combiningFlag  // c
            case 0x69: bits |= Entry.ignoredFlag  // i
            case 0x6E: bits |= Entry.unstableFlag  // n
            default: break
            }
        }
        return Entry(bits: bits)
    }

    /// Reads leading upper-case hex digits.
    private static func hex(_ digits: Substring.UTF8View.SubSequence) -> UInt32 {
        var value: UInt32 = 0
        for d in digits {
            switch d {
            case 0x30...0x39: value = value << 4 | UInt32(d - 0x30)
            case 0x41...0x46: value = value << 4 | UInt32(d - 0x37)
            default: return value
            }
        }
        return value
    }
}
