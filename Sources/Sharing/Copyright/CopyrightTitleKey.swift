import Foundation

/// The key copies are counted under: the normalised ISSN when the journal has a valid one, else its normalised
/// title, so `0022-4537`, `00224537` and `Journal of Social Issues` / `JOURNAL OF SOCIAL ISSUES` meet.
public enum CopyrightTitleKey {
    /// `issn:NNNN-NNNC` from a valid ISSN, else `title:` and the folded title; none when neither gives anything.
    public static func make(issn: String?, title: String?) -> String? {
        if let issn, let normal = StandardNumber.issn(issn) { return "issn:" + normal }
        guard let title else { return nil }
        let folded = fold(title)
        return folded.isEmpty ? nil : "title:" + folded
    }

    /// Title folded for matching: compatibility forms (NFKC), case, width and diacritics folded, `&` as `and`,
    /// punctuation as space, a leading English article dropped, spaces collapsed.
    public static func fold(_ title: String) -> String {
        let plain = title.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        for character in plain + " " {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                if !word.isEmpty { words.append(word) }
                word = ""
                if character == "&" { words.append("and") }
            }
        }
        if words.count > 1, ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
