import Foundation

extension SIP2Responder {
    func itemInformation(_ message: SIP2ItemInformationRequest, session: SIP2Session) async throws -> SIP2Response {
        let item = try await service.itemInformation(barcode: message.itemIdentifier, session: session)
        var response = SIP2ItemInformationResponse(
            circulationStatus: item.circulationStatus, transactionDate: configuration.timestamp,
            itemIdentifier: item.barcode, titleIdentifier: item.title)
        response.securityMarker = item.securityMarker
        response.feeType = item.feeType
        response.holdQueueLength = item.holdQueueLength
        response.dueDate = item.dueDate.map { text($0) }
        response.recallDate = item.recallDate.map { text($0) }
        response.holdPickupDate = item.holdPickupDate.map { text($0) }
        response.owner = item.owner
        response.currencyType = item.currency
        response.feeAmount = item.feeAmount.map(Self.amount)
        response.mediaType = item.mediaType
        response.permanentLocation = item.permanentLocation
        response.currentLocation = item.currentLocation
        response.screenMessage = item.screenMessage
        response.printLine = item.printLine
        return .itemInformation(response)
    }

    func feePaid(_ message: SIP2FeePaidRequest, session: SIP2Session) async throws -> SIP2Response {
        guard let amount = Decimal(string: message.feeAmount.trimmingSpaces), amount > 0 else {
            throw SIP2Error.badField(.feeAmount, value: message.feeAmount)
        }
        let payment = try await service.feePaid(
            card: message.patronIdentifier, password: message.patronPassword, amount: amount,
            currency: message.currencyType, feeType: message.feeType, paymentType: message.paymentType,
            feeIdentifier: message.feeIdentifier, transactionID: message.transactionID, session: session)
        var response = SIP2FeePaidResponse(
            paymentAccepted: payment.accepted, transactionDate: configuration.timestamp,
            institutionID: message.institutionID, patronIdentifier: message.patronIdentifier,
            transactionID: payment.transactionID ?? message.transactionID)
        response.screenMessage = payment.screenMessage
        response.printLine = payment.printLine
        return .feePaid(response)
    }

    func endSession(_ message: SIP2EndPatronSessionRequest, session: SIP2Session) async throws -> SIP2Response {
        let end = try await service.endSession(
            card: message.patronIdentifier, password: message.patronPassword, session: session)
        var response = SIP2EndSessionResponse(
            endSession: end.ended, transactionDate: configuration.timestamp, institutionID: message.institutionID,
            patronIdentifier: message.patronIdentifier)
        response.screenMessage = end.screenMessage
        response.printLine = end.printLine
        return .endSession(response)
    }
}
