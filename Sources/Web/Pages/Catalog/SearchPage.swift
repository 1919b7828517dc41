import Catalog
import Hummingbird
import PinakesCore

/// `/search`: the reader's search page — results with availability, facets as links, sort, paging, and a clear
/// message when nothing is found or the query cannot be run.
enum SearchPage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/search", access: .anyone) { request, context in
            let parameters = request.uri.queryParameters
            let link = SearchLink(parameters)
            let language = context.language
            var values = formValues(parameters, link: link, language: language)
            var status: HTTPResponse.Status = .ok
            if (values["hasQuery"] as? Bool) == true {
                do {
                    let search = try SearchParameters.parse(parameters, homeLibrary: homeLibrary(context, parameters))
                    let response = try await services.search.run(search)
                    let home = parameters.get("home").flatMap { $0.isEmpty ? nil : $0 }
                    values.merge(
                        SearchResultsView.values(response, link: link, language: language, homeLibrary: home)
                    ) { _, new in new }
                    let namesZh = try await libraryNamesZh(services, language)
                    values.merge(
                        SearchFacetsView.values(response, link: link, language: language, libraryNamesZh: namesZh)
                    ) { _, new in new }
                    values.merge(SearchPagingView.values(response, link: link, language: language)) { _, new in new }
                } catch {
                    values["error"] = try errorValues(error, language: language)
                    status = .badRequest
                }
            }
            let title = (values["queryText"] as? String).map { "\($0) · " } ?? ""
            return try pages.page(
                "search", title: title + Strings.text("search", language), values: values, context: context,
                status: status)
        }
    }

    /// Whose holdings come first: the signed-in reader's library, else `?home=`.
    static func homeLibrary(_ context: PinakesRequestContext, _ parameters: Parameters) -> String? {
        if let home = context.principal?.scopeCodes.first { return home }
        return parameters.get("home").flatMap { $0.isEmpty ? nil : $0.uppercased() }
    }

    /// Library codes → Chinese names, for facet labels on Chinese pages.
    static func libraryNamesZh(_ services: WebServices, _ language: Language) async throws -> [String: String] {
        guard language == .zh else { return [:] }
        let libraries = try await services.libraries.all()
        return Dictionary(libraries.compactMap { library in library.nameZh.map { (library.code, $0) } }) { a, _ in a }
    }

    /// The search form as the reader left it, and the sort choices.
    static func formValues(_ parameters: Parameters, link: SearchLink, language: Language) -> [String: Any] {
        let simple = parameters.get("q") ?? ""
        let cql = parameters.get("cql") ?? ""
        let hasQuery =
            !simple.trimmingCharacters(in: .whitespaces).isEmpty
            || !cql.trimmingCharacters(in: .whitespaces).isEmpty
        let sort = parameters.get("sort") ?? "relevance"
        let hidden = link.removing("sort").pairs.map { ["name": $0.name, "value": $0.value] }
        return [
            "q": simple, "cql": cql, "advanced": !cql.isEmpty, "hasQuery": hasQuery,
            "queryText": hasQuery ? (cql.isEmpty ? simple : cql) : "",
            "sortOptions": SearchRequest.Sort.allCases.map {
                [
                    "value": $0.rawValue, "label": Strings.text("sort.\($0.rawValue)", language),
                    "selected": $0.rawValue == sort,
                ]
            },
            "sortHidden": hidden,
            "emptyHint": hasQuery ? "" : Strings.text("emptySearch", language),
        ]
    }

    /// What the reader is told when the search cannot be run; other errors go to the error page.
    static func errorValues(_ error: any Error, language: Language) throws -> [String: Any] {
        switch error {
        case let error as SearchQueryError:
            let cql = error.cql
            return [
                "message": cql.message, "column": cql.column,
                "where": Strings.text("queryErrorAt", language, ["column": String(cql.column)]),
                "diagnostic": "\(cql.diagnostic.uri) — \(cql.diagnostic.message)",
                "isCQL": error.parameter == "cql",
            ]
        case WebError.invalidParameter(_, let message):
            return ["message": message]
        case PinakesError.invalidInput(let message):
            return ["message": message]
        default:
            throw error
        }
    }
}
