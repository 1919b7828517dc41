/// What one kiosk connection has established: who logged in (93), where, the institution and patron it is
/// serving, and the last sequence number (AY) it used.
public struct SIP2Session: Sendable, Equatable {
    /// CN of a successful login, `nil` before.
    public var loginUser: String?
    /// CP location code given at login.
    public var location: String?
    /// AO of the last message that carried one.
    public var institution: String?
    /// AA of the patron being served, until end patron session (35).
    public var patron: String?
    /// AY of the last message answered.
    public var lastSequenceNumber: Int?
    /// Whether the kiosk sends checksums, so answers carry them too.
    public var usesErrorDetection = false

    public init(
        loginUser: String? = nil, location: String? = nil, institution: String? = nil, patron: String? = nil
    ) {
        self.loginUser = loginUser
        self.location = location
        self.institution = institution
        self.patron = patron
    }

    /// Whether a login (93) succeeded on this connection.
    public var isLoggedIn: Bool { loginUser != nil }
}
