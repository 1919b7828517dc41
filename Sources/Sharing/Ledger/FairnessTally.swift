import Foundation
import ISO18626

/// Lent and borrowed counts per agency from the ledger since a date, for `LenderCandidate.lentCount` and
/// `borrowedCount`. Each request counts once, however many lines (fee, postage) it was booked with.
///
/// With a `member`, only requests between the member and another agency count, seen from that agency:
/// `lent` is how often it supplied the member, `borrowed` how often it received from the member (reciprocity).
/// Without one, every agency's own loans and borrowings across the whole ledger count, as ReShare's statistics do.
public struct FairnessTally: Sendable, Hashable {
    /// Counts per agency; an agency not listed has none.
    public var counts: [AgencyID: FairnessCount]

    /// A tally from counts.
    public init(counts: [AgencyID: FairnessCount] = [:]) {
        self.counts = counts
    }

    /// The counts of `agency`, zero when it has none.
    public func count(for agency: AgencyID) -> FairnessCount {
        counts[agency] ?? FairnessCount()
    }

    /// The tally of requests booked at or after `since`.
    public static func make(member: AgencyID?, entries: [LedgerEntry], since: Date) -> FairnessTally {
        var seen: Set<String> = []
        var tally = FairnessTally()
        for entry in entries where entry.bookedAt >= since && entry.lender != entry.borrower {
            let key = "\(entry.lender)\u{1F}\(entry.borrower)\u{1F}\(entry.requestID)"
            guard seen.insert(key).inserted else { continue }
            if let member {
                if entry.borrower == member { tally.counts[entry.lender, default: FairnessCount()].lent += 1 }
                if entry.lender == member { tally.counts[entry.borrower, default: FairnessCount()].borrowed += 1 }
            } else {
                tally.counts[entry.lender, default: FairnessCount()].lent += 1
                tally.counts[entry.borrower, default: FairnessCount()].borrowed += 1
            }
        }
        return tally
    }
}
