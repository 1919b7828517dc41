import Foundation

/// The OpenURL keys as data: Z39.88-2004 KEV metadata keys (`rft.atitle`, `rft.jtitle`…) and OpenURL 0.1 keys
/// (`atitle`, `title`…) by their name without `rft.`, the keys read but not kept, and the genres.
enum OpenURLKeys {
    /// Metadata keys (without `rft.`) and the field each fills. Both versions share names; 1.0 values win.
    static let fields: [String: OpenURLField] = [
        "jtitle": .journalTitle, "btitle": .bookTitle, "title": .title, "stitle": .shortTitle,
        "atitle": .articleTitle, "au": .author, "aulast": .authorLast, "aufirst": .authorFirst,
        "auinit": .authorInitials, "auinit1": .authorFirstInitial, "auinitm": .authorMiddleInitial,
        "ausuffix": .authorSuffix, "aucorp": .corporateAuthor, "isbn": .isbn, "isbn_list": .isbn, "eisbn": .eisbn,
        "issn": .issn, "lissn": .issn,
        "eissn": .eissn, "doi": .doi, "pmid": .pmid, "oclcnum": .oclcNumber, "lccn": .lccn, "date": .date,
        "pubdate": .date, "year": .year, "month": .month, "day": .day, "volume": .volume, "volume_start": .volume,
        "issue": .issue, "issue_start": .issue, "spage": .startPage, "epage": .endPage, "pages": .pages,
        "pub": .publisher, "publisher": .publisher, "place": .place, "edition": .edition, "genre": .genre,
        "pid": .privateData,
    ]

    /// Keys handled apart from the field table: identifiers, the referrer, the format and the character set.
    static let special: Set<String> = [
        "rft_id", "id", "rft.id", "rfr_id", "sid", "rft_val_fmt", "ctx_enc", "charset", "__charset", "rft.__char_set",
    ]

    /// Keys describing the work that a request does not need; read without a note.
    static let unused: Set<String> = [
        "coden", "sici", "bici", "artnum", "language", "series", "part", "quarter", "ssn", "tpages", "chron",
        "eisbn_additional", "isbn_additional", "object_id", "object_type", "primo", "private_data",
        "iscitationlinker", "iuid", "rft_pqid", "issue_end", "volume_end", "format", "degree", "inst", "advisor",
        "cc", "co", "identifier", "description", "subject", "type", "source",
    ]

    /// Prefixes of ContextObject keys about the link rather than the work (`url_ver`, `ctx_tim`, `svc.fulltext`,
    /// resolvers' own `umlaut.*` and `sfx.*`).
    static let administrativePrefixes = [
        "url_", "ctx_", "rfr_", "rfe_", "rfe.", "req_", "req.", "res_", "svc_", "svc.", "umlaut.", "sfx.", "_",
        "rft_dat", "forcedownload",
    ]

    /// Whether a lower-case key is one the reader knows (so an empty value still makes it a pair).
    static func isKnown(_ key: String) -> Bool {
        let bare = key.hasPrefix("rft.") ? String(key.dropFirst(4)) : key
        return fields[bare] != nil || special.contains(key) || unused.contains(bare) || key.hasPrefix("rft.")
            || administrativePrefixes.contains { key.hasPrefix($0) }
    }

    /// OpenURL genres (1.0 `rft.genre` of the journal and book formats, 0.1 `genre`) and the citation genre each
    /// is.
    static let genres: [String: CitationGenre] = [
        "article": .article, "preprint": .article, "proceeding": .article, "contribution": .article,
        "journal": .journal, "issue": .journal, "book": .book, "report": .book, "document": .book,
        "bookitem": .chapter, "chapter": .chapter, "conference": .other, "dissertation": .other,
        "dissertations": .other, "thesis": .other, "database": .other, "map": .other,
    ]
}
