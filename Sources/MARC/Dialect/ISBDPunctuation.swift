/// Trimming of the ISBD punctuation that MARC cataloguing leaves at the end of subfields.
enum ISBDPunctuation {
    /// Characters that end a subfield only as ISBD separators (" /", " :", " ;", ",", ".", "=").
    private static let trailing: Set<Character> = [" ", "/", ":", ";", ",", ".", "=", "\u{3000}"]

    /// `text` without trailing ISBD punctuation and surrounding blanks; a final period after a
    /// one-letter initial ("Smith, J.") or in an abbreviation ending like "ed." is kept only
    /// when `keepingInitials` is set (names).
    static func trimmed(_ text: String, keepingInitials: Bool = false) -> String {
        var result = Substring(text)
        while let last = result.last, trailing.contains(last) {
            if last == ".", keepingInitials, endsWithInitial(result.dropLast()) { break }
            result = result.dropLast()
        }
        while let first = result.first, first == " " || first == "\u{3000}" { result = result.dropFirst() }
        return String(result)
    }

    /// True when `text` ends with a single letter preceded by a blank, comma or period ("J").
    private static func endsWithInitial(_ text: Substring) -> Bool {
        guard let last = text.last, last.isLetter else { return false }
        let before = text.dropLast().last
        return before == nil || before == " " || before == "." || before == ","
    }

    /// Collapses runs of blanks to one, trims the ends and drops C1 controls such as the
    /// non-sorting markers NSB/NSE (U+0088/U+0089, or U+0098/U+009C from MARC-8).
    static func collapsingBlanks(_ text: String) -> String {
        if isClean(text) { return text }
        var cleaned = text
        if text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) {
            cleaned = String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x80...0x9F).contains($0.value) }))
        }
        return cleaned.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// True when `text` has no leading, trailing or doubled blank and no byte that may start a C1 control
    /// (C1 controls are encoded C2 80–9F): most values, which then need no new string.
    private static func isClean(_ text: String) -> Bool {
        var previousBlank = true
        for byte in text.utf8 {
            if byte == 0x20 {
                if previousBlank { return false }
                previousBlank = true
            } else {
                if byte == 0xC2 { return false }
                previousBlank = false
            }
        }
        return !previousBlank || text.isEmpty
    }
}
