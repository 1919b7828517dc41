@testable import Catalog

/// The token texts of `text`, the way the tests compare them.
func tokenTexts(_ text: String, _ tokenizer: SearchTokenizer = SearchTokenizer()) -> [String] {
    tokenizer.tokens(text).map(\.text)
}
