/// Login (93): the kiosk signs in to the ACS with its own account (CN/CO) before serving patrons.
public struct SIP2LoginRequest: SIP2Message {
    public var code: SIP2MessageCode { .login }
    /// UID algorithm, `0` for plain text (the only one in use).
    public var userIDAlgorithm: String = "0"
    /// PWD algorithm, `0` for plain text.
    public var passwordAlgorithm: String = "0"
    /// CN login user id.
    public var userID: String
    /// CO login password.
    public var password: String
    /// CP location code of the kiosk.
    public var locationCode: String?
    /// Fields not defined for this message, kept as received.
    public var otherFields: [SIP2Field] = []

    public init(userID: String, password: String, locationCode: String? = nil) {
        self.userID = userID
        self.password = password
        self.locationCode = locationCode
    }

    public init(reading reader: inout SIP2MessageReader) throws(SIP2Error) {
        userIDAlgorithm = try reader.fixed("UID algorithm", length: 1)
        passwordAlgorithm = try reader.fixed("PWD algorithm", length: 1)
        userID = try reader.required(.loginUserID)
        password = try reader.required(.loginPassword)
        locationCode = try reader.optional(.locationCode)
        otherFields = try reader.otherFields()
    }

    public func write(to writer: inout SIP2MessageWriter) {
        writer.fixed(userIDAlgorithm, length: 1)
        writer.fixed(passwordAlgorithm, length: 1)
        writer.field(.loginUserID, userID)
        writer.field(.loginPassword, password)
        writer.field(.locationCode, locationCode)
        writer.fields(otherFields)
    }
}
