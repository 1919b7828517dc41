import Circulation
import Consortium
import PinakesCore
import Testing

@Suite struct CheckinDecidesWhereTheCopyGoes {
    static let book = Sample.copy(7, home: Sample.gusu)

    static func hold(
        _ id: Int64, pickup: Identifier<Library>, position: Int = 1, placed: Int64 = 1_000,
        level: HoldLevel = .title(Sample.title), target: Identifier<CirculatingCopy>? = nil
    ) -> WaitingHold {
        WaitingHold(
            hold: Identifier(id), level: level, pickupLibrary: pickup, queuePosition: position, placedAt: placed,
            targetedCopy: target)
    }

    func decide(
        at library: Identifier<Library>, holds: [WaitingHold] = [], copy: CirculatingCopy = book,
        groups: [FloatingGroup] = []
    ) -> CheckinDecision {
        CheckinDecision.decide(
            CheckinFacts(copy: copy, library: library, waitingHolds: holds, floatingGroups: groups))
    }

    @Test func aHoldForPickupHereGoesOnTheHoldShelf() {
        #expect(
            decide(at: Sample.central, holds: [Self.hold(1, pickup: Sample.central)])
                == .captureForHoldShelf(Identifier(1)))
    }

    @Test func aHoldForPickupElsewhereTravels() {
        let decision = decide(at: Sample.tongli, holds: [Self.hold(1, pickup: Sample.central)])
        #expect(decision == .captureForTransit(Identifier(1), pickup: Sample.central))
        #expect(decision.english == "Send to library 1 for hold 1.")
    }

    @Test func theFirstInTheQueueWinsOverPickupHere() {
        let holds = [
            Self.hold(1, pickup: Sample.tongli, position: 2), Self.hold(2, pickup: Sample.central, position: 1),
        ]
        #expect(decide(at: Sample.tongli, holds: holds) == .captureForTransit(Identifier(2), pickup: Sample.central))
    }

    @Test func aHoldOnThisVeryCopyComesFirst() {
        let holds = [
            Self.hold(1, pickup: Sample.central, position: 1),
            Self.hold(2, pickup: Sample.tongli, position: 3, level: .copy(Self.book.id)),
        ]
        #expect(decide(at: Sample.gusu, holds: holds) == .captureForTransit(Identifier(2), pickup: Sample.tongli))
    }

    @Test func aHoldThatTargetedThisCopyComesBeforeTheQueue() {
        let holds = [
            Self.hold(1, pickup: Sample.central, position: 1),
            Self.hold(2, pickup: Sample.tongli, position: 2, target: Self.book.id),
        ]
        #expect(decide(at: Sample.gusu, holds: holds) == .captureForTransit(Identifier(2), pickup: Sample.tongli))
    }

    @Test func equalPositionsGoToTheEarliestPlacedThenToPickupHere() {
        let older = [
            Self.hold(1, pickup: Sample.central, placed: 2_000), Self.hold(2, pickup: Sample.tongli, placed: 1_500),
        ]
        #expect(decide(at: Sample.central, holds: older) == .captureForTransit(Identifier(2), pickup: Sample.tongli))
        let same = [Self.hold(1, pickup: Sample.tongli), Self.hold(2, pickup: Sample.central)]
        #expect(decide(at: Sample.central, holds: same) == .captureForHoldShelf(Identifier(2)))
        let twins = [Self.hold(5, pickup: Sample.tongli), Self.hold(3, pickup: Sample.tongli)]
        #expect(decide(at: Sample.central, holds: twins) == .captureForTransit(Identifier(3), pickup: Sample.tongli))
    }

    @Test func holdsTheCopyCannotFillAreIgnored() {
        let holds = [
            Self.hold(1, pickup: Sample.central, level: .copy(Identifier(99))),
            Self.hold(2, pickup: Sample.central, level: .title(Sample.otherTitle)),
        ]
        #expect(decide(at: Sample.gusu, holds: holds) == .stay(.atHome))
        #expect(
            CheckinDecision.bestHold(for: CheckinFacts(copy: Self.book, library: Sample.gusu, waitingHolds: holds))
                == nil)
    }

    @Test func withNoHoldsACopyAtHomeStays() {
        #expect(decide(at: Sample.gusu) == .stay(.atHome))
    }

    @Test func withNoHoldsACopyAwayGoesHome() {
        let decision = decide(at: Sample.bookmobile)
        #expect(decision == .sendHome(Sample.gusu))
        #expect(decision.english == "Not needed here: send home to library 2.")
    }

    @Test func aFloatingCopyStaysInsideItsGroup() {
        let floating = Sample.copy(7, home: Sample.gusu, floating: "city")
        let groups = [
            FloatingGroup(name: "rural", libraries: [Sample.tongli]),
            FloatingGroup(name: "city", libraries: [Sample.gusu, Sample.central, Sample.bookmobile]),
        ]
        #expect(decide(at: Sample.bookmobile, copy: floating, groups: groups) == .stay(.floating(group: "city")))
        #expect(decide(at: Sample.tongli, copy: floating, groups: groups) == .sendHome(Sample.gusu))
    }

    @Test func aWaitingHoldBeatsFloating() {
        let floating = Sample.copy(7, home: Sample.gusu, floating: "city")
        let groups = [FloatingGroup(name: "city", libraries: [Sample.gusu, Sample.central])]
        let decision = decide(
            at: Sample.central, holds: [Self.hold(4, pickup: Sample.tongli)], copy: floating, groups: groups)
        #expect(decision == .captureForTransit(Identifier(4), pickup: Sample.tongli))
    }
}
