import Catalog
import MARC
import Testing

@testable import Harvesting

/// Simple Dublin Core from archives and museums as MARC 21.
@Suite struct DublinCoreCrosswalkTests {
    static func dc(_ pairs: [(String, String)]) -> DublinCore {
        var dc = DublinCore()
        for (element, value) in pairs { dc.add(element, value) }
        return dc
    }

    @Test func everyElementLandsInItsField() {
        let record = DublinCoreCrosswalk.record(
            from: Self.dc([
                ("title", "苏州园林"), ("title", "Gardens of Suzhou"), ("creator", "Chen, Congzhou"),
                ("creator", "Liu, Dunzhen"), ("contributor", "Suzhou Museum"), ("subject", "Gardens, Chinese"),
                ("publisher", "Tongji University Press"), ("date", "c1998-05"), ("language", "zh"),
                ("identifier", "urn:isbn:9787560818961"), ("identifier", "urn:issn:1234-5679"),
                ("identifier", "https://archive.example/items/7"), ("description", "Photographs and plans."),
                ("rights", "CC BY 4.0"), ("format", "image/jpeg"), ("type", "StillImage"),
            ]), identifier: "oai:museum:7")
        #expect(record.controlValue("001") == "oai:museum:7")
        #expect(record.leader.typeOfRecord == "k" && record.leader.bibliographicLevel == "m")
        #expect(record["245"]?["a"] == "苏州园林" && record["245"]?.indicator1 == "1")
        #expect(record["246"]?["a"] == "Gardens of Suzhou")
        #expect(record["100"]?["a"] == "Chen, Congzhou" && record["700"]?["a"] == "Liu, Dunzhen")
        #expect(record["720"]?["a"] == "Suzhou Museum" && record["720"]?["e"] == "contributor")
        #expect(record["650"]?["a"] == "Gardens, Chinese" && record["650"]?.indicator2 == "4")
        #expect(record["264"]?["b"] == "Tongji University Press" && record["264"]?["c"] == "c1998-05")
        #expect(record["020"]?["a"] == "9787560818961" && record["022"]?["a"] == "1234-5679")
        #expect(record["856"]?["u"] == "https://archive.example/items/7")
        #expect(record["520"]?["a"] == "Photographs and plans." && record["540"]?["a"] == "CC BY 4.0")
        #expect(record["041"]?["a"] == "chi" && record["500"]?["a"] == "Format: image/jpeg")
        let fixed = record.controlValue("008") ?? ""
        #expect(fixed.count == 40 && fixed.dropFirst(6).prefix(5) == "s1998" && fixed.dropFirst(35).prefix(3) == "chi")
    }

    @Test func theRecordRoundTripsThroughTheCatalogueCrosswalk() {
        let record = DublinCoreCrosswalk.record(
            from: Self.dc([("title", "Night Thoughts"), ("creator", "Li, Bai"), ("date", "1923"), ("type", "Text")]),
            identifier: "oai:a:1")
        let back = DublinCore(record)
        #expect(back.values("title") == ["Night Thoughts"])
        #expect(back.values("creator").first?.hasPrefix("Li, Bai") == true)
        #expect(back.values("date").first?.contains("1923") == true)
        #expect(back.values("type") == ["Text"])
    }

    @Test func untitledAndUndatedRecordsStillMakeValidFixedFields() {
        let record = DublinCoreCrosswalk.record(from: Self.dc([("subject", "Letters")]), identifier: "oai:a:2")
        #expect(record["245"]?["a"] == "[Untitled]" && record["245"]?.indicator1 == "0")
        #expect(record.controlValue("008")?.count == 40)
        #expect(record.controlValue("008")?.dropFirst(6).prefix(1) == "n")
    }

    @Test(arguments: [
        ("Collection", "p", "c"), ("MovingImage", "g", "m"), ("Sound", "i", "m"), ("PhysicalObject", "r", "m"),
        ("Dataset", "m", "m"), ("Text", "a", "m"), ("map", "e", "m"),
    ])
    func theLeaderFollowsTheDCMIType(type: String, code: Character, level: Character) {
        let leader = DublinCoreCrosswalk.leader(types: [type])
        #expect(leader.typeOfRecord == code && leader.bibliographicLevel == level)
    }

    @Test func languagesAndYearsAreReadLeniently() {
        #expect(LanguageCode.marc("en-US") == "eng" && LanguageCode.marc("ger") == "ger")
        #expect(LanguageCode.marc("Klingon and others") == nil)
        #expect(DublinCoreCrosswalk.firstYear("[ca. 1850?]") == 1850)
        #expect(DublinCoreCrosswalk.firstYear("12345") == nil)
    }
}
