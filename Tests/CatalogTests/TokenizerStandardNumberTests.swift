import Testing

@testable import Catalog

/// ISBN and ISSN forms become one token (DESIGN.md §4: ISBNs normalised).
@Suite struct TokenizerNormalisesStandardNumbers {
    @Test(arguments: [
        "0-306-40615-2", "0306406152", "978-0-306-40615-7", "9780306406157", "978 0 306 40615 7",
        "ISBN 0-306-40615-2 (pbk.)", "0‐306‐40615‐2",
    ])
    func everyISBNFormGivesTheISBN13(text: String) {
        let tokens = SearchTokenizer().tokens(text).filter { $0.kind == .isbn }
        #expect(tokens.map(\.text) == ["9780306406157"])
    }

    @Test func readsTheXCheckCharacter() {
        #expect(tokenTexts("080442957X") == tokenTexts("0-8044-2957-X"))
        #expect(tokenTexts("0-8044-2957-X") == ["9780804429573"])
        #expect(tokenTexts("isbn 080442957x") == ["isbn", "9780804429573"])
    }

    @Test func leavesNumbersWithAWrongCheckDigitAsWords() {
        #expect(tokenTexts("0-306-40615-3") == ["0", "306", "40615", "3"])
        #expect(tokenTexts("0306406153") == ["0306406153"])
    }

    @Test func doesNotJoinYearsOrPagesSeparatedBySpaces() {
        #expect(tokenTexts("1990 1991 1992") == ["1990", "1991", "1992"])
        #expect(tokenTexts("xii, 345 p. 24 cm") == ["xii", "345", "p", "24", "cm"])
    }

    @Test func doesNotTakeAnISBNOutOfALongerNumber() {
        #expect(tokenTexts("03064061521") == ["03064061521"])
        #expect(tokenTexts("A0306406152") == ["a0306406152"])
    }

    @Test func givesHyphenatedISSNsTheirEightCharactersAndHalves() {
        #expect(tokenTexts("ISSN 0378-5955") == ["issn", "03785955", "0378", "5955"])
        #expect(tokenTexts("0028-0836") == ["00280836", "0028", "0836"])
        #expect(tokenTexts("2049-369X") == ["2049369x", "2049", "369x"])
    }

    @Test func anUnhyphenatedISSNQueryFindsTheHyphenatedText() {
        let indexed = Set(tokenTexts("Nature. ISSN 0028-0836"))
        #expect(Set(tokenTexts("00280836")).isSubset(of: indexed))
        #expect(Set(tokenTexts("2049-369x")) == Set(tokenTexts("2049-369X")))
    }

    @Test func keepsYearRangesFindableByEitherYear() {
        let tokens = tokenTexts("1950-2010")
        #expect(tokens.contains("1950") && tokens.contains("2010"))
    }
}
