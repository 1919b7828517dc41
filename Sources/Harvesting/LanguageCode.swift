import Foundation

/// DC language values (ISO 639-2 or 639-1 codes, or English names) as MARC language codes (ISO 639-2/B).
enum LanguageCode {
    /// ISO 639-1 and names of the languages members catalogue most, to their MARC code.
    static let table: [String: String] = [
        "en": "eng", "english": "eng", "zh": "chi", "zho": "chi", "chinese": "chi", "中文": "chi", "fr": "fre",
        "fra": "fre", "french": "fre", "de": "ger", "deu": "ger", "german": "ger", "ja": "jpn", "japanese": "jpn",
        "ko": "kor", "korean": "kor", "es": "spa", "spanish": "spa", "it": "ita", "italian": "ita", "ru": "rus",
        "russian": "rus", "la": "lat", "latin": "lat", "nl": "dut", "nld": "dut", "dutch": "dut", "pt": "por",
        "portuguese": "por", "ar": "ara", "arabic": "ara", "el": "gre", "ell": "gre", "greek": "gre",
    ]

    /// The MARC code for a DC language value (`en`, `en-US`, `eng`, `English`), or nil when unknown.
    static func marc(_ value: String) -> String? {
        let lowered = value.lowercased().trimmingCharacters(in: .whitespaces)
        let base = lowered.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lowered
        if let code = table[lowered] ?? table[base] { return code }
        if base.count == 3, base.allSatisfy({ $0.isASCII && $0.isLetter }) { return base }
        return nil
    }
}
