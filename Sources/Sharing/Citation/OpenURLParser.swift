import Foundation

/// Reads a citation from an OpenURL: a whole link or only its query, in OpenURL 1.0 KEV (Z39.88-2004,
/// `url_ver=Z39.88-2004`, `rft.*`, `rft_id`, `rft_val_fmt`) or OpenURL 0.1 (`genre`, `atitle`, `title`,
/// `aulast`, `issn`, `id=doi:…`, `pid`). Messy real links are repaired where the intent is clear and every
/// repair or loss is told in `Citation.notes`; a link that names no work is refused.
public enum OpenURLParser {
    /// The citation in `text`.
    public static func citation(from text: String) throws(CitationError) -> Citation {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        guard let query = OpenURLQuery.query(of: trimmed) else { throw .noQuery(trimmed) }
        var notes: [String] = []
        let pairs = OpenURLQuery.pairs(query, notes: &notes)
        guard !pairs.isEmpty else { throw .noQuery(trimmed) }
        let fields = OpenURLFields(pairs: pairs, notes: &notes)
        var citation = assemble(fields, notes: &notes)
        if !fields.unknownKeys.isEmpty {
            notes.append("unrecognised keys ignored: " + fields.unknownKeys.prefix(8).joined(separator: ", "))
        }
        var seen: Set<String> = []
        citation.notes = notes.filter { seen.insert($0).inserted }
        guard citation.identifiesAWork else { throw .noCitationData(keys: pairs.map(\.key)) }
        return citation
    }

    /// The citation from decoded fields.
    static func assemble(_ fields: OpenURLFields, notes: inout [String]) -> Citation {
        var citation = Citation(genre: genre(fields))
        let bookish = citation.genre == .book || citation.genre == .chapter
        citation.title = fields.first(
            bookish
                ? [.bookTitle, .title, .journalTitle, .shortTitle] : [.journalTitle, .title, .bookTitle, .shortTitle])
        citation.articleTitle = fields.first(.articleTitle)
        citation.authors = authors(fields)
        readStandardNumbers(fields, into: &citation, notes: &notes)
        readIdentifiers(fields, into: &citation, notes: &notes)
        readDate(fields, into: &citation, notes: &notes)
        readPages(fields, into: &citation)
        citation.volume = fields.first(.volume)
        citation.issue = fields.first(.issue)
        citation.publisher = fields.first(.publisher)
        citation.place = fields.first(.place)
        citation.edition = fields.first(.edition)
        citation.sourceID = fields.referrers.first.map { $0.hasPrefix("info:sid/") ? String($0.dropFirst(9)) : $0 }
        citation.privateData = fields.first(.privateData)
        return citation
    }

    /// The genre named (`rft.genre`, `genre`), else the one the format (`rft_val_fmt`) and fields suggest; a
    /// "journal" or "book" that names an article title is an article or a chapter.
    static func genre(_ fields: OpenURLFields) -> CitationGenre {
        let hasPart = fields.first(.articleTitle) != nil
        let named = fields.first(.genre).flatMap { text in
            OpenURLKeys.genres[text.lowercased()]
                ?? text.lowercased().split(separator: " ").first.flatMap { OpenURLKeys.genres[String($0)] }
        }
        switch named {
        case .journal?: return hasPart ? .article : .journal
        case .book?: return hasPart ? .chapter : .book
        case let genre?: return genre
        case nil: break
        }
        let format = fields.format ?? ""
        if format.hasSuffix(":journal") || format.hasSuffix(":article") { return hasPart ? .article : .journal }
        if format.hasSuffix(":book") { return hasPart ? .chapter : .book }
        if format.hasPrefix("info:ofi/fmt:kev:mtx:"), !format.hasSuffix(":unknown") { return .other }
        let serial = fields.first([.issn, .eissn, .journalTitle]) != nil
        let monograph = fields.first([.isbn, .bookTitle]) != nil
        if hasPart { return monograph && !serial ? .chapter : .article }
        if monograph { return .book }
        return serial ? .journal : .other
    }
}
