/// Foldings beyond NFKC, case and mark removal, as data: letters that have no decomposition
/// but that readers type without their stroke or ligature, and romanisation marks to ignore.
enum LetterFolding {
    /// Letters folded after lower-casing (`ß` → `ss`, Polish `ł` → `l`, `ø` → `o`, …).
    private static let letters: [UInt32: String] = [
        0x00DF: "ss", 0x1E9E: "ss", 0x0142: "l", 0x0141: "l", 0x00F8: "o", 0x00D8: "o",
        0x0111: "d", 0x0110: "d", 0x00F0: "d", 0x00D0: "d", 0x0127: "h", 0x0126: "h",
        0x0131: "i", 0x00E6: "ae", 0x00C6: "ae", 0x0153: "oe", 0x0152: "oe", 0x00FE: "th",
        0x00DE: "th", 0x0167: "t", 0x0166: "t", 0x0192: "f", 0x0180: "b", 0x01E5: "g",
        0x0268: "i", 0x023C: "c", 0x0247: "e", 0x0249: "j", 0x024D: "r", 0x024F: "y",
        0x03C2: "σ",  // Greek final sigma folds like case folding does
    ]

    /// Modifier letters ALA-LC romanisation uses for ayn, alif, soft and hard signs
    /// (ʹ ʺ ʻ ʼ ʾ ʿ): dropped, so `Qurʼān` and `Quran` give the same token.
    private static let ignored: Set<UInt32> = [0x02B9, 0x02BA, 0x02BB, 0x02BC, 0x02BE, 0x02BF]

    /// Letters that FTS5 `unicode61` (Unicode 6.1 tables) splits on: New Tai Lue vowel signs
    /// and Vedic signs, now classed as letters. Dropped so no token contains them.
    private static let unsafeLetters: [ClosedRange<UInt32>] = [0x19B0...0x19C0, 0x19C8...0x19C9, 0x1CF2...0x1CF3]

    /// The packed word outputs replacing `value`, if it has a special folding.
    static func replacement(for value: UInt32) -> [UInt32]? {
        if ignored.contains(value) || unsafeLetters.contains(where: { $0.contains(value) }) { return [] }
        guard let text = letters[value] else { return nil }
        return text.unicodeScalars.map { ScalarFolding.Tag.word.rawValue << 24 | $0.value }
    }

    /// True for format characters that separate words (zero-width space, word joiner)
    /// rather than vanish inside them (soft hyphen, zero-width joiners, bidi marks).
    static func isBreakingFormat(_ value: UInt32) -> Bool { value == 0x200B || value == 0x2060 || value == 0xFEFF }

    /// True when a lower-cased scalar may stand in a word token: letters and decimal digits.
    /// Other numbers left after NFKC (❻, ፻, runic or Aegean numerals) are not letters to
    /// PostgreSQL's parser, so they separate.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default: return false
        }
    }
}
