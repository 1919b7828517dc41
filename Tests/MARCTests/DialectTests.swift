import Foundation
import Testing

@testable import MARC

/// Records from a committed fixture under Fixtures/dialect, read with the ISO 2709 reader.
private func dialectFixture(_ name: String) throws -> [Record] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    let data = try Data(contentsOf: root.appendingPathComponent("Fixtures/dialect/\(name)"))
    return Array(ISO2709Reader(bytes: [UInt8](data)))
}

@Suite struct DialectIsDetectedFromTheFieldsUsed {
    @Test func libraryOfCongressRecordsAreMARC21() throws {
        for record in try dialectFixture("loc-880-cjk.mrc") {
            #expect(record.dialect == .marc21)
        }
    }

    @Test func frenchAndItalianUNIMARCRecordsAreUNIMARC() throws {
        let records = try dialectFixture("xbib-periouni-slice.mrc") + dialectFixture("pymarc-testunimarc.marc")
        #expect(records.count == 4)
        for record in records {
            #expect(record.dialect == .unimarc)
        }
    }

    @Test func handBuiltRecordWithOnlyATitleIsMARC21() {
        let record = Record(fields: [Field(tag: "245", subfields: [Subfield(code: "a", value: "Title.")])])
        #expect(record.dialect == .marc21)
    }
}

@Suite struct MARC21SummaryReadsTitlesNamesAndIdentifiers {
    @Test func chineseBookWithVernacularFields() throws {
        let summary = try #require(dialectFixture("loc-880-cjk.mrc").first).summary()
        #expect(summary.title == "Qian long zai yuan : jiao feng hou di Zhongguo")
        #expect(summary.vernacularTitle == "潜龙在渊 : 交锋后的中国")
        #expect(summary.statementOfResponsibility == "He Yiqun zhu")
        #expect(summary.names == ["He, Yiqun"])
        #expect(summary.vernacularNames == ["何轶群"])
        #expect(summary.place == "Beijing")
        #expect(summary.publisher == "Hong qi chu ban she")
        #expect(summary.year == 1998)
        #expect(summary.dateText == "1998")
        #expect(summary.edition == "Beijing di 1 ban")
        #expect(summary.isbns == ["9787505102323"])
        #expect(summary.lccn == "00290669")
        #expect(summary.languages == ["chi"])
        #expect(summary.classifications.contains(Classification(scheme: .lcc, number: "HC427.92 .H5917 1998")))
        #expect(summary.classifications.contains(Classification(scheme: .ddc, number: "338.951")))
        #expect(summary.subjects == ["China -- Economic policy -- 1976-2000", "Economic Forecasting -- China"])
        #expect(summary.series == ["Ju long san bu qu ; 1"])
        #expect(summary.extent == "2 v. (10, 764 p.)")
        #expect(summary.format == .book)
    }

    @Test func koreanBookWithTwoISBNsAndSeriesAddedEntry() throws {
        let summary = try dialectFixture("loc-880-cjk.mrc")[2].summary()
        #expect(summary.isbns == ["9788932210728", "9788932210902"])
        #expect(summary.languages == ["kor"])  // 041 $b (summary language) is not a text language
        #expect(summary.names == ["Zang, Hyoungsoo, 1960-", "Yi, Chʻang-jae, 1952-", "Pak, Yŏng-gon, 1972-"])
        #expect(summary.vernacularNames == ["李　昌在, 1952-", "朴　映坤, 1972-"])
        #expect(summary.vernacularTitle == "統一　對備　국제　협력　과제 : 國際　金融　機構　활용　방안　을　중심　으로")
        #expect(summary.series.count == 2)
    }

    @Test func oclcNumbersAndCLCClassification() {
        let record = Record(fields: [
            Field(tag: "008", value: "000321s1998    cc       b    000 0 chi d"),
            Field(tag: "035", subfields: [Subfield(code: "a", value: "(OCoLC)ocm00012345")]),
            Field(tag: "035", subfields: [Subfield(code: "a", value: "(OCoLC)on1234567890")]),
            Field(tag: "035", subfields: [Subfield(code: "a", value: "(CStRLIN)DCLP00-B3911")]),
            Field(tag: "084", subfields: [Subfield(code: "a", value: "F123.16"), Subfield(code: "2", value: "clc")]),
            Field(tag: "245", subfields: [Subfield(code: "a", value: "中国经济 /"), Subfield(code: "c", value: "何.")]),
            Field(tag: "264", indicator2: "1", subfields: [Subfield(code: "c", value: "[2003?]")]),
        ])
        let summary = record.summary()
        #expect(summary.oclcNumbers == ["12345", "1234567890"])
        #expect(summary.classifications == [Classification(scheme: .clc, number: "F123.16")])
        #expect(summary.title == "中国经济")
        #expect(summary.year == 1998)
        #expect(summary.dateText == "[2003?]")
    }

    @Test func yearFallsBackToImprintWhen008HasUnknownDigits() {
        let record = Record(fields: [
            Field(tag: "008", value: "000321s19uu    cc       b    000 0 chi d"),
            Field(tag: "260", subfields: [Subfield(code: "c", value: "c1987.")]),
        ])
        #expect(record.summary().year == 1987)
    }

    @Test func formatComesFromLeader() {
        func format(_ leader: String) -> BibliographicFormat {
            Record(leader: Leader(leader)).summary(dialect: .marc21).format
        }
        #expect(format("00000nas a2200000 a 4500") == .serial)
        #expect(format("00000ncm a2200000 a 4500") == .musicScore)
        #expect(format("00000nem a2200000 a 4500") == .map)
        #expect(format("00000njm a2200000 a 4500") == .soundRecording)
        #expect(format("00000ngm a2200000 a 4500") == .video)
        #expect(format("00000nmm a2200000 a 4500") == .electronicResource)
        #expect(format("00000ntm a2200000 a 4500") == .manuscript)
        #expect(format("00000npcaa2200000 a 4500") == .archivalMaterial)
    }
}

@Suite struct UNIMARCSummaryReadsTheSameFacts {
    @Test func italianMonographFromSBN() throws {
        let summary = try #require(dialectFixture("pymarc-testunimarc.marc").first).summary()
        #expect(summary.dialect == .unimarc)
        #expect(summary.title == "L'altra faccia della spirale")
        #expect(summary.statementOfResponsibility?.hasPrefix("Isaac Asimov ; traduzione di Cesare Scaglia") == true)
        #expect(summary.names.first == "Asimov, Isaac")
        #expect(summary.names.contains("Fruttero, Carlo"))
        #expect(summary.place == "Milano")
        #expect(summary.publisher == "A. Mondadori")
        #expect(summary.year == 1996)
        #expect(summary.isbns == ["9788804406822"])
        #expect(summary.languages == ["ita"])
        #expect(summary.extent == "V, 201 p.")
        #expect(summary.series == ["Bestsellers 641", "Il ciclo delle fondazioni 4"])
        #expect(summary.format == .book)
    }

    @Test func frenchSerialWithISSN() throws {
        let records = try dialectFixture("xbib-periouni-slice.mrc")
        let summary = records[1].summary()
        #expect(summary.title == "20 century British history")
        #expect(summary.issns == ["0955-2359"])
        #expect(summary.year == 1990)
        #expect(summary.place == "Oxford")
        #expect(summary.publisher == "Oxford University Press")
        #expect(summary.dateText == "1990-")
        #expect(summary.subjects == ["Grande-Bretagne -- 20e siècle -- Périodiques"])
        #expect(summary.format == .serial)
        #expect(records[0].summary().year == 2001)
        #expect(records[0].summary().names == ["Etats-Unis Department of the Treasury"])
    }

    @Test func chineseLibraryClassificationIn686() {
        let record = Record(fields: [
            Field(tag: "100", subfields: [Subfield(code: "a", value: "20050101d2004    em y0chiy0110    ea")]),
            Field(
                tag: "200", indicator1: "1",
                subfields: [
                    Subfield(code: "a", value: "红楼梦"), Subfield(code: "f", value: "曹雪芹著"),
                ]),
            Field(tag: "686", subfields: [Subfield(code: "a", value: "I242.4"), Subfield(code: "2", value: "CLC")]),
            Field(tag: "676", subfields: [Subfield(code: "a", value: "895.1348")]),
            Field(tag: "701", indicator2: "0", subfields: [Subfield(code: "a", value: "曹雪芹")]),
        ])
        let summary = record.summary()
        #expect(summary.dialect == .unimarc)
        #expect(summary.year == 2004)
        #expect(summary.names == ["曹雪芹"])
        #expect(
            summary.classifications == [
                Classification(scheme: .clc, number: "I242.4"), Classification(scheme: .ddc, number: "895.1348"),
            ])
    }
}

@Suite struct ISBNsAreCleanedCheckedAndWidened {
    @Test func qualifiersAndHyphensAreStripped() {
        #expect(ISBN.normalised("0-19-852663-6 (pbk.)") == "0198526636")
        #expect(ISBN.normalised("ISBN 978-7-5016-0412-1 : ¥25.00") == "9787501604121")
        #expect(ISBN.normalised("750510232X (set)") == "750510232X")
        #expect(ISBN.normalised("88-04-40682-8") == "8804406828")
        #expect(ISBN.normalised("(pbk.)") == nil)
        #expect(ISBN.normalised("12345") == nil)
    }

    @Test func checkDigitsAreVerified() {
        #expect(ISBN.isValid("0198526636"))
        #expect(!ISBN.isValid("0198526637"))
        #expect(ISBN.isValid("9780198526636"))
        #expect(!ISBN.isValid("9780198526635"))
        #expect(ISBN.isValid("080442957X"))
    }

    @Test func isbn10BecomesIsbn13AndBack() {
        #expect(ISBN.isbn13("0-19-852663-6") == "9780198526636")
        #expect(ISBN.isbn13("080442957X") == "9780804429573")
        #expect(ISBN.isbn13("0198526637") == nil)
        #expect(ISBN.isbn10("9780804429573") == "080442957X")
        #expect(ISBN.isbn10("9791034900130") == nil)
    }
}

@Suite struct ISSNsAreFormattedAndChecked {
    @Test func normalisedToNNNNDashNNNX() {
        #expect(ISSN.normalised("0028-0836 (print)") == "0028-0836")
        #expect(ISSN.normalised("00280836") == "0028-0836")
        #expect(ISSN.normalised("2434-561x") == "2434-561X")
        #expect(ISSN.normalised("123") == nil)
    }

    @Test func checkDigit() {
        #expect(ISSN.isValid("0028-0836"))
        #expect(ISSN.isValid("0955-2359"))
        #expect(ISSN.isValid("2434-561X"))
        #expect(!ISSN.isValid("0028-0837"))
    }
}

@Suite struct RecordTitleMatchesTheSummarysTitle {
    @Test func marc21AndUnimarcTitles() {
        let marc21 = Record(
            leader: Leader("00000nam a2200000 a 4500"),
            fields: [
                Field(tag: "008", value: "200101s2020    ch a          000 0 chi d"),
                Field(
                    tag: "245", indicator1: "1", indicator2: "0",
                    subfields: [
                        Subfield(code: "a", value: "Hong lou meng :"), Subfield(code: "b", value: "a novel /"),
                        Subfield(code: "c", value: "Cao Xueqin."),
                    ]),
            ])
        #expect(marc21.title() == BibliographicSummary(marc21).title)
        #expect(marc21.title() == "Hong lou meng : a novel")
        let unimarc = Record(
            leader: Leader("00000nam  2200000   4500"),
            fields: [
                Field(tag: "100", subfields: [Subfield(code: "a", value: "20200101d2020    m  y0chiy50      ea")]),
                Field(
                    tag: "200", indicator1: "1",
                    subfields: [Subfield(code: "a", value: "红楼梦"), Subfield(code: "e", value: "小说")]),
            ])
        #expect(unimarc.title(dialect: .unimarc) == BibliographicSummary(unimarc, dialect: .unimarc).title)
        #expect(unimarc.title(dialect: .unimarc) == "红楼梦 : 小说")
    }
}
