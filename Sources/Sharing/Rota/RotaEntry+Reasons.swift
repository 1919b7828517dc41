import Foundation

extension RotaEntry {
    /// English sentences telling staff why the lender stands where it does: availability, fairness, distance,
    /// charge, turnaround, the score's parts, and the answer deadline. Written when read, not when ranked.
    public var reasons: [String] {
        var reasons = [availabilityReason, fairnessReason, distanceReason, costReason, turnaroundReason]
        let p = parts
        reasons.append(
            "score \(DecimalText.number(score)) = availability \(DecimalText.number(p.availability))"
                + " + fairness \(DecimalText.number(p.fairness)) + distance \(DecimalText.number(p.distance))"
                + " + cost \(DecimalText.number(p.cost)) + turnaround \(DecimalText.number(p.turnaround))")
        if let hours = candidate.answerDeadlineHours {
            reasons.append("must answer within \(hours) hours or the next lender is asked")
        }
        return reasons
    }

    var availabilityReason: String {
        let copies = candidate.availableCopies
        let held = max(candidate.holdingsCount, copies)
        switch tier {
        case .onShelfNow:
            return "\(copies) of \(held) \(held == 1 ? "copy" : "copies") on the shelf and lendable now"
        case .onShelfClosedToday:
            return "\(copies) on the shelf but closed today, so asked after libraries open today"
        case .notOnShelf:
            return "no copy on the shelf now (holds \(held)), so asked after every library with a copy available"
        }
    }

    var fairnessReason: String {
        let ratio = DecimalText.number(loanToBorrowRatio)
        let facts =
            "lent \(candidate.lentCount) and borrowed \(candidate.borrowedCount); at \(ratio) "
            + (loanToBorrowRatio == 1 ? "loan" : "loans") + " per borrowing"
        if loansOwed > 0 {
            return facts + " it owes \(DecimalText.number(loansOwed, places: 1)) loans, so asked earlier"
        }
        if loansOwed < 0 {
            return facts + " it has lent \(DecimalText.number(-loansOwed, places: 1)) more than its share"
        }
        return facts + " its lending and borrowing are in balance"
    }

    var distanceReason: String {
        guard let km = candidate.distanceKm, km.isFinite else { return "distance unknown, scored as middling" }
        return "\(DecimalText.number(max(km, 0), places: km < 10 ? 1 : 0)) km away"
    }

    var costReason: String {
        guard let cost = candidate.cost else { return "charge unknown, scored as middling" }
        let amount = "\(DecimalText.cents(cost.cents)) \(cost.currency)"
        guard cost.currency == comparedCurrency else {
            return "charges \(amount), not compared with charges in \(comparedCurrency ?? "other currencies")"
        }
        return "charges \(amount)"
    }

    var turnaroundReason: String {
        guard let days = candidate.turnaroundDays, days.isFinite else {
            return "turnaround unknown, scored as middling"
        }
        return "usually ships in \(DecimalText.number(max(days, 0), places: 1)) \(days == 1 ? "day" : "days")"
    }
}
