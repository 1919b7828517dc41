/// The prefix assignments in force at a point of a query, innermost last, and how they resolve indexes.
///
/// Resolution follows yaz (`cql_apply_prefix`): the innermost assignment that matches wins; a named
/// prefix matches an index whose part before the first `.` equals the name (ignoring case) and strips
/// that part; an assignment without a name matches an index that has no `.`.
public struct CQLPrefixScope: Sendable, Hashable {
    /// The assignments in force, outermost first.
    public var assignments: [CQLPrefixAssignment]

    /// Makes a scope from assignments, outermost first.
    public init(assignments: [CQLPrefixAssignment] = []) {
        self.assignments = assignments
    }

    /// The scope inside a further assignment.
    public func adding(_ assignment: CQLPrefixAssignment) -> CQLPrefixScope {
        CQLPrefixScope(assignments: assignments + [assignment])
    }

    /// The context set identifier an index resolves to here, and the index name without its prefix;
    /// `nil` identifier when no assignment of the query matches.
    public func resolve(index: String) -> (identifier: String?, name: String) {
        let dot = index.firstIndex(of: ".")
        for assignment in assignments.reversed() {
            if let name = assignment.name, let dot {
                if index[..<dot].lowercased() == name.lowercased() {
                    return (assignment.identifier, String(index[index.index(after: dot)...]))
                }
            } else if assignment.name == nil, dot == nil {
                return (assignment.identifier, index)
            }
        }
        return (nil, index)
    }
}
