/// Close (Z39.50-2003 3.2.11.1): either side ends the association, giving a reason.
public struct Z3950Close: Sendable, Hashable {
    /// CloseReason values.
    public enum Reason: Int, Sendable, Hashable {
        case finished = 0, shutdown, systemProblem, costLimit, resources, securityViolation, protocolError
        case lackOfActivity, peerAbort, unspecified
    }

    public var referenceId: [UInt8]?
    public var reason: Reason
    public var diagnosticInformation: String?

    public init(referenceId: [UInt8]? = nil, reason: Reason, diagnosticInformation: String? = nil) {
        self.referenceId = referenceId
        self.reason = reason
        self.diagnosticInformation = diagnosticInformation
    }

    var value: BERValue {
        .constructed(
            48,
            [
                referenceId.map { BERValue(.context, 2, .primitive($0)) }, .integer(211, reason.rawValue),
                diagnosticInformation.map { .string(3, $0) },
            ])
    }

    init(_ value: BERValue) throws(Z3950Error) {
        referenceId = value.child(2)?.bytes
        reason = Reason(rawValue: try value.require(211, "closeReason").integer()) ?? .unspecified
        diagnosticInformation = value.child(3)?.string
    }
}
