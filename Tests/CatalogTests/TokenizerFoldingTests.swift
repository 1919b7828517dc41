import Testing

@testable import Catalog

/// Case, diacritic and compatibility folding (DESIGN.md §4: NFKC, case and diacritic folding).
@Suite struct TokenizerFoldsCaseDiacriticsAndWidth {
    @Test func lowerCasesEveryScript() {
        #expect(tokenTexts("Library OF Congress") == ["library", "of", "congress"])
        #expect(tokenTexts("ΒΙΒΛΙΟΘΗΚΗ Москва") == ["βιβλιοθηκη", "москва"])
    }

    @Test func removesDiacriticsWhetherComposedOrNot() {
        #expect(tokenTexts("Émile Zola à Genève") == ["emile", "zola", "a", "geneve"])
        #expect(tokenTexts("Übersetzung e\u{0301}cole") == ["ubersetzung", "ecole"])
        #expect(tokenTexts("Nguyễn Dư Thị") == ["nguyen", "du", "thi"])
    }

    @Test func foldsLettersWithoutDecomposition() {
        #expect(
            tokenTexts("Straße Łódź Søren Đaković Æsop œuvre Þór") == [
                "strasse", "lodz", "soren", "dakovic", "aesop", "oeuvre", "thor",
            ])
    }

    @Test func appliesNFKCToFullWidthAndLigatures() {
        #expect(tokenTexts("ＡＢＣ１２３") == ["abc123"])
        #expect(tokenTexts("ﬁnal ﬂow ² ①") == ["final", "flow", "2", "1"])
        #expect(tokenTexts("ｶﾀｶﾅ") == tokenTexts("カタカナ"))
    }

    @Test func dropsRomanisationMarksInsideWords() {
        #expect(tokenTexts("Qurʼān ʻAlī") == ["quran", "ali"])
        #expect(tokenTexts("Bib\u{00AD}liothek") == ["bibliothek"])
    }

    @Test func turnsDecimalDigitsOfAnyScriptIntoASCII() {
        #expect(tokenTexts("١٩٩٥ ۲۰۰۱ १९४७") == ["1995", "2001", "1947"])
    }
}

/// What counts as one token: letters and digits, split at punctuation.
@Suite struct TokenizerSplitsAtPunctuation {
    @Test func splitsAtPunctuationAndSymbols() {
        #expect(tokenTexts("Smith, John, 1950-2010.") == ["smith", "john", "1950", "2010"])
        #expect(tokenTexts("O'Brien’s rock-and-roll") == ["o", "brien", "s", "rock", "and", "roll"])
    }

    @Test func splitsDecimalNumbersLikeFTS5Would() {
        #expect(tokenTexts("version 3.14, 1,000 copies") == ["version", "3", "14", "1", "000", "copies"])
    }

    @Test func keepsLettersAndDigitsTogether() {
        #expect(tokenTexts("2nd ed. MP3 B12") == ["2nd", "ed", "mp3", "b12"])
    }

    @Test func keepsProgrammingLanguageNames() {
        #expect(tokenTexts("C++ and C# for F# users") == ["cplusplus", "and", "csharp", "for", "fsharp", "users"])
        #expect(tokenTexts("A+ grades, item #3") == ["a", "grades", "item", "3"])
    }

    @Test func yieldsNothingForEmptyOrPunctuationOnlyText() {
        #expect(tokenTexts("").isEmpty)
        #expect(tokenTexts(" -- / ; : !? ").isEmpty)
    }
}
