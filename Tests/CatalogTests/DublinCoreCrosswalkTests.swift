import MARC
import Testing

@testable import Catalog

@Suite struct DublinCoreCrosswalkFollowsTheLibraryOfCongressMapping {
    let marc21 = Record(
        leader: Leader("00000nam a2200000 a 4500"),
        fields: [
            Field(tag: "001", value: "x1"),
            Field(tag: "008", value: "850101s1985    ch a          000 0 chi d"),
            Field(tag: "010", subfields: [Subfield(code: "a", value: "   85123456 ")]),
            Field(tag: "020", subfields: [Subfield(code: "a", value: "7-02-000220-X")]),
            Field(tag: "100", subfields: [Subfield(code: "a", value: "Cao, Xueqin, 1724?-1763.")]),
            Field(
                tag: "245", indicator1: "1", indicator2: "4",
                subfields: [
                    Subfield(code: "a", value: "The story of the stone /"),
                    Subfield(code: "c", value: "Cao Xueqin ; translated by David Hawkes."),
                    Subfield(code: "6", value: "880-01"),
                ]),
            Field(tag: "880", subfields: [Subfield(code: "6", value: "245-01"), Subfield(code: "a", value: "紅樓夢")]),
            Field(
                tag: "260",
                subfields: [
                    Subfield(code: "a", value: "Beijing :"), Subfield(code: "b", value: "Ren min wen xue,"),
                    Subfield(code: "c", value: "1985."),
                ]),
            Field(tag: "300", subfields: [Subfield(code: "a", value: "3 v. ;")]),
            Field(tag: "650", subfields: [Subfield(code: "a", value: "Chinese fiction")]),
        ])

    @Test func aMARC21BookGivesTitleCreatorSubjectPublisherDateTypeIdentifiers() {
        let dc = DublinCore(marc21)
        #expect(dc.values("title").first == "The story of the stone")
        #expect(dc.values("title").contains("紅樓夢"))
        #expect(dc.values("creator").first?.hasPrefix("Cao, Xueqin") == true)
        #expect(dc.values("subject") == ["Chinese fiction"])
        #expect(dc.values("publisher") == ["Beijing : Ren min wen xue"])
        #expect(dc.values("type") == ["Text"])
        #expect(dc.values("language") == ["chi"])
        #expect(dc.values("identifier").contains("urn:isbn:9787020002207"))
        #expect(dc.values("identifier").contains("info:lccn/85123456"))
        #expect(dc.values("format").first?.hasPrefix("3 v.") == true)
        #expect(dc.values("date").isEmpty == false)
    }

    @Test func pairsComeInElementOrderWithoutEmptyValuesOrRepeats() {
        var dc = DublinCore()
        dc.add("subject", "Maps")
        dc.add("title", " Atlas ")
        dc.add("title", "Atlas")
        dc.add("creator", "  ")
        dc.add("creator", nil)
        #expect(dc.pairs.map(\.element) == ["title", "subject"])
        #expect(dc.values("title") == ["Atlas"])
    }

    @Test func aUNIMARCRecordGivesTheSameElements() {
        let unimarc = Record(
            leader: Leader("00000nam0 2200000   450 "),
            fields: [
                Field(tag: "001", value: "u1"),
                Field(tag: "010", subfields: [Subfield(code: "a", value: "7-02-000220-X")]),
                Field(tag: "100", subfields: [Subfield(code: "a", value: "19850101d1985    em y0chiy0110    ea")]),
                Field(tag: "101", subfields: [Subfield(code: "a", value: "chi")]),
                Field(tag: "200", indicator1: "1", subfields: [Subfield(code: "a", value: "红楼梦")]),
                Field(
                    tag: "210",
                    subfields: [
                        Subfield(code: "a", value: "北京"), Subfield(code: "c", value: "人民文学出版社"),
                        Subfield(code: "d", value: "1985"),
                    ]),
                Field(tag: "606", subfields: [Subfield(code: "a", value: "章回小说")]),
                Field(tag: "701", subfields: [Subfield(code: "a", value: "曹雪芹")]),
            ])
        let dc = DublinCore(unimarc)
        #expect(dc.values("title") == ["红楼梦"])
        #expect(dc.values("creator") == ["曹雪芹"])
        #expect(dc.values("subject") == ["章回小说"])
        #expect(dc.values("publisher") == ["北京 : 人民文学出版社"])
        #expect(dc.values("identifier").contains("urn:isbn:9787020002207"))
        #expect(dc.values("language") == ["chi"])
    }
}
