import Foundation
import Sharing
import Testing

/// The 6,835 OpenURLs NYU's resolver received (`/work/shared/data/protocol-samples/openurl/nyu`), read in place.
enum NYUOpenURLs {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/protocol-samples/openurl/nyu")

    /// Whether the shared data is beside the checkout (CI puts it there); the suites are skipped otherwise.
    static var isPresent: Bool { FileManager.default.fileExists(atPath: folder.path) }

    /// Every line of every sample file, in file order, read once.
    static func lines() throws -> [String] {
        try cached.get()
    }

    private static let cached = Result { try read() }

    static func read() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        return try names.sorted().flatMap { name in
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
    }

    /// The first real line containing `fragment`, parsed.
    static func citation(containing fragment: String) throws -> Citation {
        let line = try #require(try lines().first { $0.contains(fragment) }, "no sample line contains \(fragment)")
        return try OpenURLParser.citation(from: line)
    }
}

@Suite(.enabled(if: NYUOpenURLs.isPresent, "needs ../shared/data")) struct EveryNYUOpenURLParsesOrIsRefusedClearly {
    @Test func eachOfTheLinesGivesACitationOrAClearRefusal() throws {
        let lines = try NYUOpenURLs.lines()
        #expect(lines.count == 6_835)
        var parsed: [Citation] = []
        var refusals: [CitationError] = []
        for line in lines {
            do { parsed.append(try OpenURLParser.citation(from: line)) } catch { refusals.append(error) }
        }
        #expect(parsed.count + refusals.count == lines.count)
        #expect(parsed.count >= 6_780, "only \(parsed.count) of \(lines.count) parsed")
        for refusal in refusals {
            guard case .noCitationData(let keys) = refusal else {
                Issue.record("unexpected refusal \(refusal)")
                continue
            }
            #expect(!keys.isEmpty)
        }
        #expect(parsed.allSatisfy { $0.identifiesAWork })
    }

    @Test func readValuesHaveTheirNormalForms() throws {
        for line in try NYUOpenURLs.lines() {
            guard let citation = try? OpenURLParser.citation(from: line) else { continue }
            for issn in [citation.issn, citation.eissn].compactMap({ $0 }) {
                #expect(StandardNumber.issn(issn) == issn, "ISSN \(issn) in \(line)")
            }
            if let isbn = citation.isbn { #expect(StandardNumber.isbn(isbn) == isbn, "ISBN \(isbn) in \(line)") }
            if let doi = citation.doi { #expect(doi.hasPrefix("10.") && doi.contains("/"), "DOI \(doi)") }
            if let year = citation.year { #expect((1000...2999).contains(year)) }
            if let pmid = citation.pmid { #expect(pmid.allSatisfy { $0.isNumber }) }
        }
    }

    @Test func noEscapesOrEntitiesAreLeftInTheText() throws {
        for line in try NYUOpenURLs.lines() {
            guard let citation = try? OpenURLParser.citation(from: line) else { continue }
            let texts =
                [citation.title, citation.articleTitle, citation.publisher, citation.place].compactMap { $0 }
                + citation.authors
            for text in texts {
                #expect(!text.contains("\\u"), "escape left in \(text)")
                #expect(!text.contains("&amp;") && !text.contains("&eacute;"), "entity left in \(text)")
                #expect(text.range(of: "%[0-9A-F]{2}", options: .regularExpression) == nil, "percent left in \(text)")
                #expect(text == text.trimmingCharacters(in: .whitespaces) && !text.contains("  "))
            }
            #expect(citation.notes.allSatisfy { !$0.isEmpty })
        }
    }
}

@Suite(.enabled(if: NYUOpenURLs.isPresent, "needs ../shared/data")) struct SpotChecksOfRealNYUOpenURLs {
    @Test func anEBSCOLinkWithACompactISSNAndDate() throws {
        let citation = try NYUOpenURLs.citation(containing: "issn=17417279&title=Journal%20of%20Design%20History")
        #expect(citation.genre == .article)
        #expect(citation.title == "Journal of Design History")
        #expect(
            citation.articleTitle
                == "Modelling Modular Living: Furniture and Life Magazine and Interior Design in 1980s China")
        #expect(citation.issn == "1741-7279")
        #expect(citation.date == "2022-06-01")
        #expect(citation.volume == "35")
        #expect(citation.issue == "2")
        #expect(citation.startPage == "151")
        #expect(citation.authors == ["Altehenger, J."])
        #expect(citation.sourceID == "EBSCO:Scopus®")
    }

    @Test func aChineseJournalSentAsEscapedUnicode() throws {
        let citation = try NYUOpenURLs.citation(containing: "issn=10090592")
        #expect(citation.title == "法制与社会 / Legal System and Society")
        #expect(citation.articleTitle == "伦理学视域下再婚家庭子女家庭教育中存在的问题及对策研究")
        #expect(citation.authors == ["刘春晓"])
        #expect(citation.issn == "1009-0592")
        #expect(citation.year == 2017)
    }

    @Test func aTitleWithAnUnescapedAmpersandAndTwoLabelledISSNs() throws {
        let citation = try NYUOpenURLs.citation(containing: "atitle=The impact of advertising on social processes")
        #expect(citation.title == "Mind & Society")
        #expect(citation.issn == "1593-7879")
        #expect(citation.eissn == "1860-1839")
        #expect(citation.authors == ["Pavlovskaya, Olga"])
    }

    @Test func aPublisherWithAnHTMLAmpersand() throws {
        let citation = try NYUOpenURLs.citation(containing: "rft.btitle=Splendour+of+Mughal+painting")
        #expect(citation.publisher == "Vakils, Feffer & Simons")
        #expect(citation.lccn == "87901872")
        #expect(citation.genre == .book)
    }

    @Test func aTitleBrokenAtHTMLEntities() throws {
        let citation = try NYUOpenURLs.citation(containing: "atitle=Horror+v&eacute;")
        #expect(
            citation.articleTitle
                == "Horror vérité: politics and history in Jordan Peele's Get Out (2017): Journal of Media & Cultural Studies"
        )
        #expect(citation.title == "Continuum")
        #expect(citation.issn == "1030-4312")
    }

    @Test func wileyListsEveryAuthorAsRepeatedKeys() throws {
        let citation = try NYUOpenURLs.citation(containing: "rft.aulast=Bachtold")
        #expect(citation.authors == ["Bachtold, A.", "Hadley, P.", "Nakanishi, T.", "Dekker, C."])
        #expect(citation.pages == "1317-1320")
        #expect(citation.title == "Science")
    }

    @Test func authorsWithoutGivenNamesKeepTheirPlaces() throws {
        let citation = try NYUOpenURLs.citation(containing: "aulast=George Manuel&aufirst=&aulast=Michael Posluns")
        #expect(Array(citation.authors.prefix(3)) == ["George Manuel", "Michael Posluns", "Vine Deloria, Jr"])
    }

    @Test func aCASLinkWithADOIAndAPMIDInRepeatedIDs() throws {
        let citation = try NYUOpenURLs.citation(containing: "id=pmid:7681359")
        #expect(citation.doi == "10.1016/0008-6215(93)84181-5")
        #expect(citation.pmid == "7681359")
        #expect(citation.title == "Carbohydrate Research")
        #expect(citation.pages == "161-181")
    }

    @Test func aPlaceWithACombiningDiaeresisEscapedTwice() throws {
        let citation = try NYUOpenURLs.citation(containing: "rft.place=Du\\\\u0308sseldorf")
        #expect(citation.place == "Düsseldorf, Germany")
    }

    @Test func aPrimoBookWithLCCNSuffixAndOCLCNumber() throws {
        let citation = try NYUOpenURLs.citation(containing: "rft.lccn=77913014//r862")
        #expect(citation.lccn == "77913014")
        #expect(citation.title == "Treasures of Indian painting from the Maharaja Sawai Man Singh II Museum, Jaipur")
        #expect(citation.place == "Jaipur")
    }

    @Test func aLineCutOffInsideItsOnlyTitleIsRefused() throws {
        let line = try #require(
            try NYUOpenURLs.lines().first { $0.hasSuffix("sid=APA&url_ver=Z39.88-2004&rft.atitle=\\") })
        #expect(throws: CitationError.noCitationData(keys: ["sid", "url_ver", "rft.atitle"])) {
            try OpenURLParser.citation(from: line)
        }
    }
}
