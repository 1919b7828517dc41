extension CQLQuery {
    /// The query as XCQL in exactly the layout yaz's `cql2xcql` prints (two spaces per level, one
    /// element per line, each line ending in a newline).
    ///
    /// yaz's layout, kept so output can be compared with yaz byte for byte: the top element is the
    /// `searchClause` or `triple` itself (no `xcql` wrapper); prefixes are resolved into each search
    /// clause, which lists only the matching `identifier`; `sortKeys` is the last child of the top
    /// element; modifiers are listed last-written first; the boolean element is `<boolean>`.
    public var xcql: String {
        var writer = CQLXCQLWriter()
        writer.write(root, level: 0, scope: CQLPrefixScope(), sortKeys: sortKeys)
        return writer.output
    }
}
