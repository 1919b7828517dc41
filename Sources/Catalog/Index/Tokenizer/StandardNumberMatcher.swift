import MARC

/// An ISBN or ISSN found in running text, as the tokens that stand for it.
struct StandardNumberMatch {
    /// One token of the match: its UTF-8 text and source span.
    struct Part {
        let text: [UInt8]
        let range: Range<String.Index>
    }

    let kind: SearchToken.Kind
    let parts: [Part]
    /// Where scanning continues.
    let end: String.Index
}

/// Recognises ISBN-10, ISBN-13 (ISO 2108) and hyphenated ISSNs (ISO 3297) where a number starts.
///
/// An ISBN may be written with hyphens (`0-306-40615-2`), with spaces between at least four
/// groups (`978 0 306 40615 7`) or without separators; its check digit must be right and it
/// must not run on into a letter or digit. Every form becomes one ISBN-13 token. An ISSN must
/// be hyphenated (`0378-437X`): eight bare digits are already the ISSN token as a plain word.
/// It yields the eight-character token and then its two halves, so that a year range which
/// happens to be a valid ISSN (`1990-1995`) still finds `1990`.
enum StandardNumberMatcher {
    /// What the look-ahead read from the start digit.
    private struct Reading {
        var characters: [UInt8] = []
        /// Where the text continues after the n-th character (index n - 1).
        var ends: [String.Index] = []
        /// Spaces and hyphens seen before the n-th character (index n - 1).
        var spacesBefore: [Int] = []
        var hyphensBefore: [Int] = []
        /// How many characters came before the first separator, or -1.
        var firstSeparator = -1
    }

    /// The standard number starting at `start` (an ASCII digit), if any.
    static func match(in scalars: String.UnicodeScalarView, at start: String.Index) -> StandardNumberMatch? {
        guard let reading = read(scalars, from: start), reading.characters.count >= 8 else { return nil }
        for length in [13, 10] where reading.characters.count >= length {
            if let match = isbn(reading, length: length, scalars: scalars, start: start) { return match }
        }
        return issn(reading, scalars: scalars, start: start)
    }

    /// True for a letter or digit of any script: a standard number must not run into one.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        return LetterFolding.isWordScalar(scalar) || CJKScript.contains(scalar.value)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == " " || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    private static func isCharacter(_ scalar: Unicode.Scalar, after count: Int) -> Bool {
        ("0"..."9").contains(scalar) || ((scalar == "X" || scalar == "x") && (count == 7 || count == 9))
    }

    /// Counts digits ahead without allocating: most numbers (years, pages) stop well before 8.
    private static func hasEightCharacters(_ scalars: String.UnicodeScalarView, from start: String.Index) -> Bool {
        var count = 0
        var index = start
        while index < scalars.endIndex && count < 8 {
            let scalar = scalars[index]
            if isCharacter(scalar, after: count) {
                count += 1
            } else if !isSeparator(scalar) {
                break
            }
            index = scalars.index(after: index)
        }
        return count >= 8
    }

    private static func read(_ scalars: String.UnicodeScalarView, from start: String.Index) -> Reading? {
        guard hasEightCharacters(scalars, from: start) else { return nil }
        var reading = Reading()
        var index = start
        var spaces = 0
        var hyphens = 0
        var separatorPending = false
        while index < scalars.endIndex && reading.characters.count < 13 {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isCharacter(scalar, after: reading.characters.count) {
                if separatorPending, reading.firstSeparator < 0 { reading.firstSeparator = reading.characters.count }
                separatorPending = false
                let isCheckX = scalar == "X" || scalar == "x"
                reading.characters.append(isCheckX ? UInt8(ascii: "X") : UInt8(truncatingIfNeeded: scalar.value))
                reading.ends.append(next)
                reading.spacesBefore.append(spaces)
                reading.hyphensBefore.append(hyphens)
                if isCheckX { break }
            } else if !separatorPending && isSeparator(scalar) {
                separatorPending = true
                if scalar == " " { spaces += 1 } else { hyphens += 1 }
            } else {
                break
            }
            index = next
        }
        return reading.characters.count >= 8 ? reading : nil
    }

    private static func endsCleanly(_ scalars: String.UnicodeScalarView, at end: String.Index) -> Bool {
        guard end < scalars.endIndex else { return true }
        let scalar = scalars[end]
        if isLetterOrDigit(scalar) { return false }
        // A hyphen straight before a digit means the number goes on (a range or a longer code).
        let after = scalars.index(after: end)
        return !(scalar == "-" && after < scalars.endIndex && ("0"..."9").contains(scalars[after]))
    }

    private static func isbn(
        _ reading: Reading, length: Int, scalars: String.UnicodeScalarView, start: String.Index
    ) -> StandardNumberMatch? {
        let end = reading.ends[length - 1]
        let spaces = reading.spacesBefore[length - 1]
        guard spaces == 0 || (reading.hyphensBefore[length - 1] == 0 && spaces >= 3), endsCleanly(scalars, at: end),
            let isbn13 = ISBN.isbn13(String(decoding: reading.characters.prefix(length), as: UTF8.self))
        else { return nil }
        return StandardNumberMatch(kind: .isbn, parts: [.init(text: Array(isbn13.utf8), range: start..<end)], end: end)
    }

    private static func issn(
        _ reading: Reading, scalars: String.UnicodeScalarView, start: String.Index
    ) -> StandardNumberMatch? {
        guard reading.firstSeparator == 4, reading.hyphensBefore[7] == 1, reading.spacesBefore[7] == 0,
            endsCleanly(scalars, at: reading.ends[7])
        else { return nil }
        let text = String(decoding: reading.characters.prefix(8), as: UTF8.self)
        guard ISSN.isValid(text) else { return nil }
        let lower = Array(text.lowercased().utf8)
        let secondStart = scalars.index(reading.ends[3], offsetBy: 1)
        let parts: [StandardNumberMatch.Part] = [
            .init(text: lower, range: start..<reading.ends[7]),
            .init(text: Array(lower.prefix(4)), range: start..<reading.ends[3]),
            .init(text: Array(lower.suffix(4)), range: secondStart..<reading.ends[7]),
        ]
        return StandardNumberMatch(kind: .issn, parts: parts, end: reading.ends[7])
    }
}
