import XMLTree

/// The message kind, header and echo fields read from an unvalidated document, to address a refusal.
///
/// Only fixed paths are visited (root → message → header → agency), so a hostile tree cannot make this costly.
struct RefusalContext {
    var kind: ISO18626MessageKind?
    var header = SalvagedHeader()
    var action: ILLAction?
    var reasonForMessage: ReasonForMessage?

    /// Nothing known: the bytes were not even XML.
    init() {}

    /// Reads what it can below the document element.
    init(root: DOMElement) {
        guard let message = root.children.first, let kind = ISO18626MessageKind(rawValue: message.name) else {
            return
        }
        self.kind = kind
        if let header = message.child("header") ?? message.child("confirmationHeader") {
            self.header = Self.salvage(header)
        }
        let actionText = message.child("action")?.text.trimmingWhitespace()
        action = actionText.flatMap(ILLAction.init(rawValue:))
        let reasonText = (message.child("messageInfo") ?? message).child("reasonForMessage")?.text
        reasonForMessage = reasonText.map { $0.trimmingWhitespace() }.flatMap(ReasonForMessage.init(rawValue:))
    }

    /// A refusal carrying this context.
    func refusal(
        _ errorType: ErrorType, _ errorValue: String, path: String? = nil, line: Int? = nil, problems: [String] = []
    ) -> ISO18626Refusal {
        ISO18626Refusal(
            errorType: errorType, errorValue: errorValue, elementPath: path, line: line, kind: kind, header: header,
            action: action, reasonForMessage: reasonForMessage, problems: problems.isEmpty ? [errorValue] : problems)
    }

    private static func salvage(_ header: DOMElement) -> SalvagedHeader {
        let text: (String) -> String? = { name in header.child(name)?.text.trimmingWhitespace() }
        return SalvagedHeader(
            supplyingAgency: header.child("supplyingAgencyId").flatMap(agency),
            requestingAgency: header.child("requestingAgencyId").flatMap(agency),
            multipleItemRequestID: text("multipleItemRequestId").flatMap { $0.isEmpty ? nil : $0 },
            timestamp: text("timestamp").flatMap(ISO18626DateTime.date(from:)),
            requestingAgencyRequestID: text("requestingAgencyRequestId"),
            supplyingAgencyRequestID: text("supplyingAgencyRequestId"))
    }

    private static func agency(_ element: DOMElement) -> AgencyID? {
        guard let type = element.child("agencyIdType"), let value = element.child("agencyIdValue") else { return nil }
        return AgencyID(type: type.text.trimmingWhitespace(), value: value.text.trimmingWhitespace())
    }
}
