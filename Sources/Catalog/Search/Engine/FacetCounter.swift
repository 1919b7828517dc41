/// Exact facet counts over all hits that passed the filters.
enum FacetCounter {
    /// The most values one facet lists (most frequent first).
    static let maximumValues = 30

    static func count(_ hits: [SearchHit], scope: Set<Int64>?, directory: LibraryIndex) -> [String: [FacetCount]] {
        var libraries: [Int64: Int] = [:]
        var formats: [String: Int] = [:]
        var languages: [String: Int] = [:]
        var decades: [Int: Int] = [:]
        var classes: [String: Int] = [:]
        var available = 0
        for hit in hits {
            // A title held by a branch counts for the branch and for the libraries above it, once each, so
            // choosing a library (which takes its subtree) finds as many titles as its facet says.
            var counted: Set<Int64> = []
            for library in hit.libraries { counted.formUnion(directory.countedFor[library] ?? [library]) }
            for library in counted { libraries[library, default: 0] += 1 }
            if let material = hit.material { formats[material, default: 0] += 1 }
            if let language = hit.language, !language.isEmpty { languages[language, default: 0] += 1 }
            if let year = hit.year { decades[year / 10 * 10, default: 0] += 1 }
            if let code = hit.classCode { classes[code, default: 0] += 1 }
            let onShelf =
                scope.map { scope in hit.availableAt.contains(where: scope.contains) } ?? !hit.availableAt.isEmpty
            if onShelf { available += 1 }
        }
        var facets: [String: [FacetCount]] = [:]
        facets["library"] = ranked(
            libraries.compactMap { id, count in
                directory.byID[id].map { FacetCount(value: $0.code, label: $0.name, count: count) }
            })
        facets["format"] = ranked(formats.map { FacetCount(value: $0, label: $0, count: $1) })
        facets["language"] = ranked(
            languages.map { FacetCount(value: $0, label: LanguageNames.english[$0] ?? $0, count: $1) })
        facets["decade"] = ranked(decades.map { FacetCount(value: String($0), label: "\($0)s", count: $1) })
        facets["class"] = ranked(classes.map { FacetCount(value: $0, label: classLabel($0), count: $1) })
        facets["available"] = available > 0 ? [FacetCount(value: "true", label: "Available now", count: available)] : []
        return facets
    }

    static func ranked(_ values: [FacetCount]) -> [FacetCount] {
        Array(values.sorted { ($1.count, $0.value) < ($0.count, $1.value) }.prefix(maximumValues))
    }

    /// `lcc:QA` → `LCC QA`.
    static func classLabel(_ code: String) -> String {
        guard let colon = code.firstIndex(of: ":") else { return code }
        return code[..<colon].uppercased() + " " + code[code.index(after: colon)...]
    }
}
