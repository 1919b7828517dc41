import Testing

@testable import Catalog

/// Traditional and Simplified Chinese fold to one form (Unihan kSimplifiedVariant).
@Suite struct HanFoldingMakesTraditionalAndSimplifiedEqual {
    @Test(arguments: [
        ("紅樓夢", "红楼梦"), ("圖書館", "图书馆"), ("臺灣", "台湾"), ("台灣", "台湾"), ("國家圖書館", "国家图书馆"),
        ("聯合目錄", "联合目录"), ("館際互借", "馆际互借"),
    ])
    func traditionalAndSimplifiedGiveTheSameTokens(traditional: String, simplified: String) {
        #expect(tokenTexts(traditional) == tokenTexts(simplified))
    }

    @Test func aTraditionalQueryFindsSimplifiedText() {
        #expect(Set(tokenTexts("紅樓")).isSubset(of: Set(tokenTexts("红楼梦"))))
        #expect(Set(tokenTexts("红楼")).isSubset(of: Set(tokenTexts("紅樓夢"))))
    }

    @Test func leavesCharactersThatAreTheirOwnSimplifiedFormAlone() {
        // Unihan lists 乾 and 著 among their own simplified variants (乾隆, 著作).
        #expect(HanFolding.shared.fold("乾隆著作") == "乾隆著作")
    }

    @Test func foldsOneToManyVariantsToTheFirstListed() {
        #expect(HanFolding.shared.fold("戰線瀋髮發後") == "战线沈发发后")
    }

    @Test func tableHasThousandsOfPairs() {
        #expect(HanFolding.shared.count > 6000)
    }

    @Test func foldedCharactersDoNotFoldAgain() {
        let folding = HanFolding.shared
        for value in UInt32(0x3400)..<0xA000 {
            let folded = folding.fold(value)
            #expect(folding.fold(folded) == folded)
        }
    }
}
