/// One step in a request's history (`ill_event`), shown to the reader and to staff.
public struct ILLEventRecord: Sendable, Equatable, Encodable {
    public var at: Int64
    public var actor: String
    public var event: String
    public var fromStatus: String
    public var toStatus: String
    public var note: String
}
