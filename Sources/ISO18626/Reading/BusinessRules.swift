import XMLTree

/// Checks a peer needs that the v1.2 schema cannot express.
enum BusinessRules {
    /// An empty `requestingAgencyRequestId` in a request, supplying or requesting agency message: the schema
    /// allows it, but without it no transaction can be found. Refused as `UnrecognisedDataValue`, the type
    /// crosslink answers with ("requestingAgencyRequestId: cannot be empty"; see its `*-no-reqid.xml` samples).
    static func emptyRequestID(in message: ISO18626Message, wire: WireElement) -> WireProblem? {
        guard let header = message.header, header.requestingAgencyRequestID.trimmingWhitespace().isEmpty else {
            return nil
        }
        let element = wire.optional("header")?.optional("requestingAgencyRequestId")
        return WireProblem(
            path: element?.path ?? wire.path + "/header/requestingAgencyRequestId", message: "cannot be empty",
            line: element?.line)
    }
}
