/// One normalised search token and where it came from in the original text.
public struct SearchToken: Sendable, Hashable {
    /// What produced a token; the search uses it to AND CJK bigrams as a phrase.
    public enum Kind: Sendable, Hashable {
        /// Letters and digits of an alphabetic script (`python`, `2nd`, `0378437x`).
        case word
        /// An overlapping bigram of a Han, Kana or Hangul run (`红楼`).
        case cjkBigram
        /// The single character of a one-character Han, Kana or Hangul run (`书`).
        case cjkUnigram
        /// An ISBN-10 or ISBN-13 written in any form, as its ISBN-13 digits.
        case isbn
        /// A hyphenated ISSN (`NNNN-NNNX`) as its eight characters, lower-case `x`.
        case issn
    }

    /// The normalised token: lower-case letters and digits only, safe for FTS5 `unicode61`.
    public let text: String
    /// The span of the original text the token was made from (Unicode scalar boundaries).
    public let range: Range<String.Index>
    /// What produced the token.
    public let kind: Kind

    /// A token with its text, source span and kind.
    public init(text: String, range: Range<String.Index>, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
    }

    /// The token's span as UTF-8 offsets into `original` (the text it was made from).
    public func utf8Offsets(in original: String) -> Range<Int> {
        let utf8 = original.utf8
        let lower = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        return lower..<(lower + utf8.distance(from: range.lowerBound, to: range.upperBound))
    }

    /// The token's span as UTF-16 offsets into `original`, for JavaScript and NSRange users.
    public func utf16Offsets(in original: String) -> Range<Int> {
        let utf16 = original.utf16
        let lower = utf16.distance(from: utf16.startIndex, to: range.lowerBound)
        return lower..<(lower + utf16.distance(from: range.lowerBound, to: range.upperBound))
    }
}
