/// One run of `pinakes import`, as listed on the staff page.
public struct ImportRun: Sendable, Codable, Hashable {
    public var id: Int64
    public var libraryCode: String
    public var actor: String
    public var source: String
    public var format: String
    public var startedAt: Int64
    public var finishedAt: Int64?
    public var status: String
    public var read: Int
    public var new: Int
    public var updated: Int
    public var unchanged: Int
    public var deleted: Int
    public var rejected: Int
    public var itemsNew: Int
}
