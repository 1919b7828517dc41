/// The state of one Z39.50 association (Z39.50-2003 3.2.1): nothing is served before Init; then searches
/// create result sets, kept by name (`default` replaced by each unnamed search) as their selection and size.
public struct Z3950Session: Sendable {
    /// Where the association stands.
    public enum Phase: Sendable, Equatable {
        case awaitingInit, open, closed
    }

    /// A result set: what was asked and how many titles it found then.
    public struct ResultSet: Sendable, Hashable {
        public var selection: Z3950Selection
        public var count: Int
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
