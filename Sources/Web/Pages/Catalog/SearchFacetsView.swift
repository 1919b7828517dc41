import Catalog

/// The facet sidebar and the filters in use: each facet value is a link adding its filter to the search, each
/// filter in use a link removing it.
enum SearchFacetsView {
    /// Facets in the order the sidebar shows them; each is also the name of its URL parameter.
    static let order = ["library", "format", "language", "decade", "class"]
    /// Values of the `available` facet that mean "a copy is on the shelf".
    static let availableValues: Set<String> = ["true", "available", "yes", "1"]

    static func values(
        _ response: SearchResponse, link: SearchLink, language: Language, libraryNamesZh: [String: String] = [:]
    ) -> [String: Any] {
        let label = { (facet: String, value: String, given: String) in
            displayLabel(facet, value, given, language: language, libraryNamesZh: libraryNamesZh)
        }
        var facets: [[String: Any]] = order.compactMap { name in
            guard let counts = response.facets[name], !counts.isEmpty else { return nil }
            return [
                "name": name, "heading": Strings.text("facet.\(name)", language),
                "values": counts.map { count in
                    let selected = link.contains(name, count.value)
                    return [
                        "label": label(name, count.value, count.label), "count": count.count, "selected": selected,
                        "href": (selected ? link.removing(name, count.value) : link.adding(name, count.value)).href,
                    ] as [String: Any]
                },
            ]
        }
        let availableSelected = link.contains("available", "true")
        let availableCount = response.facets["available"]?.first { availableValues.contains($0.value.lowercased()) }
        if availableSelected || availableCount != nil {
            facets.append([
                "name": "available", "heading": Strings.text("facet.available", language),
                "values": [
                    [
                        "label": Strings.text("availableNow", language), "count": availableCount?.count ?? 0,
                        "selected": availableSelected,
                        "href":
                            (availableSelected
                            ? link.removing("available") : link.removing("available").adding("available", "true")).href,
                    ] as [String: Any]
                ],
            ])
        }
        var selected: [[String: Any]] = []
        for name in order {
            for value in link.values(name) {
                let given = response.facets[name]?.first { $0.value.caseInsensitiveCompare(value) == .orderedSame }
                selected.append([
                    "facet": Strings.text("facet.\(name)", language),
                    "label": label(name, value, given?.label ?? value), "href": link.removing(name, value).href,
                ])
            }
        }
        if availableSelected {
            selected.append([
                "facet": Strings.text("facet.available", language), "label": Strings.text("availableNow", language),
                "href": link.removing("available").href,
            ])
        }
        var cleared = link
        for name in order + ["available"] { cleared = cleared.removing(name) }
        return [
            "facets": facets, "hasFacets": !facets.isEmpty, "selectedFilters": selected,
            "hasSelectedFilters": !selected.isEmpty, "clearFiltersHref": cleared.href,
        ]
    }

    /// A facet value as a reader reads it, in the page language.
    static func displayLabel(
        _ facet: String, _ value: String, _ given: String, language: Language, libraryNamesZh: [String: String]
    ) -> String {
        switch facet {
        case "format": return Strings.label("format", value, language, fallback: given)
        case "language": return Strings.label("lang", value, language, fallback: given)
        case "decade": return Int(value) == nil ? given : language == .zh ? "\(value) 年代" : "\(value)s"
        case "library": return language == .zh ? libraryNamesZh[value.uppercased()] ?? given : given
        default: return given
        }
    }
}
