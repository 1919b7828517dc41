import Foundation

extension OpenURLParser {
    /// ISSNs and the ISBN, checked by their check digits. An `issn` value may hold two labelled ISSNs
    /// (`1860-1839(ELECTRONIC),15937879(PRINT)`) or, by mistake, an ISBN.
    static func readStandardNumbers(_ fields: OpenURLFields, into citation: inout Citation, notes: inout [String]) {
        let issnValues = fields.all(.issn).map { ($0, false) } + fields.all(.eissn).map { ($0, true) }
        for (value, electronicKey) in issnValues {
            let found = StandardNumber.issns(in: value)
            for (issn, labelledElectronic) in found {
                if electronicKey || labelledElectronic {
                    citation.eissn = citation.eissn ?? issn
                } else {
                    citation.issn = citation.issn ?? issn
                }
            }
            guard found.isEmpty else { continue }
            if let isbn = StandardNumber.isbn(value) {
                citation.isbn = citation.isbn ?? isbn
                notes.append("issn \"\(value.prefix(30))\" is an ISBN and was read as one")
            } else {
                notes.append("issn \"\(value.prefix(30))\" is not a valid ISSN")
            }
        }
        for value in fields.all(.isbn) + fields.all(.eisbn) where citation.isbn == nil {
            if let isbn = StandardNumber.isbn(value) {
                citation.isbn = isbn
            } else {
                notes.append("isbn \"\(value.prefix(30))\" is not a valid ISBN")
            }
        }
    }

    /// DOI, PMID, OCLC number and LCCN from their own keys (`rft.doi`, `pmid`…), then from `rft_id` and `id`.
    static func readIdentifiers(_ fields: OpenURLFields, into citation: inout Citation, notes: inout [String]) {
        var found: [(key: String, identifier: CitationIdentifier)] = []
        let own: [(String, OpenURLField, CitationIdentifier.Scheme)] = [
            ("doi", .doi, .doi), ("pmid", .pmid, .pmid), ("oclcnum", .oclcNumber, .oclcNumber), ("lccn", .lccn, .lccn),
        ]
        for (key, field, scheme) in own {
            found += fields.all(field).map { (key, CitationIdentifier(scheme: scheme, value: $0)) }
        }
        for (key, value) in fields.identifiers {
            if let identifier = CitationIdentifier.classify(value) { found.append((key, identifier)) }
        }
        for (key, identifier) in found { file(identifier, from: key, into: &citation, notes: &notes) }
    }

    /// Puts one identifier in its field (the first valid one wins), noting one that is not valid.
    static func file(
        _ identifier: CitationIdentifier, from key: String, into citation: inout Citation, notes: inout [String]
    ) {
        func check(_ normal: String?, _ given: String, _ scheme: String, _ slot: inout String?) {
            if let normal {
                slot = slot ?? normal
            } else {
                notes.append("\(key): \(scheme) \"\(given.prefix(40))\" is not valid")
            }
        }
        let value = identifier.value
        switch identifier.scheme {
        case .doi:
            let doi = CitationIdentifier.normalDOI(value)
            if let doi, doi != CitationIdentifier.withoutResolver(value), citation.doi == nil {
                notes.append("\(key): DOI \"\(value.prefix(40))\" was read as \(doi)")
            }
            check(doi, value, "DOI", &citation.doi)
        case .pmid: check(CitationIdentifier.normalPMID(value), value, "PMID", &citation.pmid)
        case .oclcNumber: check(CitationIdentifier.normalOCLC(value), value, "OCLC number", &citation.oclcNumber)
        case .lccn: check(CitationIdentifier.normalLCCN(value), value, "LCCN", &citation.lccn)
        case .isbn: check(StandardNumber.isbn(value), value, "ISBN", &citation.isbn)
        case .issn: check(StandardNumber.issn(value), value, "ISSN", &citation.issn)
        case .other: if !citation.otherIdentifiers.contains(value) { citation.otherIdentifiers.append(value) }
        }
    }
}
