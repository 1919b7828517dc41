import Circulation
import Foundation
import PinakesCore

extension CirculationKiosk {
    public func patronStatus(card: String, password: String?, session: SIP2Session) async throws
        -> SIP2PatronStanding
    {
        let reader: ReaderProfile
        do {
            reader = try await desk.readers.reader(card: card)
        } catch {
            return unknownPatron(card, message: try refusalMessage(error))
        }
        return try await standing(of: reader, card: card, password: password)
    }

    public func patronInformation(
        card: String, password: String?, summary: SIP2Summary?, range: ClosedRange<Int>, session: SIP2Session
    ) async throws -> SIP2PatronInformation {
        let reader: ReaderProfile
        do {
            reader = try await desk.readers.reader(card: card)
        } catch {
            return SIP2PatronInformation(standing: unknownPatron(card, message: try refusalMessage(error)))
        }
        var info = SIP2PatronInformation(standing: try await standing(of: reader, card: card, password: password))
        // Loans, holds and contact details only for the card's holder: a reader with a PIN must give it (AD).
        guard try await desk.readers.checkPIN(password ?? "", of: reader) else { return info }
        let account = try await desk.account(of: reader.id)
        let ready = account.holds.filter { $0.status == .readyForPickup }
        let waiting = account.holds.filter { $0.status != .readyForPickup }
        let overdue = account.loans.filter(\.overdue)
        let fines = account.fines.filter { $0.owedCents > 0 }
        info.holdCount = ready.count
        info.unavailableHoldCount = waiting.count
        info.overdueCount = overdue.count
        info.chargedCount = account.loans.count
        info.fineCount = fines.count
        let list: [String] =
            switch summary {
            case .holdItems: ready.map { $0.barcode ?? $0.title }
            case .unavailableHolds: waiting.map(\.title)
            case .overdueItems: overdue.map(\.barcode)
            case .chargedItems: account.loans.map(\.barcode)
            case .fineItems: fines.map { "\(KioskMessage.yuan($0.owedCents)) \($0.title ?? $0.kind)" }
            case .recallItems, nil: []
            }
        info.items = Array(list.dropFirst(range.lowerBound - 1).prefix(range.count))
        if let policy = try? await desk.policies.rules().rule(reader.category, .book, at: reader.homeLibraryCode)
            .policy
        {
            info.chargedLimit = policy.maxLoans
            info.holdLimit = policy.maxHolds
        }
        info.feeLimit = Decimal(desk.settings.fineLimitCents) / 100
        info.email = reader.email
        info.phone = reader.phone
        return info
    }

    /// The standing of a known reader: blocks and expiry as status flags and a screen message, money owed, and
    /// whether the PIN given (if any) is right.
    func standing(of reader: ReaderProfile, card: String, password: String?) async throws -> SIP2PatronStanding {
        var passwordValid: Bool?
        if let password, !password.isEmpty {
            passwordValid = try await desk.readers.checkPIN(password, of: reader)
        }
        var status: SIP2PatronStatus = []
        var messages: [String] = []
        let standing = reader.standing(fineLimitCents: desk.settings.fineLimitCents)
        do throws(CirculationRefusal) {
            if reader.status == .pending { throw .cardPending }
            try standing.check(on: LocalDate(epochSeconds: desk.clock.epochSeconds, in: desk.settings.timeZone))
        } catch {
            status.formUnion(SIP2Refusal.denied)
            messages.append(say(.refusal(error)))
        }
        if standing.blocks.contains(.lostCard) { status.insert(.cardReportedLost) }
        if standing.blocks.contains(.fines) { status.insert(.excessiveOutstandingFines) }
        if passwordValid == false { messages.append(say(.wrongPIN)) }
        if messages.isEmpty { messages.append(say(.welcome(name: reader.name))) }
        return SIP2PatronStanding(
            card: reader.cardNumber ?? card, valid: true, name: reader.name, passwordValid: passwordValid,
            status: status, language: language.sip2, currency: Self.currency,
            amountOwed: Decimal(reader.owedCents) / 100, screenMessage: messages)
    }

    /// The answer for a card circulation does not know (or no longer honours).
    func unknownPatron(_ card: String, message: String) -> SIP2PatronStanding {
        SIP2PatronStanding(
            card: card, valid: false, name: "", status: SIP2Refusal.denied, language: language.sip2,
            screenMessage: [message])
    }
}
