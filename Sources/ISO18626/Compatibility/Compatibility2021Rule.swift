/// How one ISO 18626:2021 (schema 2021-2) element maps onto its v1.2 counterpart.
///
/// Written from reading both schemas; the rules are data so that a new difference is one more entry.
struct Compatibility2021Rule: Sendable {
    /// The v1.2 child sequence; children are put in this order.
    var sequence: [String]
    /// 2021 names of children that v1.2 knows under another name (`deliveryMethod` → `sentVia`).
    var renamed: [String: String] = [:]
    /// Children that exist only in 2021 and are dropped (and reported); anything else unknown is kept, so that
    /// validation still refuses it.
    var dropped: Set<String> = []
    /// Children repeatable in 2021 that v1.2 allows fewer times: the first ones are kept.
    var limits: [String: Int] = [:]
    /// Children mandatory in v1.2 but optional or absent in 2021: inserted empty when missing.
    var required: [String] = []
    /// A 2021 container whose children v1.2 keeps in a sibling (`retryInfo` → `messageInfo`).
    var hoisted: Hoist?

    /// Moves `children` of `container` into `target`, then drops the container.
    struct Hoist: Sendable {
        var container: String
        var children: [String]
        var target: String
    }
}
