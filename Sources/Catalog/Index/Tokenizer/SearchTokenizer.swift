/// Turns catalogue text and search queries into the same normalised tokens (DESIGN.md §4).
///
/// Each scalar is folded by NFKC, canonical decomposition with all combining marks dropped
/// (é → e, ü → u, and likewise in every script), lower case, and a few letter foldings
/// (ß → ss, ł → l, ø → o, æ → ae); decimal digits of any script become ASCII digits.
/// Tokens are then:
/// - words: maximal runs of letters and digits, so punctuation splits (`3.14` → `3` `14`,
///   `O'Brien` → `o` `brien`); a one-letter word followed by `++` or `#` keeps it as
///   `cplusplus` / `csharp`;
/// - Han, Kana and Hangul runs as overlapping bigrams (`红楼梦` → `红楼` `楼梦`), a one-character
///   run as that character, with Traditional characters folded to Simplified first;
/// - ISBN-10 and ISBN-13 in any written form as the ISBN-13 digits; hyphenated ISSNs as
///   `nnnnnnnx` followed by the two halves.
///
/// Tokens hold only lower-case letters and digits that SQLite FTS5's `unicode61` tokenizer
/// (`remove_diacritics 2`) keeps as they are and PostgreSQL's `simple` configuration keeps
/// whole, so `indexText` can be stored in both and they find the same records.
public struct SearchTokenizer: Sendable {
    /// Whether `indexText` appends every character of multi-character CJK runs as unigrams,
    /// after all other tokens, so a one-character query finds it (see `indexText`).
    public var indexesCJKUnigrams: Bool

    /// A tokenizer; `indexesCJKUnigrams` defaults to true.
    public init(indexesCJKUnigrams: Bool = true) {
        self.indexesCJKUnigrams = indexesCJKUnigrams
    }

    /// The tokens of `text` in order, with their spans in `text`; used for queries and highlighting.
    ///
    /// A query of one CJK character gives that character; of two, one bigram; of more, the
    /// bigrams that the search matches as a phrase.
    public func tokens(_ text: String) -> [SearchToken] {
        var scanner = TokenScanner(text, sink: TokenListSink())
        scanner.scan()
        return scanner.sink.tokens
    }

    /// The tokens of `text` as one space-separated string for FTS5 and `tsvector`.
    ///
    /// With `indexesCJKUnigrams`, the distinct characters of CJK runs of two or more follow the
    /// other tokens, so phrase matching of bigrams is undisturbed while `书` alone still matches
    /// `图书馆`.
    public func indexText(_ text: String) -> String {
        let sink = IndexTextSink(capacity: text.utf8.count + 16, collectsRunCharacters: indexesCJKUnigrams)
        var scanner = TokenScanner(text, sink: sink)
        scanner.scan()
        return scanner.sink.finish()
    }

    /// `indexText` for several values (the subfields of one index field), joined by spaces.
    public func indexText<Values: Sequence<String>>(joining values: Values) -> String {
        indexText(values.joined(separator: " "))
    }

    /// Builds the folding tables now rather than on the first call (about 30 ms), e.g. at start-up.
    public static func prepare() {
        _ = ScalarFolding.shared
        _ = HanFolding.shared
    }
}
