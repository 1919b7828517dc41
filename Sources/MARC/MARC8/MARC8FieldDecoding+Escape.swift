extension MARC8FieldDecoding {
    /// Reads an escape sequence at `offset` (which holds ESC) and designates the set it names.
    ///
    /// Accepted forms (MARC 21 part 3, "Escape sequences"): technique 1 `ESC g`/`b`/`p`/`s`
    /// (G0 = Greek symbols, subscripts, superscripts, back to ASCII); technique 2
    /// `ESC ( F`, `ESC , F` (G0), `ESC ) F`, `ESC - F` (G1), the same with `$` after ESC for
    /// multibyte sets (`ESC $ 1`, `ESC $ ) 1`), and `!` before the final (`ESC ) ! E`).
    /// Returns the number of bytes consumed; a broken sequence yields U+FFFD and a problem.
    mutating func readEscape(at offset: Int) -> Int {
        var position = offset + 1
        guard let first = byte(at: position) else { return incompleteEscape(at: offset, length: 1) }
        if let set = MARC8FieldDecoding.techniqueOne(first) {
            g0 = set
            return 2
        }
        var multibyte = false
        if first == 0x24 {  // $
            multibyte = true
            position += 1
        }
        guard let intermediate = byte(at: position) else {
            return incompleteEscape(at: offset, length: position - offset)
        }
        var toG1 = false
        switch intermediate {
        case 0x28, 0x2C: position += 1  // ( ,
        case 0x29, 0x2D:  // ) -
            toG1 = true
            position += 1
        default:
            guard multibyte else {
                report("unknown escape sequence ESC \(MARC8FieldDecoding.hex(intermediate)) at offset \(offset)")
                base(MARC8FieldDecoding.replacement)
                return 1
            }
        }
        if byte(at: position) == 0x21 { position += 1 }  // ! (ANSEL's registration)
        guard let final = byte(at: position) else { return incompleteEscape(at: offset, length: position - offset) }
        guard let set = MARC8CharacterSet(finalByte: final) else {
            report("escape sequence at offset \(offset) names unknown character set \(MARC8FieldDecoding.hex(final))")
            base(MARC8FieldDecoding.replacement)
            return position - offset + 1
        }
        if toG1 { g1 = set } else { g0 = set }
        return position - offset + 1
    }

    /// The technique-1 sets: `ESC g`, `ESC b`, `ESC p`, and `ESC s` (back to ASCII).
    private static func techniqueOne(_ byte: UInt8) -> MARC8CharacterSet? {
        switch byte {
        case 0x67: .greekSymbols
        case 0x62: .subscripts
        case 0x70: .superscripts
        case 0x73: .basicLatin
        default: nil
        }
    }

    /// The byte at `position` if it can belong to an escape sequence (graphic, not a delimiter).
    private func byte(at position: Int) -> UInt8? {
        guard position < bytes.count else { return nil }
        let value = bytes[position]
        return (0x21...0x7E).contains(value) ? value : nil
    }

    private mutating func incompleteEscape(at offset: Int, length: Int) -> Int {
        report("incomplete escape sequence at offset \(offset)")
        base(MARC8FieldDecoding.replacement)
        return length
    }
}
