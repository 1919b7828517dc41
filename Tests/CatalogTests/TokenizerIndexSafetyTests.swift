import Foundation
import Testing

@testable import Catalog

/// Tokens must pass FTS5 `unicode61` (and PostgreSQL `simple`) unchanged: no separators,
/// nothing left to fold (DESIGN.md §3).
@Suite struct TokenizerEmitsTokensSafeForFTS5 {
    /// True when `token` holds only characters `unicode61` keeps in a token and does not fold.
    static func isSafe(_ token: String) -> Bool {
        !token.isEmpty
            && token.unicodeScalars.allSatisfy { scalar in
                if scalar.isASCII { return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) }
                let properties = scalar.properties
                guard LetterFolding.isWordScalar(scalar) || CJKScript.contains(scalar.value) else { return false }
                return !properties.changesWhenLowercased && !properties.isWhitespace
            }
    }

    @Test func everyBMPCharacterGivesSafeTokens() {
        let tokenizer = SearchTokenizer()
        var unsafe: [String] = []
        for value in UInt32(0x80)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for token in tokenizer.tokens("q\(scalar)q") where !Self.isSafe(token.text) {
                unsafe.append(String(format: "U+%04X → %@", value, token.text))
            }
        }
        #expect(unsafe.isEmpty, "\(unsafe.prefix(20))")
    }

    @Test func indexTextSplitsOnSpacesIntoTheTokens() {
        let text = "Émile Zola, 1840-1902. 紅樓夢 / 曹雪芹著 ; ISBN 0-306-40615-2"
        let tokenizer = SearchTokenizer(indexesCJKUnigrams: false)
        #expect(tokenizer.indexText(text).split(separator: " ").map(String.init) == tokenTexts(text, tokenizer))
    }
}

/// Real vernacular text from LoC 880 fields gives the reviewed tokens.
@Suite struct TokenizerKeepsLoC880Tokens {
    private func lines(_ name: String) throws -> [String] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/tokenizer/\(name)", withExtension: "txt"))
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.isEmpty }
    }

    @Test func indexTextMatchesTheReviewedSample() throws {
        let originals = try lines("loc-880-sample")
        let expected = try lines("loc-880-sample.index")
        #expect(originals.count == expected.count)
        let tokenizer = SearchTokenizer()
        for (original, index) in zip(originals, expected) {
            #expect(tokenizer.indexText(original) == index, "\(original)")
        }
    }

    @Test func everyTokenOfTheSampleIsSafe() throws {
        for line in try lines("loc-880-sample") {
            for token in SearchTokenizer().tokens(line) {
                #expect(TokenizerEmitsTokensSafeForFTS5.isSafe(token.text), "\(token.text) in \(line)")
            }
        }
    }
}
