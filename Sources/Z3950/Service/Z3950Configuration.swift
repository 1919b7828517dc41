/// How a Z39.50 server behaves: the database it answers for, its limits and its identity.
public struct Z3950Configuration: Sendable {
    /// The one database name accepted (case-insensitive), `Default`.
    public var databaseName: String
    /// A connection without a request for this long gets Close (lack of activity).
    public var idleTimeout: Duration
    /// Connections served at once; more are closed at once with Close (resources).
    public var maximumConnections: Int
    /// Largest APDU accepted and largest message the server agrees to (Init preferred/maximum sizes).
    public var maximumMessageSize: Int
    /// Most records sent in one Present or piggybacked on one Search.
    public var maximumRecordsPerRequest: Int
    /// Most result sets one session keeps.
    public var maximumResultSets: Int
    /// How many titles of a result set are kept, as their cluster ids in the search's order, so that Present
    /// shows what the Search found even when the catalogue changes in between. Positions past it are found by
    /// running the query again (and may shift). A session holds at most this × `maximumResultSets` ids
    /// (8 bytes each: about 1.3 MB at the defaults); 0 keeps none, so every Present runs the query again.
    public var resultSetSnapshotLimit: Int

    public init(
        databaseName: String = "Default", idleTimeout: Duration = .seconds(600), maximumConnections: Int = 200,
        maximumMessageSize: Int = 4 * 1_048_576, maximumRecordsPerRequest: Int = 500, maximumResultSets: Int = 32,
        resultSetSnapshotLimit: Int = 5_000
    ) {
        self.databaseName = databaseName
        self.idleTimeout = idleTimeout
        self.maximumConnections = maximumConnections
        self.maximumMessageSize = maximumMessageSize
        self.maximumRecordsPerRequest = maximumRecordsPerRequest
        self.maximumResultSets = maximumResultSets
        self.resultSetSnapshotLimit = max(0, resultSetSnapshotLimit)
    }

    /// Whether `name` is the served database.
    func serves(_ name: String) -> Bool { name.caseInsensitiveCompare(databaseName) == .orderedSame }
}
