/// The state of one Z39.50 association (Z39.50-2003 3.2.1): nothing is served before Init; then searches
/// create result sets, kept by name (`default` replaced by each unnamed search) as their selection, size and
/// the ordered ids of their titles.
public struct Z3950Session: Sendable {
    /// Where the association stands.
    public enum Phase: Sendable, Equatable {
        case awaitingInit, open, closed
    }

    /// A result set: what was asked, how many titles it found then, and which ones, so that Present shows the
    /// titles the Search found (a Z39.50 result set is an ordered list of records, not a query to run again).
    public struct ResultSet: Sendable, Hashable {
        public var selection: Z3950Selection
        public var count: Int
        /// The cluster ids at positions 1 ... `snapshot.count`, in the search's order; at most
        /// `Z3950Configuration.resultSetSnapshotLimit` of them, so later positions are found by the selection.
        public var snapshot: [Int64]

        public init(selection: Z3950Selection, count: Int, snapshot: [Int64]) {
            self.selection = selection
            self.count = count
            self.snapshot = snapshot
        }
    }

    public private(set) var phase: Phase = .awaitingInit
    /// The largest APDU either side may send, agreed at Init.
    public private(set) var messageSize: Int
    public private(set) var resultSets: [String: ResultSet] = [:]

    public init(maximumMessageSize: Int) {
        messageSize = maximumMessageSize
    }

    /// Opens the association with the size both sides accept.
    mutating func open(messageSize: Int) {
        phase = .open
        self.messageSize = messageSize
        resultSets = [:]
    }

    mutating func close() { phase = .closed }

    /// Stores `set` under `name` (result set names are compared case-insensitively).
    mutating func store(_ set: ResultSet, as name: String) {
        resultSets[name.lowercased()] = set
    }

    func resultSet(_ name: String) -> ResultSet? { resultSets[name.lowercased()] }

    /// The selections by name, for queries that refer to earlier result sets.
    var selections: [String: Z3950Selection] {
        var all: [String: Z3950Selection] = [:]
        for (name, set) in resultSets { all[name] = set.selection }
        return all
    }
}
