/// A window on a longer list: `limit` rows from `offset`, with the total for paging links.
public struct Page<Element: Sendable>: Sendable {
    public var items: [Element]
    public var offset: Int
    public var limit: Int
    public var total: Int

    public init(items: [Element], offset: Int, limit: Int, total: Int) {
        self.items = items
        self.offset = offset
        self.limit = limit
        self.total = total
    }
}
