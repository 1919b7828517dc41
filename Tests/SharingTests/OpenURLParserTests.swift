import Foundation
import Sharing
import Testing

@Suite struct OpenURL10KEVIsRead {
    @Test func aJournalArticleWithIdentifiersInRftID() throws {
        let citation = try OpenURLParser.citation(
            from: "https://resolver.example.edu/openurl?url_ver=Z39.88-2004&ctx_ver=Z39.88-2004"
                + "&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&rft.genre=article"
                + "&rft.atitle=Informed+consent+and+the+geriatric+dental+patient&rft.jtitle=Special+Care+in+Dentistry"
                + "&rft.aulast=Smith&rft.aufirst=Jane&rft.issn=0275-1879&rft.date=1992&rft.volume=12&rft.issue=5"
                + "&rft.spage=202&rft.epage=206&rft_id=info%3Adoi%2F10.1111%2Fj.1754-4505.1992.tb00448.x"
                + "&rft_id=info:pmid/1398960&rfr_id=info:sid/wiley")
        #expect(citation.genre == .article)
        #expect(citation.title == "Special Care in Dentistry")
        #expect(citation.articleTitle == "Informed consent and the geriatric dental patient")
        #expect(citation.authors == ["Smith, Jane"])
        #expect(citation.issn == "0275-1879")
        #expect(citation.doi == "10.1111/j.1754-4505.1992.tb00448.x")
        #expect(citation.pmid == "1398960")
        #expect(citation.year == 1992)
        #expect(citation.pages == "202-206")
        #expect(citation.sourceID == "wiley")
        #expect(citation.notes.isEmpty)
    }

    @Test func aBookWithOCLCAndISBNIdentifiers() throws {
        let citation = try OpenURLParser.citation(
            from: "url_ver=Z39.88-2004&rft_val_fmt=info:ofi/fmt:kev:mtx:book&rft.btitle=A+transpersonal+model"
                + "&rft.au=Crowe,+Barbara+J&rft.pub=Barcelona+Publishers&rft.place=Dallas,+TX&rft.edition=2nd+ed."
                + "&rft_id=urn:isbn:978-1-945411-27-4&rft_id=info:oclcnum/(OCoLC)0012345&rft.lccn=85-2")
        #expect(citation.genre == .book)
        #expect(citation.title == "A transpersonal model")
        #expect(citation.authors == ["Crowe, Barbara J"])
        #expect(citation.isbn == "9781945411274")
        #expect(citation.oclcNumber == "12345")
        #expect(citation.lccn == "85000002")
        #expect(citation.publisher == "Barcelona Publishers")
        #expect(citation.place == "Dallas, TX")
        #expect(citation.edition == "2nd ed.")
    }

    @Test func aChapterIsABookFormatWithAnArticleTitle() throws {
        let citation = try OpenURLParser.citation(
            from:
                "?rft_val_fmt=info:ofi/fmt:kev:mtx:book&rft.btitle=Handbook&rft.atitle=Chapter+One&rft.isbn=0192832360")
        #expect(citation.genre == .chapter)
        #expect(citation.title == "Handbook")
        #expect(citation.articleTitle == "Chapter One")
    }
}

@Suite struct OpenURL01IsRead {
    @Test func theClassicKeysFillTheCitation() throws {
        let citation = try OpenURLParser.citation(
            from: "http://getit.example.edu/resolve?sid=google&genre=article&aulast=Bandura&aufirst=A"
                + "&atitle=Reflections+on+self-efficacy&title=Advances+in+behaviour+research+and+therapy"
                + "&issn=0146-6402&volume=1&issue=4&date=1978&spage=237&id=doi:10.1016/0146-6402(78)90012-7"
                + "&pid=<authfull>Bandura</authfull>")
        #expect(citation.genre == .article)
        #expect(citation.authors == ["Bandura, A"])
        #expect(citation.title == "Advances in behaviour research and therapy")
        #expect(citation.doi == "10.1016/0146-6402(78)90012-7")
        #expect(citation.startPage == "237")
        #expect(citation.sourceID == "google")
        #expect(citation.privateData == "<authfull>Bandura</authfull>")
    }

    @Test func a01BookItemIsAChapter() throws {
        let citation = try OpenURLParser.citation(from: "genre=bookitem&isbn=9780190280390&title=Our+Lady&atitle=Part")
        #expect(citation.genre == .chapter)
        #expect(citation.isbn == "9780190280390")
    }

    @Test func versionOneValuesWinOverVersionZeroPointOneValues() throws {
        let citation = try OpenURLParser.citation(from: "title=Old&rft.jtitle=New&issn=00224537&rft.date=2013")
        #expect(citation.title == "New")
        #expect(citation.issn == "0022-4537")
    }
}

@Suite struct MessyOpenURLsAreRepaired {
    @Test func aDoubledQuestionMarkIsIgnored() throws {
        let citation = try OpenURLParser.citation(
            from: "getit.example.edu/resolve??sid=oup&genre=article&atitle=X&title=Y")
        #expect(citation.title == "Y")
        #expect(citation.sourceID == "oup")
    }

    @Test func aQuestionMarkInsideAQueryBelongsToItsValue() throws {
        let citation = try OpenURLParser.citation(from: "atitle=What+is+life?&title=Nature&issn=0028-0836")
        #expect(citation.articleTitle == "What is life?")
        #expect(citation.title == "Nature")
    }

    @Test func anUnescapedAmpersandStaysInsideItsValue() throws {
        let citation = try OpenURLParser.citation(
            from: "atitle=Between horror and boredom&jtitle=Mind & Society=&title=Mind & Society="
                + "&genre=dissertations+&+theses=&issn=1860-1839(ELECTRONIC),15937879(PRINT)")
        #expect(citation.title == "Mind & Society")
        #expect(citation.issn == "1593-7879")
        #expect(citation.eissn == "1860-1839")
        #expect(citation.genre == .other)
    }

    @Test func htmlEntitiesAndAmpersandsWrittenAsAmpAreDecoded() throws {
        let citation = try OpenURLParser.citation(
            from: "rft.btitle=Splendour&rft.pub=Vakils,+Feffer+&amp;+Simons=&amp;rft.place=Bombay"
                + "&atitle=Horror+v&eacute;rit=&eacute;:+politics")
        #expect(citation.publisher == "Vakils, Feffer & Simons")
        #expect(citation.place == "Bombay")
        #expect(citation.articleTitle == "Horror vérité: politics")
    }

    @Test func latin1BytesAreReadAndNoted() throws {
        let citation = try OpenURLParser.citation(from: "genre=book&title=Caf%E9+M%FCller&isbn=0192832360")
        #expect(citation.title == "Café Müller")
        #expect(citation.notes == ["title: bytes that are not UTF-8 were read as Latin-1"])
        let declared = try OpenURLParser.citation(from: "ctx_enc=info:ofi/enc:ISO-8859-1&rft.btitle=%C9mile")
        #expect(declared.title == "Émile")
        #expect(declared.notes.isEmpty)
    }

    @Test func utf8ReadAsLatin1IsRepaired() throws {
        let citation = try OpenURLParser.citation(from: "rft.jtitle=Caf%C3%83%C2%A9+society")
        #expect(citation.title == "Café society")
        #expect(citation.notes == ["rft.jtitle: UTF-8 that had been read as Latin-1 was repaired"])
    }

    @Test func escapesLeftByLogDumpsAreDecoded() throws {
        let citation = try OpenURLParser.citation(
            from: "title=\\u6cd5\\u5236\\u4e0e\\u793e\\u4f1a&rft.place=Du\\\\u0308sseldorf"
                + "&atitle=Parent\\\\u2013adolescent \\uD83D\\uDE00&au=D\\\\'haeseleer")
        #expect(citation.title == "法制与社会")
        #expect(citation.place == "Düsseldorf")
        #expect(citation.articleTitle == "Parent–adolescent 😀")
        #expect(citation.authors == ["D'haeseleer"])
    }

    @Test func aValueCutOffInsideAnEscapeIsNoted() throws {
        let citation = try OpenURLParser.citation(from: "issn=00778958&atitle=Hans Memling's \\\\")
        #expect(citation.articleTitle == "Hans Memling's")
        #expect(citation.notes == ["atitle: the value ends in a cut-off escape; the rest is lost"])
    }

    @Test func compactISSNsAndDatesAreNormalised() throws {
        let citation = try OpenURLParser.citation(from: "genre=article&issn=17417279&date=20220601&atitle=A")
        #expect(citation.issn == "1741-7279")
        #expect(citation.date == "2022-06-01")
        #expect(citation.year == 2022)
        #expect(try OpenURLParser.citation(from: "issn=1234-5679&date=2015-6-1").date == "2015-06-01")
        #expect(try OpenURLParser.citation(from: "issn=1234-5679&date=20170100").date == "2017-01")
        #expect(try OpenURLParser.citation(from: "issn=1234-5679&date=20170000").date == "2017")
    }

    @Test func whatCannotBeReadIsTold() throws {
        let citation = try OpenURLParser.citation(
            from: "title=T&issn=edsupa&isbn=123&date=nd(n.d.)&=orphan&rft.bxid=7&title=Other")
        #expect(citation.issn == nil)
        #expect(
            citation.notes == [
                "a value without a key was skipped: orphan",
                "title is given twice; the first value was used, not \"Other\"",
                "issn \"edsupa\" is not a valid ISSN", "isbn \"123\" is not a valid ISBN",
                "date \"nd(n.d.)\" has no year", "unrecognised keys ignored: rft.bxid",
            ])
    }

    @Test func repeatedAuthorKeysNameSeveralAuthors() throws {
        let citation = try OpenURLParser.citation(
            from: "rft.jtitle=Science&rft.aufirst=A.&rft.aulast=Bachtold&rft.aufirst=P.&rft.aulast=Hadley"
                + "&rft.au=Bachtold,+Adrian&au=Kholmogorova,+A;Tarhanova,+P;&rft.aucorp=CERN")
        #expect(citation.authors == ["Bachtold, Adrian", "Hadley, P.", "Kholmogorova, A", "Tarhanova, P", "CERN"])
        #expect(citation.notes.isEmpty)
    }

    @Test func anEmptyGivenNameKeepsTheNextAuthorsInLine() throws {
        let citation = try OpenURLParser.citation(
            from: "title=The+Fourth+World&aulast=George+Manuel&aufirst=&aulast=Posluns&aufirst=Michael")
        #expect(citation.authors == ["George Manuel", "Posluns, Michael"])
    }

    @Test func anISBNSentAsAnISSNIsReadAsAnISBN() throws {
        let citation = try OpenURLParser.citation(from: "rft.btitle=B&rft.issn=0521342066+9780521342063")
        #expect(citation.isbn == "0521342066")
        #expect(citation.issn == nil)
        #expect(citation.notes == ["issn \"0521342066 9780521342063\" is an ISBN and was read as one"])
    }

    @Test func doisAreFoundBehindJunkAndResolvers() throws {
        #expect(
            try OpenURLParser.citation(from: "rft_id=info:doi/https://doi.org/10.2307/3096325").doi == "10.2307/3096325"
        )
        let junk = try OpenURLParser.citation(from: "rft.doi=Org/10.1002/j.2161-1912.2007.tb00062.x")
        #expect(junk.doi == "10.1002/j.2161-1912.2007.tb00062.x")
        #expect(junk.notes.count == 1)
        #expect(try OpenURLParser.citation(from: "rft.pmid=PMID:+30946542").pmid == "30946542")
        #expect(try OpenURLParser.citation(from: "rft_id=info:pmid/pmid:17131617").pmid == "17131617")
    }
}

@Suite struct OpenURLsThatNameNoWorkAreRefused {
    @Test func emptyTextIsRefused() {
        #expect(throws: CitationError.empty) { try OpenURLParser.citation(from: "  \n") }
    }

    @Test func aLinkWithoutAQueryIsRefused() {
        #expect(throws: CitationError.noQuery("https://getit.example.edu/resolve")) {
            try OpenURLParser.citation(from: "https://getit.example.edu/resolve")
        }
        #expect(throws: CitationError.self) { try OpenURLParser.citation(from: "https://example.edu/resolve?") }
    }

    @Test func aContextWithoutAReferentIsRefusedNamingItsKeys() throws {
        do {
            _ = try OpenURLParser.citation(
                from: "url_ver=Z39.88-2004&ctx_tim=2021&rfr_id=info:sid/primo&aulast=Ho&date=1990")
            Issue.record("accepted a link naming no work")
        } catch {
            #expect(error == .noCitationData(keys: ["url_ver", "ctx_tim", "rfr_id", "aulast", "date"]))
            #expect(
                error.description.hasPrefix("the OpenURL names no title, ISBN, ISSN, DOI, PMID, OCLC number or LCCN"))
            #expect(error.description.contains("aulast"))
        }
    }
}
