import Foundation
import ISO18626

extension LedgerTariff {
    /// The charges for one supplied service, at most one line per kind (the ledger books one row per request and
    /// kind). A `CopyOrLoan` request is charged as what was supplied: a copy when pages are given, else a loan.
    /// `returned` says whether a loan has come back, which adds the return shipment when postage is both ways.
    public func charges(service: ServiceType, pages: Int?, returned: Bool) -> [LedgerCharge] {
        let suppliedCopy = service == .copy || (service == .copyOrLoan && pages != nil)
        let lines = suppliedCopy ? [copyCharge(pages: pages)] : [loanCharge(), postageCharge(returned: returned)]
        return lines.filter { $0.amountCents > 0 }
    }

    func loanCharge() -> LedgerCharge {
        LedgerCharge(kind: .loanFee, amountCents: max(loanFeeCents, 0), currency: currency, description: "Loan fee")
    }

    func postageCharge(returned: Bool) -> LedgerCharge {
        let shipments = postageBothWays && returned ? 2 : 1
        let each = max(postageCentsPerShipment, 0)
        let text =
            shipments == 2
            ? "Postage: 2 shipments (out and back) at \(DecimalText.cents(each))" : "Postage: 1 shipment (out)"
        return LedgerCharge(kind: .postage, amountCents: each * shipments, currency: currency, description: text)
    }

    func copyCharge(pages: Int?) -> LedgerCharge {
        let minimum = max(minimumCopyFeeCents, 0)
        guard let pages, pages > 0 else {
            return LedgerCharge(
                kind: .copyFee, amountCents: minimum, currency: currency,
                description: "Copy fee: minimum, pages not known")
        }
        let byPage = pages.multipliedReportingOverflow(by: max(copyFeePerPageCents, 0))
        let amount = byPage.overflow ? Int.max : byPage.partialValue
        let text =
            amount < minimum
            ? "Copy fee: minimum (\(pages) pages at \(DecimalText.cents(copyFeePerPageCents)))"
            : "Copy fee: \(pages) \(pages == 1 ? "page" : "pages") at \(DecimalText.cents(copyFeePerPageCents))"
        return LedgerCharge(kind: .copyFee, amountCents: max(amount, minimum), currency: currency, description: text)
    }
}
