/// A document kept for delivery (`ill_document`): the supplier's upload, or the requester's copy of it.
public struct DeliveredDocument: Sendable, Equatable, Encodable {
    public var id: Int64
    public var requestID: Int64
    public var token: String
    public var filename: String
    public var contentType: String
    public var size: Int
    public var pages: Int?
    public var expiresAt: Int64
    public var maxOpens: Int
    public var opens: Int
    public var createdAt: Int64
}
