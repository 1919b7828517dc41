extension SupplyingAgencyMessage {
    /// Decodes a `supplyingAgencyMessage`.
    init(wire: WireElement) throws(WireProblem) {
        let returnInfo = try wire.optional("returnInfo").map { element throws(WireProblem) in
            ReturnInfo(
                returnAgencyID: try element.agency("returnAgencyId"), name: element.string("name"),
                physicalAddress: element.optional("physicalAddress").map(PhysicalAddress.init(wire:)))
        }
        self.init(
            header: try MessageHeader(wire: try wire.required("header")),
            messageInfo: try MessageInfo(wire: try wire.required("messageInfo")),
            statusInfo: try StatusInfo(wire: try wire.required("statusInfo")),
            deliveryInfo: try wire.optional("deliveryInfo").map { element throws(WireProblem) in
                try DeliveryInfo(wire: element)
            },
            returnInfo: returnInfo)
    }
}

extension MessageInfo {
    /// Decodes a `messageInfo`.
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            reasonForMessage: try wire.required("reasonForMessage").enumerationValue(as: ReasonForMessage.self),
            answerYesNo: try wire.yesNo("answerYesNo"), note: wire.string("note"),
            reasonUnfilled: wire.schemeValue("reasonUnfilled"), reasonRetry: wire.schemeValue("reasonRetry"),
            offeredCosts: try wire.costs("offeredCosts"), retryAfter: try wire.date("retryAfter"),
            retryBefore: try wire.date("retryBefore"))
    }
}

extension StatusInfo {
    /// Decodes a `statusInfo`.
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            status: try wire.required("status").enumerationValue(as: ILLStatus.self),
            expectedDeliveryDate: try wire.date("expectedDeliveryDate"), dueDate: try wire.date("dueDate"),
            lastChange: try wire.requiredDate("lastChange"))
    }
}

extension DeliveryInfo {
    /// Decodes a `deliveryInfo`.
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            dateSent: try wire.requiredDate("dateSent"), itemID: wire.string("itemId"),
            sentVia: wire.schemeValue("sentVia"), sentToPatron: try wire.boolean("sentToPatron"),
            loanCondition: wire.schemeValue("loanCondition"), deliveredFormat: wire.schemeValue("deliveredFormat"),
            deliveryCosts: try wire.costs("deliveryCosts"))
    }
}

extension RequestingAgencyMessage {
    /// Decodes a `requestingAgencyMessage`.
    init(wire: WireElement) throws(WireProblem) {
        self.init(
            header: try MessageHeader(wire: try wire.required("header")),
            action: try wire.required("action").enumerationValue(as: ILLAction.self), note: wire.string("note"))
    }
}
