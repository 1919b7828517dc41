import Foundation
import ISO18626

/// Builds the ISO 18626 messages this node sends, from a request's stored form and the peer's credentials.
enum OutgoingMessages {
    /// The `request` to `lender`: the stored request re-addressed, with our credentials for that peer.
    static func request(_ template: ILLRequest, to lender: Peer, at: Date) -> ILLRequest {
        var request = template
        request.header.supplyingAgency = lender.agency
        request.header.timestamp = at
        request.header.authentication = authentication(for: lender)
        return request
    }

    /// A `requestingAgencyMessage` about our request `record` to its current lender.
    static func action(
        _ action: ILLAction, note: String?, record: ILLRequestRecord, lender: Peer, at: Date
    ) -> RequestingAgencyMessage {
        RequestingAgencyMessage(
            header: MessageHeader(
                supplyingAgency: lender.agency, requestingAgency: record.requestingAgency, timestamp: at,
                requestingAgencyRequestID: record.requestingRequestID,
                supplyingAgencyRequestID: record.supplyingRequestID, authentication: authentication(for: lender)),
            action: action, note: note)
    }

    /// A `supplyingAgencyMessage` about the peer's request `record` that we are lending.
    static func status(
        _ status: ILLStatus, reason: ReasonForMessage, answer: Bool?, note: String?, record: ILLRequestRecord,
        state: LendingState, costs: Costs?, requester: Peer?, at: Date
    ) -> SupplyingAgencyMessage {
        let unfilled = status == .unfilled ? SchemeValue(value: note ?? "NotAvailable") : nil
        let delivery = deliveryInfo(status, state: state, note: note, costs: costs, at: at)
        return SupplyingAgencyMessage(
            header: MessageHeader(
                supplyingAgency: record.supplyingAgency ?? AgencyID(value: record.libraryCode),
                requestingAgency: record.requestingAgency, timestamp: at,
                requestingAgencyRequestID: record.requestingRequestID,
                supplyingAgencyRequestID: record.supplyingRequestID,
                authentication: requester.flatMap(authentication(for:))),
            messageInfo: MessageInfo(
                reasonForMessage: reason, answerYesNo: answer, note: note, reasonUnfilled: unfilled),
            statusInfo: StatusInfo(
                status: status, dueDate: state.dueAt.map { Date(timeIntervalSince1970: TimeInterval($0)) },
                lastChange: at),
            deliveryInfo: delivery)
    }

    /// `deliveryInfo` goes with `Loaned` (the copy's barcode, the cost) and `CopyCompleted` (the link, the cost).
    private static func deliveryInfo(
        _ status: ILLStatus, state: LendingState, note: String?, costs: Costs?, at: Date
    ) -> DeliveryInfo? {
        switch status {
        case .loaned:
            return DeliveryInfo(
                dateSent: at, itemID: state.barcode, sentVia: SchemeValue(value: "Courier"),
                loanCondition: state.conditions.isEmpty
                    ? nil : SchemeValue(value: state.conditions.joined(separator: ",")),
                deliveryCosts: costs)
        case .copyCompleted:
            return DeliveryInfo(
                dateSent: at, itemID: note, sentVia: SchemeValue(value: "URL"),
                deliveredFormat: SchemeValue(value: "PDF"), deliveryCosts: costs)
        default:
            return nil
        }
    }

    private static func authentication(for peer: Peer) -> RequestingAgencyAuthentication? {
        guard peer.outgoingAccountID != nil || peer.outgoingSecurityCode != nil else { return nil }
        return RequestingAgencyAuthentication(
            accountID: peer.outgoingAccountID, securityCode: peer.outgoingSecurityCode)
    }
}
