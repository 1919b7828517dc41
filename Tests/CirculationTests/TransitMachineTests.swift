import Circulation
import Consortium
import Foundation
import PinakesCore
import Testing

@Suite struct TransitsOpenAndClose {
    static let copy = Identifier<CirculatingCopy>(7)
    static let hold = Identifier<Hold>(42)
    static let home = TransitRequest(copy: copy, from: Sample.tongli, to: Sample.gusu, reason: .returnHome, at: 100)
    static let forHold = TransitRequest(
        copy: copy, from: Sample.gusu, to: Sample.central, reason: .hold, hold: hold, at: 100)

    @Test func aTransitOpens() throws {
        let next = try TransitState.none.transition(on: .open(Self.home))
        #expect(next.state == .open(Self.home))
        #expect(next.effects.isEmpty)
    }

    @Test func aCopyHasOneOpenTransit() {
        #expect(throws: CirculationRefusal.transitAlreadyOpen) {
            try TransitState.open(Self.home).transition(on: .open(Self.forHold))
        }
    }

    @Test func receivingAtHomeReshelves() throws {
        let next = try TransitState.open(Self.home).transition(on: .receive(library: Sample.gusu, at: 200))
        #expect(next.state == .received(Self.home, at: 200))
        #expect(next.effects == [.reshelve(Self.copy, library: Sample.gusu)])
    }

    @Test func receivingForAHoldDeliversToIt() throws {
        let next = try TransitState.open(Self.forHold).transition(on: .receive(library: Sample.central, at: 200))
        #expect(next.effects == [.deliverToHold(Self.hold, copy: Self.copy, library: Sample.central)])
    }

    @Test func receivingAtAnotherLibraryIsRefused() {
        #expect(throws: CirculationRefusal.transitForAnotherLibrary(Sample.gusu)) {
            try TransitState.open(Self.home).transition(on: .receive(library: Sample.central, at: 200))
        }
    }

    @Test func cancellingReleasesTheCopy() throws {
        let next = try TransitState.open(Self.home).transition(on: .cancel(at: 300))
        #expect(next.state == .cancelled(Self.home, at: 300))
        #expect(next.effects == [.releaseCopy(Self.copy)])
    }

    @Test func onlyAnOpenTransitIsReceivedOrCancelled() {
        #expect(throws: CirculationRefusal.transitNotOpen(.none)) {
            try TransitState.none.transition(on: .receive(library: Sample.gusu, at: 1))
        }
        #expect(throws: CirculationRefusal.transitNotOpen(.received)) {
            try TransitState.received(Self.home, at: 1).transition(on: .cancel(at: 2))
        }
        #expect(throws: CirculationRefusal.transitNotOpen(.cancelled)) {
            try TransitState.cancelled(Self.home, at: 1).transition(on: .receive(library: Sample.gusu, at: 2))
        }
    }
}

@Suite struct StatesPersistAsJSON {
    @Test func everyMachineStateRoundTrips() throws {
        let states: [LoanState] = [.none, LoanFixture.onLoan(renewals: 1)]
        let holds: [HoldState] = [HoldFixture.active, HoldFixture.ready]
        let transits: [TransitState] = [.open(TransitsOpenAndClose.forHold)]
        #expect(try JSONDecoder().decode([LoanState].self, from: JSONEncoder().encode(states)) == states)
        #expect(try JSONDecoder().decode([HoldState].self, from: JSONEncoder().encode(holds)) == holds)
        #expect(try JSONDecoder().decode([TransitState].self, from: JSONEncoder().encode(transits)) == transits)
    }

    @Test func statusesAreStableWords() {
        #expect(LoanFixture.onLoan(renewals: 1).status.rawValue == "renewed")
        #expect(HoldFixture.ready.status.rawValue == "ready-for-pickup")
        #expect(TransitReason.returnHome.rawValue == "return-home")
        #expect(NoticeKind.holdExpired.rawValue == "hold-expired")
    }
}
