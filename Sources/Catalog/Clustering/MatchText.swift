import Foundation

/// The normal form of text compared by match keys: case, diacritics, width and punctuation folded away,
/// leading articles dropped, blanks collapsed.
enum MatchText {
    static let articles: Set<String> = [
        "the", "a", "an", "le", "la", "les", "l", "der", "die", "das", "el", "il", "lo",
    ]

    static func normalised(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.count > 1, let first = words.first, articles.contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The first number in `text` ("xii, 350 p." → 350 is the last; pagination takes the largest), if any.
    static func largestNumber(in text: String) -> Int? {
        var best: Int?
        var current = 0
        var inNumber = false
        for scalar in text.unicodeScalars {
            if let digit = Int(String(scalar)), scalar.isASCII {
                current = current * 10 + digit
                inNumber = true
                if current > 1_000_000 { current = 1_000_000 }
            } else if inNumber {
                best = max(best ?? 0, current)
                current = 0
                inNumber = false
            }
        }
        if inNumber { best = max(best ?? 0, current) }
        return best
    }
}
