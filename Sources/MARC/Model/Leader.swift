/// The 24-character record leader (MARC 21 and UNIMARC share its layout).
public struct Leader: Sendable, Hashable {
    /// The 24 leader bytes, always ASCII-safe after reading.
    public var bytes: [UInt8]

    /// A leader from 24 bytes; shorter input is padded with blanks, longer is cut.
    public init(bytes: some Collection<UInt8>) {
        var b = Array(bytes.prefix(24))
        while b.count < 24 { b.append(0x20) }
        self.bytes = b
    }

    /// A leader from its 24-character string form.
    public init(_ string: String) { self.init(bytes: Array(string.utf8)) }

    /// A default leader for a new bibliographic record (UTF-8, `nam`).
    public static var blank: Leader { Leader("00000nam a2200000 a 4500") }

    /// The leader as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The character at a leader position, as a Character.
    public subscript(position: Int) -> Character {
        get { Character(Unicode.Scalar(bytes[position])) }
        set { bytes[position] = newValue.asciiValue ?? 0x20 }
    }

    /// Leader/05 record status (`n` new, `c` corrected, `d` deleted, …).
    public var recordStatus: Character {
        get { self[5] }
        set { self[5] = newValue }
    }
    /// Leader/06 type of record (`a` language material, `y`/`x` holdings, `z` authority, …).
    public var typeOfRecord: Character {
        get { self[6] }
        set { self[6] = newValue }
    }
    /// Leader/07 bibliographic level (`m` monograph, `s` serial, …).
    public var bibliographicLevel: Character {
        get { self[7] }
        set { self[7] = newValue }
    }
    /// Leader/09 character coding scheme: `a` is UCS/UTF-8, blank is MARC-8 (MARC 21).
    public var characterCoding: Character {
        get { self[9] }
        set { self[9] = newValue }
    }
    /// Leader/17 encoding level.
    public var encodingLevel: Character {
        get { self[17] }
        set { self[17] = newValue }
    }
    /// True when leader/05 says the record is deleted.
    public var isDeleted: Bool { recordStatus == "d" }

    /// Leader/00-04 as a number, if it is digits.
    public var recordLength: Int? { Leader.decimal(bytes[0..<5]) }
    /// Leader/12-16 base address of data, if it is digits.
    public var baseAddress: Int? { Leader.decimal(bytes[12..<17]) }

    static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for d in digits {
            guard d >= 0x30 && d <= 0x39 else { return nil }
            n = n * 10 + Int(d - 0x30)
        }
        return n
    }
}
