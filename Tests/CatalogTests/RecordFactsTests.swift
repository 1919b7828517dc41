import Foundation
import MARC
import Testing

@testable import Catalog

@Suite struct RecordFactsKeepWhatResultsShow {
    func record(title: String, author: String) -> Record {
        Record(
            leader: Leader("00000nam a2200000 a 4500"),
            fields: [
                Field(tag: "001", value: "x1"),
                Field(tag: "008", value: "850101s1985    ch a          000 0 chi d"),
                Field(tag: "020", subfields: [Subfield(code: "a", value: "7-02-000220-X")]),
                Field(tag: "050", subfields: [Subfield(code: "a", value: "PL2727.S2")]),
                Field(tag: "100", subfields: [Subfield(code: "a", value: author)]),
                Field(
                    tag: "245", indicator1: "1", indicator2: "4",
                    subfields: [Subfield(code: "a", value: title), Subfield(code: "6", value: "880-01")]),
                Field(
                    tag: "880", subfields: [Subfield(code: "6", value: "245-01"), Subfield(code: "a", value: "紅樓夢")]),
                Field(
                    tag: "650",
                    subfields: [
                        Subfield(code: "a", value: "Chinese fiction"), Subfield(code: "y", value: "Qing dynasty"),
                    ]),
            ])
    }

    @Test func displayJSONSurvivesQuotesControlCharactersAndCJK() throws {
        let tricky = "The \"dream\" \\ of\tthe red\u{1}chamber /"
        let record = record(title: tricky, author: "Cao, Xueqin, 1724?-1763.")
        let facts = RecordFacts(record, summary: BibliographicSummary(record))
        let decoded = try JSONDecoder().decode(RecordFacts.Display.self, from: Data(facts.displayJSON.utf8))
        #expect(decoded == facts.display)
        #expect(decoded.titleOriginal == "紅樓夢")
        #expect(decoded.year == 1985)
        #expect(decoded.isbns == ["9787020002207"])
    }

    @Test func theIndexDocumentPutsFieldsInTheirColumnsAndTheVernacularTitleWithTheTitle() {
        let record = record(title: "The dream of the red chamber", author: "Cao, Xueqin")
        let facts = RecordFacts(record, summary: BibliographicSummary(record))
        let columns = facts.document.columns
        #expect(columns[IndexColumn.title.rawValue].contains("dream"))
        #expect(columns[IndexColumn.title.rawValue].contains("红楼"))  // folded to Simplified
        #expect(columns[IndexColumn.author.rawValue].contains("xueqin"))
        #expect(columns[IndexColumn.subject.rawValue].contains("qing"))
        #expect(columns[IndexColumn.other.rawValue].contains("9787020002207"))
        #expect(facts.classCode == "lcc:PL")
        // Non-filing "The " is dropped from the title key used for sorting and the exact-title boost.
        #expect(facts.titleKey.hasPrefix("dream of the red chamber"))
        #expect(facts.document.tsvectorLiteral.contains("'红楼':"))
    }
}
