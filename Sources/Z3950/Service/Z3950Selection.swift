import Catalog

/// What a result set holds: the query to run again on every Present (CatalogSearch orders stably), or one
/// title asked for by its local number (Bib-1 use 12, the cluster id).
public enum Z3950Selection: Sendable, Hashable {
    case catalog(SearchQuery, SearchFilters)
    case cluster(Int64)
}
