extension ConfirmationHeader {
    /// Decodes a `confirmationHeader`; an empty `multipleItemRequestId` reads as `nil`.
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            supplyingAgency: try wire.agency("supplyingAgencyId"),
            requestingAgency: try wire.agency("requestingAgencyId"),
            timestamp: try wire.requiredDate("timestamp"),
            requestingAgencyRequestID: wire.string("requestingAgencyRequestId"),
            multipleItemRequestID: wire.string("multipleItemRequestId").flatMap { $0.isEmpty ? nil : $0 },
            timestampReceived: try wire.requiredDate("timestampReceived"),
            messageStatus: try wire.required("messageStatus").enumerationValue(as: MessageStatus.self))
    }
}

extension WireElement {
    /// The `confirmationHeader` child.
    func confirmationHeader() throws(WireProblem) -> ConfirmationHeader {
        try ConfirmationHeader(wire: try required("confirmationHeader"))
    }

    /// The `errorData` child.
    func errorData() throws(WireProblem) -> ErrorData? {
        try optional("errorData").map { element throws(WireProblem) in
            ErrorData(
                errorType: try element.required("errorType").enumerationValue(as: ErrorType.self),
                errorValue: element.string("errorValue"))
        }
    }
}

extension ISO18626Message {
    /// Decodes the message element of a validated `ISO18626Message`.
    init(wire: WireElement) throws(WireProblem) {
        guard let kind = ISO18626MessageKind(rawValue: wire.name) else {
            throw WireProblem(path: wire.path, message: "not an ISO 18626 message", line: wire.line)
        }
        switch kind {
        case .request:
            self = .request(try ILLRequest(wire: wire))
        case .requestConfirmation:
            self = .requestConfirmation(
                RequestConfirmation(confirmationHeader: try wire.confirmationHeader(), errorData: try wire.errorData()))
        case .supplyingAgencyMessage:
            self = .supplyingAgencyMessage(try SupplyingAgencyMessage(wire: wire))
        case .supplyingAgencyMessageConfirmation:
            self = .supplyingAgencyMessageConfirmation(
                SupplyingAgencyMessageConfirmation(
                    confirmationHeader: try wire.confirmationHeader(),
                    reasonForMessage: try wire.enumeration("reasonForMessage", as: ReasonForMessage.self),
                    errorData: try wire.errorData()))
        case .requestingAgencyMessage:
            self = .requestingAgencyMessage(try RequestingAgencyMessage(wire: wire))
        case .requestingAgencyMessageConfirmation:
            self = .requestingAgencyMessageConfirmation(
                RequestingAgencyMessageConfirmation(
                    confirmationHeader: try wire.confirmationHeader(),
                    action: try wire.enumeration("action", as: ILLAction.self), errorData: try wire.errorData()))
        }
    }
}
