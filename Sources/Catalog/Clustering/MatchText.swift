import Foundation

/// The normal form of text compared by match keys: case, diacritics, width and punctuation folded away,
/// leading articles dropped, blanks collapsed.
enum MatchText {
    static let articles: Set<String> = [
        "the", "a", "an", "le", "la", "les", "l", "der", "die", "das", "el", "il", "lo",
    ]

    static func normalised(_ text: String) -> String {
        // Compatibility decomposition folds full-width forms and ligatures, and splits "é" into "e" and a combining accent, which is then dropped; case is folded
        // per scalar. Letters and digits of every script are kept, everything else separates words.
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                if scalar.isASCII {
                    current.append(
                        scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar)
                } else {
                    current.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
                }
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
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
