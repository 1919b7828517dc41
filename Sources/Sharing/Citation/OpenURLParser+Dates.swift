import Foundation

extension OpenURLParser {
    /// The date from `date` (`rft.date`, `pubdate`), else from `year`, `month` and `day`.
    static func readDate(_ fields: OpenURLFields, into citation: inout Citation, notes: inout [String]) {
        if let given = fields.first(.date) {
            let read = PublicationDate.read(given)
            citation.date = read.normal ?? given
            citation.year = read.year
            if read.normal == nil {
                notes.append(
                    read.year == nil
                        ? "date \"\(given.prefix(30))\" has no year" : "date \"\(given.prefix(30))\" was kept as given")
            }
        } else if let year = fields.first(.year) {
            let month = fields.first(.month).flatMap { Int($0) }
            let day = fields.first(.day).flatMap { Int($0) }
            let read = PublicationDate.compose(Int(year.prefix(4)), month, day)
            citation.date = read.normal
            citation.year = read.year
        }
    }

    /// First and last page, and the range: a range alone (`pages=434-441`) gives both pages, both pages give
    /// the range.
    static func readPages(_ fields: OpenURLFields, into citation: inout Citation) {
        citation.startPage = fields.first(.startPage)
        citation.endPage = fields.first(.endPage)
        citation.pages = fields.first(.pages)
        if let pages = citation.pages, citation.startPage == nil {
            let ends = pages.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if ends.count == 2, !ends[0].isEmpty, !ends[0].contains(",") {
                citation.startPage = ends[0]
                citation.endPage = citation.endPage ?? ends[1]
            }
        }
        if citation.pages == nil, let start = citation.startPage, let end = citation.endPage {
            citation.pages = start + "-" + end
        }
    }
}
