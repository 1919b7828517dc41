import Testing

@testable import Catalog

/// Token spans point back into the original text, for highlighting.
@Suite struct TokenizerOffsetsMapBackToTheOriginalText {
    private func spans(_ text: String) -> [String] {
        SearchTokenizer().tokens(text).map { String(text[$0.range]) }
    }

    @Test func wordSpansCoverTheOriginalSpelling() {
        #expect(spans("Émile ZOLA, Ｔｏｋｙｏ") == ["Émile", "ZOLA", "Ｔｏｋｙｏ"])
        #expect(spans("Cafe\u{0301} Qurʼān") == ["Cafe\u{0301}", "Qurʼān"])
    }

    @Test func bigramSpansCoverTheirTwoTraditionalCharacters() {
        #expect(spans("《紅樓夢》") == ["紅樓", "樓夢"])
        #expect(spans("𠀀𠀁 a") == ["𠀀𠀁", "a"])
    }

    @Test func standardNumberSpansCoverTheWrittenForm() {
        #expect(spans("ISBN 0-306-40615-2 (pbk.)") == ["ISBN", "0-306-40615-2", "pbk"])
        #expect(spans("ISSN 0378-5955") == ["ISSN", "0378-5955", "0378", "5955"])
        #expect(spans("C++ primer") == ["C++", "primer"])
    }

    @Test func utf8AndUTF16OffsetsAgreeWithTheRange() {
        let text = "红楼梦 Émile 𠀀𠀁"
        for token in SearchTokenizer().tokens(text) {
            let utf8 = token.utf8Offsets(in: text)
            let bytes = Array(text.utf8)[utf8]
            #expect(String(decoding: bytes, as: UTF8.self) == String(text[token.range]))
            let utf16 = token.utf16Offsets(in: text)
            let units = Array(text.utf16)[utf16]
            #expect(String(decoding: units, as: UTF16.self) == String(text[token.range]))
        }
    }
}
