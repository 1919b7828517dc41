import Catalog

/// The result list of the search page: each title with its authors, year, format and where a copy is on the shelf.
enum SearchResultsView {
    static func values(
        _ response: SearchResponse, link: SearchLink, language: Language, homeLibrary: String? = nil
    ) -> [String: Any] {
        // The title page lists holdings nearest first from the same home library.
        let suffix = homeLibrary.map { "?home=\(SearchLink.encode($0))" } ?? ""
        let first = response.results.isEmpty ? 0 : response.offset + 1
        let last = response.offset + response.results.count
        return [
            "searched": true,
            "total": response.total,
            "start": response.offset + 1,
            "resultCount": Strings.text("resultCount", language, ["n": String(response.total)]),
            "resultRange": response.results.isEmpty
                ? "" : Strings.text("resultRange", language, ["from": String(first), "to": String(last)]),
            "noResults": response.results.isEmpty,
            "results": response.results.enumerated().map { index, result in
                row(result, number: response.offset + index + 1, language: language, suffix: suffix)
            },
        ]
    }

    static func row(_ result: SearchResult, number: Int, language: Language, suffix: String = "") -> [String: Any] {
        [
            "number": number,
            "href": "/titles/\(result.id)\(suffix)",
            "id": result.id,
            "title": result.title,
            "titleOriginal": result.titleOriginal ?? "",
            "authors": result.authors.joined(separator: "; "),
            "authorsOriginal": result.authorsOriginal.joined(separator: "; "),
            "year": result.year.map(String.init) ?? "",
            "format": Strings.label("format", result.format, language, fallback: result.format),
            "publisher": result.publisher ?? "",
            "availability": availability(result.holdings, language: language),
            "onShelf": result.holdings.contains { $0.available > 0 },
        ]
    }

    /// "On shelf at Central Library (+3 more)": the nearest library with a copy on the shelf, and how many others.
    static func availability(_ holdings: [LibraryHoldings], language: Language) -> String {
        let onShelf = holdings.filter { $0.available > 0 }
        guard let nearest = onShelf.first else {
            let total = holdings.reduce(0) { $0 + $1.total }
            return total == 0 ? Strings.text("noCopies", language) : Strings.text("allOut", language, ["n": "\(total)"])
        }
        var text = Strings.text("onShelfAt", language, ["library": libraryName(nearest, language)])
        if onShelf.count > 1 {
            text += " " + Strings.text("moreLibraries", language, ["n": String(onShelf.count - 1)])
        }
        return text
    }

    static func libraryName(_ holdings: LibraryHoldings, _ language: Language) -> String {
        language == .zh ? holdings.nameZh ?? holdings.name : holdings.name
    }
}
