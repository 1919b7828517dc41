extension Field {
    /// The values of the subfields whose codes appear in `codes`, in field order, joined by a
    /// blank, blanks collapsed; nil when there are none or all are empty.
    func joined(_ codes: String) -> String? {
        let parts = subfields.filter { codes.contains($0.code) }.map(\.value)
        let text = ISBDPunctuation.collapsingBlanks(parts.joined(separator: " "))
        return text.isEmpty ? nil : text
    }

    /// `joined(codes)` without trailing ISBD punctuation; nil when nothing is left.
    func trimmed(_ codes: String, keepingInitials: Bool = false) -> String? {
        guard let text = joined(codes) else { return nil }
        let result = ISBDPunctuation.trimmed(text, keepingInitials: keepingInitials)
        return result.isEmpty ? nil : result
    }

    /// All values of one subfield code, trimmed of blanks and ISBD punctuation, empty ones dropped.
    func trimmedValues(_ code: Character) -> [String] {
        subfields.filter { $0.code == code }.map { ISBDPunctuation.trimmed(ISBDPunctuation.collapsingBlanks($0.value)) }
            .filter { !$0.isEmpty }
    }

    /// For an 880 field, the tag it is linked to (the first three characters of `$6`).
    public var linkedTag: String? {
        guard let link = self["6"], link.count >= 3 else { return nil }
        return String(link.prefix(3))
    }
}
