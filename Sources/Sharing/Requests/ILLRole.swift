/// Which side of an interlibrary request this node is on.
public enum ILLRole: String, Sendable, Codable, CaseIterable {
    /// We asked: one of our readers wants the item (ReShare's "requester").
    case borrowing
    /// A peer asked us: one of our libraries may supply it (ReShare's "responder").
    case lending
}
