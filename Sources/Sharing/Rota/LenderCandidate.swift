import Foundation
import ISO18626

/// A library that holds the wanted item and might supply it, with the facts the rota ranks it by.
public struct LenderCandidate: Sendable, Hashable, Codable {
    /// The agency as ISO 18626 names it (`supplyingAgencyId`).
    public var agency: AgencyID
    /// Name shown to staff.
    public var name: String
    /// Copies of the wanted title the library holds.
    public var holdingsCount: Int
    /// Copies on the shelf and lendable now.
    public var availableCopies: Int
    /// Requests the library supplied to others within the ledger window.
    public var lentCount: Int
    /// Requests the library received from others within the same window.
    public var borrowedCount: Int
    /// Loans it agreed to give per borrowing (ReShare's `InstitutionalLoanToBorrowRatio`); none means the
    /// rota's default in `RotaWeights.loanToBorrowRatio`.
    public var loanToBorrowRatio: Double?
    /// Distance from the requesting library in kilometres; none when not known.
    public var distanceKm: Double?
    /// What it charges for the service; none when not known.
    public var cost: ServiceCost?
    /// Days it usually takes from request to shipping; none when not known.
    public var turnaroundDays: Double?
    /// ISO 18626 services it offers (`Loan`, `Copy`, or `CopyOrLoan` for both).
    public var services: [ServiceType]
    /// Whether it is closed today, so a copy on its shelf cannot be pulled before it opens again.
    public var isClosedToday: Bool
    /// Whether lending to or from it is suspended in the directory.
    public var isSuspended: Bool
    /// Hours it has to answer before the rota moves on; none means the requester's default.
    public var answerDeadlineHours: Int?

    /// A candidate; only the agency and name are required.
    public init(
        agency: AgencyID, name: String, holdingsCount: Int = 1, availableCopies: Int = 0, lentCount: Int = 0,
        borrowedCount: Int = 0, loanToBorrowRatio: Double? = nil, distanceKm: Double? = nil,
        cost: ServiceCost? = nil, turnaroundDays: Double? = nil, services: [ServiceType] = [.loan, .copy],
        isClosedToday: Bool = false, isSuspended: Bool = false, answerDeadlineHours: Int? = nil
    ) {
        self.agency = agency
        self.name = name
        self.holdingsCount = holdingsCount
        self.availableCopies = availableCopies
        self.lentCount = lentCount
        self.borrowedCount = borrowedCount
        self.loanToBorrowRatio = loanToBorrowRatio
        self.distanceKm = distanceKm
        self.cost = cost
        self.turnaroundDays = turnaroundDays
        self.services = services
        self.isClosedToday = isClosedToday
        self.isSuspended = isSuspended
        self.answerDeadlineHours = answerDeadlineHours
    }

    /// Whether it offers `service`; a `CopyOrLoan` request is served by either (ISO 18626 `serviceType`).
    public func offers(_ service: ServiceType) -> Bool {
        service == .copyOrLoan ? !services.isEmpty : services.contains(service) || services.contains(.copyOrLoan)
    }

    /// Where availability puts it in the rota.
    public var tier: RotaTier {
        guard availableCopies > 0 else { return .notOnShelf }
        return isClosedToday ? .onShelfClosedToday : .onShelfNow
    }
}
