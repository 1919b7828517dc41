/// One lender on a borrowing request's rota (`ill_rota`), with why it is where it is and how it answered.
public struct RotaRecord: Sendable, Equatable, Encodable {
    public var position: Int
    public var agency: String
    public var name: String
    public var score: Double
    public var reasons: [String]
    /// `waiting` (not asked yet), `asked`, `unfilled`, `no-answer`, `unreachable`, `supplying`, `cancelled`.
    public var outcome: String
    public var askedAt: Int64?
    public var answeredAt: Int64?
}
