import Testing

@testable import Catalog

/// Han, Kana and Hangul runs as overlapping bigrams (DESIGN.md §4).
@Suite struct TokenizerCutsCJKRunsIntoBigrams {
    @Test func cutsHanRunsIntoOverlappingBigrams() {
        #expect(tokenTexts("红楼梦") == ["红楼", "楼梦"])
        #expect(tokenTexts("中国图书馆分类法") == ["中国", "国图", "图书", "书馆", "馆分", "分类", "类法"])
    }

    @Test func keepsAOneCharacterRunAsItself() {
        #expect(tokenTexts("书") == ["书"])
        #expect(tokenTexts("王 / 著") == ["王", "著"])
    }

    @Test func breaksRunsAtPunctuation() {
        #expect(tokenTexts("红楼梦。三国演义") == ["红楼", "楼梦", "三国", "国演", "演义"])
        #expect(tokenTexts("《论语》") == ["论语"])
    }

    @Test func queryBigramsAreFoundInTheIndexedTitle() {
        let indexed = Set(tokenTexts("红楼梦研究"))
        for query in ["红楼", "楼梦", "红楼梦", "梦研究"] {
            #expect(Set(tokenTexts(query)).isSubset(of: indexed), "\(query)")
        }
    }

    @Test func cutsJapaneseKanaAndKanji() {
        #expect(tokenTexts("ひらがな") == ["ひら", "らが", "がな"])
        #expect(tokenTexts("東京の図書館") == ["东京", "京の", "の図", "図书", "书馆"])
        #expect(tokenTexts("コンピューター") == ["コン", "ンピ", "ピュ", "ュー", "ータ", "ター"])
    }

    @Test func cutsKoreanHangul() {
        #expect(tokenTexts("한국어 도서관") == ["한국", "국어", "도서", "서관"])
        #expect(tokenTexts("책") == ["책"])
    }

    @Test func separatesScriptsInMixedText() {
        #expect(tokenTexts("Python编程入门 2nd ed.") == ["python", "编程", "程入", "入门", "2nd", "ed"])
        #expect(tokenTexts("第2版") == ["第", "2", "版"])
    }

    @Test func ignoresVariationSelectorsInsideARun() {
        #expect(tokenTexts("葛\u{E0100}城") == ["葛城"])
    }
}

/// `indexText` for FTS5 and tsvector, with the unigram appendix for one-character queries.
@Suite struct TokenizerWritesIndexText {
    @Test func joinsTokensWithSpaces() {
        #expect(SearchTokenizer().indexText("The Red Chamber: 紅樓夢") == "the red chamber 红楼 楼梦 红 楼 梦")
    }

    @Test func appendsEachRunCharacterOnce() {
        #expect(SearchTokenizer().indexText("图书 图书馆") == "图书 图书 书馆 图 书 馆")
    }

    @Test func leavesUnigramsOutWhenAsked() {
        let tokenizer = SearchTokenizer(indexesCJKUnigrams: false)
        #expect(tokenizer.indexText("图书馆 书") == "图书 书馆 书")
    }

    @Test func findsOneCharacterQueriesThroughTheAppendix() {
        let indexed = SearchTokenizer().indexText("红楼梦").split(separator: " ").map(String.init)
        #expect(indexed.contains(tokenTexts("楼")[0]))
    }
}
