import Foundation

/// The parameters of an SRU request: the URL's query string (HTTP GET) and an
/// `application/x-www-form-urlencoded` body (HTTP POST, SRU 1.2 and 2.0 "HTTP POST binding"), names as sent.
struct SRUParameters: Sendable {
    private(set) var names: [String] = []
    private var values: [String: String] = [:]

    /// Parameters from the raw query string and form body; the first value of a repeated name wins.
    init(query: String?, body: String?) {
        for text in [query, body].compactMap({ $0 }) {
            for pair in text.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map {
                    $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
                }
                guard let name = parts.first, !name.isEmpty, values[name] == nil else { continue }
                names.append(name)
                values[name] = parts.count > 1 ? parts[1] : ""
            }
        }
    }

    /// A parameter's value; an empty value counts as absent.
    subscript(name: String) -> String? {
        guard let value = values[name], !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return value
    }

    /// The parameters both operations know (SRU 1.2 and 2.0 request parameters).
    static let common: Set<String> = [
        "version", "operation", "stylesheet", "recordPacking", "recordXMLEscaping", "httpAccept",
        "extraRequestData",
    ]

    /// The parameters of searchRetrieve; the facet and result-count ones of SRU 2.0 are read and ignored.
    static let searchRetrieve: Set<String> = [
        "query", "queryType", "startRecord", "maximumRecords", "recordSchema", "resultSetTTL", "sortKeys",
        "recordXPath", "resultCountPrecision", "renderedBy", "responseType", "facetLimit", "facetStart",
        "facetSort", "facetCount",
    ]

    /// The first parameter this server does not know: SRU diagnostic 8 unless it is an extension (`x-…`).
    var unknownName: String? {
        names.first { name in
            !Self.common.contains(name) && !Self.searchRetrieve.contains(name) && !name.hasPrefix("x-")
        }
    }
}
