/// An agency (library or institution) as ISO 18626 names it: an id type such as `ISIL` and the id itself.
public struct AgencyID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// `agencyIdType`, a scheme value such as `ISIL` or `OCLC`.
    public var type: String
    /// `agencyIdValue`, for ISIL `CN-SZ-CEN` and the like.
    public var value: String

    public init(type: String = "ISIL", value: String) {
        self.type = type
        self.value = value
    }

    /// `TYPE:VALUE`, the form used in logs and the database.
    public var description: String { "\(type):\(value)" }
}
