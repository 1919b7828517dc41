import Foundation

/// Reading ISSNs (ISO 3297) and ISBNs (ISO 2108) from the loose text found in citations and OpenURLs.
public enum StandardNumber {
    /// The first valid ISSN in `text` as `NNNN-NNNC` (`17417279` → `1741-7279`), checking the mod-11 check digit.
    public static func issn(_ text: String) -> String? {
        issns(in: text).first?.issn
    }

    /// Every valid ISSN in `text`, with whether a label such as `(ELECTRONIC)` or `eISSN` marks it electronic.
    public static func issns(in text: String) -> [(issn: String, electronic: Bool)] {
        let chars = Array(text.uppercased())
        var found: [(String, Bool)] = []
        var i = 0
        while i < chars.count {
            if let (digits, end) = issnShape(chars, from: i), isValidISSN(digits) {
                let issn = String(digits.prefix(4)) + "-" + String(digits.suffix(4))
                let label = String(chars[end..<min(end + 14, chars.count)]) + String(chars[max(0, i - 6)..<i])
                found.append(
                    (issn, label.contains("ELECTRONIC") || label.contains("EISSN") || label.contains("ONLINE")))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// Eight ISSN characters starting at `start` (four digits, an optional hyphen or space, three digits and a digit
    /// or X), not glued to further digits on either side.
    static func issnShape(_ chars: [Character], from start: Int) -> ([Character], Int)? {
        if start > 0, chars[start - 1].isASCIIDigit { return nil }
        var digits: [Character] = []
        var i = start
        while i < chars.count, digits.count < 8 {
            let c = chars[i]
            if c.isASCIIDigit || (digits.count == 7 && c == "X") {
                digits.append(c)
            } else if digits.count == 4, c == "-" || c == " ", i == start + 4 {
                // the hyphen of NNNN-NNNN
            } else {
                return nil
            }
            i += 1
        }
        guard digits.count == 8, i >= chars.count || !chars[i].isASCIIDigit else { return nil }
        return (digits, i)
    }

    /// ISO 3297 check: weights 8…2 on the first seven digits, the check character makes the sum divisible by 11.
    static func isValidISSN(_ digits: [Character]) -> Bool {
        var sum = 0
        for (index, c) in digits.prefix(7).enumerated() { sum += (c.wholeNumberValue ?? 0) * (8 - index) }
        let check = (11 - sum % 11) % 11
        return digits[7] == (check == 10 ? "X" : Character(String(check)))
    }

    /// The first valid ISBN in `text`, digits only (an ISBN-10 keeps its form and a final `X`); hyphens are
    /// ignored, and spaces too when no ISBN is found without them (`978 7 02 000220 7`).
    public static func isbn(_ text: String) -> String? {
        let upper = text.uppercased() + "|"
        for allowSpaces in [false, true] {
            var run: [Character] = []
            for c in upper {
                if c.isASCIIDigit || c == "X" {
                    run.append(c)
                } else if c == "-" || (allowSpaces && c == " ") {
                    continue
                } else {
                    if isValidISBN(run) { return String(run) }
                    run = []
                }
            }
        }
        return nil
    }

    /// ISO 2108 check digits: mod 11 with weights 10…1 for ten digits, mod 10 with weights 1,3 for thirteen.
    static func isValidISBN(_ chars: [Character]) -> Bool {
        if chars.count == 10 {
            guard chars.prefix(9).allSatisfy(\.isASCIIDigit) else { return false }
            var sum = 0
            for (index, c) in chars.enumerated() { sum += (c == "X" ? 10 : c.wholeNumberValue ?? 0) * (10 - index) }
            return sum % 11 == 0
        }
        guard chars.count == 13, chars.allSatisfy(\.isASCIIDigit) else { return false }
        var sum = 0
        for (index, c) in chars.enumerated() { sum += (c.wholeNumberValue ?? 0) * (index % 2 == 0 ? 1 : 3) }
        return sum % 10 == 0
    }
}
