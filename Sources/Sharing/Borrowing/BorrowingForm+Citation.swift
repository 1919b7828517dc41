extension BorrowingForm {
    /// Fills fields left empty from a parsed OpenURL citation.
    mutating func fill(from citation: Citation) {
        let isArticle = citation.articleTitle != nil
        if service == nil { service = isArticle ? .copy : .loan }
        title = Self.given(title) ?? citation.title
        if isArticle {
            articleTitle = Self.given(articleTitle) ?? citation.articleTitle
            articleAuthor = Self.given(articleAuthor) ?? citation.authors.first
        } else {
            author = Self.given(author) ?? citation.authors.first
        }
        isbn = Self.given(isbn) ?? citation.isbn
        issn = Self.given(issn) ?? citation.issn
        publisher = Self.given(publisher) ?? citation.publisher
        year = Self.given(year) ?? citation.year.map(String.init)
        edition = Self.given(edition) ?? citation.edition
        volume = Self.given(volume) ?? citation.volume
        issue = Self.given(issue) ?? citation.issue
        pages =
            Self.given(pages) ?? citation.pages
            ?? citation.startPage.map { start in citation.endPage.map { "\(start)-\($0)" } ?? start }
    }

    /// How many pages a copy covers (`12-30` is 19), when it can be told.
    var pageCount: Int? {
        guard let pages = Self.given(pages) else { return nil }
        let parts = pages.split(whereSeparator: { $0 == "-" || $0 == "–" }).compactMap {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        if parts.count == 2, parts[1] >= parts[0] { return parts[1] - parts[0] + 1 }
        return parts.count == 1 ? 1 : nil
    }
}
