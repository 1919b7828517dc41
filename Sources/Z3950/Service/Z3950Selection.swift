import Catalog

/// What a result set was asked for: a catalogue query (kept so that later queries can name the set, and to
/// reach positions past the set's snapshot of ids), or one title by its local number (Bib-1 use 12, the cluster id).
public enum Z3950Selection: Sendable, Hashable {
    case catalog(SearchQuery, SearchFilters)
    case cluster(Int64)
}
