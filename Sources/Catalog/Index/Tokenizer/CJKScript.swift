/// The scripts written without spaces that the tokenizer cuts into overlapping bigrams:
/// Han ideographs, Hiragana, Katakana and Hangul syllables.
enum CJKScript {
    /// True when the scalar value belongs to a Han, Kana or Hangul run.
    @inline(__always)
    static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return true  // CJK Unified Ideographs, Extension A
        case 0x3041...0x3096, 0x309D...0x309E: return true  // Hiragana (ゟ and the voicing marks fold by NFKC)
        case 0x30A1...0x30FA, 0x30FC...0x30FE: return true  // Katakana with ー ヽ ヾ (not ・ or ヿ)
        case 0xAC00...0xD7A3: return true  // Hangul syllables
        case 0x3005, 0x3007: return true  // 々 iteration mark, 〇 ideographic zero
        case 0x31F0...0x31FF: return true  // Katakana Phonetic Extensions
        case 0xFA0E, 0xFA0F, 0xFA11, 0xFA13, 0xFA14, 0xFA1F, 0xFA21, 0xFA23, 0xFA24, 0xFA27...0xFA29:
            return true  // the unified ideographs inside the compatibility block (NFKC-stable)
        case 0x20000...0x2F7FF, 0x30000...0x323AF: return true  // Extensions B–H (not the compatibility supplement)
        case 0x1B000...0x1B16F: return true  // Kana Supplement and Extended-A (hentaigana)
        default: return false
        }
    }
}
