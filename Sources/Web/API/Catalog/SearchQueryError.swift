import Catalog

/// A query the catalogue could not run, with the parameter it came in (`q` for the simple box, `cql`).
struct SearchQueryError: Error, Sendable {
    var parameter: String
    var cql: CQLError
}
