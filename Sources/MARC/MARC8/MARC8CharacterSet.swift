/// A graphic character set that MARC-8 escape sequences can designate into G0 or G1.
///
/// Each set is named by its ISO 2022 final character, as listed in the Library of Congress
/// "MARC 21 Specifications for Record Structure, Character Sets, and Exchange Media", part 3.
enum MARC8CharacterSet: UInt8, CaseIterable, Sendable {
    /// Basic Latin (ASCII), final `B`.
    case basicLatin = 0x42
    /// Extended Latin (ANSEL), final `E`.
    case extendedLatin = 0x45
    /// Greek symbols, technique-1 final `g`.
    case greekSymbols = 0x67
    /// Subscripts, technique-1 final `b`.
    case subscripts = 0x62
    /// Superscripts, technique-1 final `p`.
    case superscripts = 0x70
    /// Basic Hebrew, final `2`.
    case basicHebrew = 0x32
    /// Basic Cyrillic, final `N`.
    case basicCyrillic = 0x4E
    /// Extended Cyrillic, final `Q`.
    case extendedCyrillic = 0x51
    /// Basic Arabic, final `3`.
    case basicArabic = 0x33
    /// Extended Arabic, final `4`.
    case extendedArabic = 0x34
    /// Basic Greek, final `S`.
    case basicGreek = 0x53
    /// East Asian Character Code (EACC, CJK), three bytes per character, final `1`.
    case eastAsian = 0x31

    /// The set designated by an escape sequence's final byte; `s` is the technique-1 return to ASCII.
    init?(finalByte: UInt8) {
        if finalByte == 0x73 {
            self = .basicLatin
        } else {
            self.init(rawValue: finalByte)
        }
    }

    /// A dense index (0..<12) for table lookups.
    var index: Int {
        switch self {
        case .basicLatin: 0
        case .extendedLatin: 1
        case .greekSymbols: 2
        case .subscripts: 3
        case .superscripts: 4
        case .basicHebrew: 5
        case .basicCyrillic: 6
        case .extendedCyrillic: 7
        case .basicArabic: 8
        case .extendedArabic: 9
        case .basicGreek: 10
        case .eastAsian: 11
        }
    }

    /// True for EACC, whose characters take three bytes.
    var isMultibyte: Bool { self == .eastAsian }
}
