extension LoanState {
    /// A check-in ends the loan wherever it happens. A loan on loan is charged its overdue fine; a copy found
    /// after being declared lost or claimed returned is not charged again.
    func checkin(_ checkin: LoanCheckin) throws(CirculationRefusal) -> Transition<LoanState> {
        let details: LoanDetails
        var effects: [CirculationEffect] = []
        switch self {
        case .onLoan(let onLoan):
            details = onLoan
            if let fine = OverdueFine.assess(details, endingAt: checkin.at, calendar: checkin.calendar) {
                effects.append(.chargeFine(fine))
            }
        case .lost(let lost, _): details = lost
        case .claimedReturned(let claimed, _): details = claimed
        case .none, .returned: throw .notOnLoan
        }
        effects += Self.routingEffects(checkin, copy: details.copy)
        return Transition(.returned(details, LoanReturn(at: checkin.at, library: checkin.library)), effects: effects)
    }

    /// Declaring a copy lost ends the loan and charges the overdue fine to that day; a replacement charge is the
    /// fines step's business.
    func declareLost(at: Int64, calendar: LibraryCalendar) throws(CirculationRefusal) -> Transition<LoanState> {
        switch self {
        case .onLoan(let details):
            let fine = OverdueFine.assess(details, endingAt: at, calendar: calendar)
            return Transition(.lost(details, declaredAt: at), effects: fine.map { [.chargeFine($0)] } ?? [])
        case .claimedReturned(let details, _):
            return Transition(.lost(details, declaredAt: at))
        case .none, .returned, .lost: throw notOnLoanRefusal()
        }
    }

    /// A claim stops notices and fines until the copy turns up or is declared lost.
    func claimReturned(at: Int64) throws(CirculationRefusal) -> Transition<LoanState> {
        guard case .onLoan(let details) = self else { throw notOnLoanRefusal() }
        return Transition(.claimedReturned(details, claimedAt: at))
    }

    /// Where the copy goes after the loan ends: a transit home, or back on the shelf here. A capture for a hold
    /// is the hold machine's effect, not the loan's.
    static func routingEffects(_ checkin: LoanCheckin, copy: CirculatingCopy) -> [CirculationEffect] {
        switch checkin.routing {
        case .sendHome(let home):
            let request = TransitRequest(
                copy: copy.id, from: checkin.library, to: home, reason: .returnHome, at: checkin.at)
            return [.openTransit(request)]
        case .stay:
            return [.reshelve(copy.id, library: checkin.library)]
        case .captureForHoldShelf, .captureForTransit:
            return []
        }
    }
}
