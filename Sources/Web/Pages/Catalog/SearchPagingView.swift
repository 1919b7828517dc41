import Catalog

/// Previous, next and numbered pages of a search; each is the same search at another offset.
enum SearchPagingView {
    /// Page numbers shown on either side of the current one.
    static let window = 2

    static func values(_ response: SearchResponse, link: SearchLink, language: Language) -> [String: Any] {
        let limit = max(response.limit, 1)
        let pageCount = (response.total + limit - 1) / limit
        guard pageCount > 1 else { return ["paging": false] }
        let current = response.offset / limit + 1
        var numbers = Set([1, pageCount])
        for number in max(1, current - window)...min(pageCount, current + window) { numbers.insert(number) }
        var pages: [[String: Any]] = []
        var previous = 0
        for number in numbers.sorted() {
            if number > previous + 1 { pages.append(["gap": true]) }
            pages.append([
                "number": number, "href": link.at(offset: (number - 1) * limit).href, "current": number == current,
                "label": Strings.text("page", language, ["n": String(number)]),
            ])
            previous = number
        }
        var values: [String: Any] = ["paging": true, "pageList": pages]
        if response.offset > 0 { values["previousHref"] = link.at(offset: max(0, response.offset - limit)).href }
        if response.offset + limit < response.total {
            values["nextHref"] = link.at(offset: response.offset + limit).href
        }
        return values
    }
}
