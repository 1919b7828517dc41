import Foundation
import ISO18626
import Sharing
import Testing

@Suite struct TariffsChargeWhatWasSupplied {
    let tariff = LedgerTariff(
        currency: "CNY", loanFeeCents: 1_000, copyFeePerPageCents: 50, minimumCopyFeeCents: 300,
        postageCentsPerShipment: 1_200, postageBothWays: true)

    @Test func aLoanOutChargesTheFeeAndOneShipment() {
        let charges = tariff.charges(service: .loan, pages: nil, returned: false)
        #expect(charges.map(\.kind) == [.loanFee, .postage])
        #expect(charges.map(\.amountCents) == [1_000, 1_200])
        #expect(charges.allSatisfy { $0.currency == "CNY" })
    }

    @Test func aReturnedLoanChargesPostageBothWaysOnOneLine() {
        let charges = tariff.charges(service: .loan, pages: nil, returned: true)
        #expect(charges.map(\.amountCents) == [1_000, 2_400])
        #expect(charges[1].description == "Postage: 2 shipments (out and back) at 12.00")
        var oneWay = tariff
        oneWay.postageBothWays = false
        #expect(oneWay.charges(service: .loan, pages: nil, returned: true).map(\.amountCents) == [1_000, 1_200])
    }

    @Test func aCopyIsChargedByThePageAboveTheMinimum() {
        let charges = tariff.charges(service: .copy, pages: 12, returned: false)
        #expect(
            charges == [
                LedgerCharge(
                    kind: .copyFee, amountCents: 600, currency: "CNY", description: "Copy fee: 12 pages at 0.50")
            ])
        #expect(tariff.charges(service: .copy, pages: 2, returned: false).map(\.amountCents) == [300])
        #expect(
            tariff.charges(service: .copy, pages: nil, returned: false).map(\.description) == [
                "Copy fee: minimum, pages not known"
            ])
    }

    @Test func copyOrLoanIsChargedAsWhatWasSupplied() {
        #expect(tariff.charges(service: .copyOrLoan, pages: 20, returned: false).map(\.kind) == [.copyFee])
        #expect(tariff.charges(service: .copyOrLoan, pages: nil, returned: false).map(\.kind) == [.loanFee, .postage])
    }

    @Test func aFreeTariffChargesNothing() {
        #expect(LedgerTariff().charges(service: .loan, pages: nil, returned: true).isEmpty)
        #expect(LedgerTariff().charges(service: .copy, pages: 40, returned: false).isEmpty)
    }

    @Test func aTariffDocumentMayLeaveOutWhatItDoesNotCharge() throws {
        let tariff = try JSONDecoder().decode(LedgerTariff.self, from: Data(#"{"copyFeePerPageCents": 30}"#.utf8))
        #expect(tariff == LedgerTariff(copyFeePerPageCents: 30))
        #expect(tariff.currency == "CNY")
        let again = try JSONDecoder().decode(LedgerTariff.self, from: try JSONEncoder().encode(self.tariff))
        #expect(again == self.tariff)
    }
}

@Suite struct AmountsAreWrittenAsDecimals {
    @Test func centsHaveTwoPlacesAndASign() {
        #expect(DecimalText.cents(1_250) == "12.50")
        #expect(DecimalText.cents(5) == "0.05")
        #expect(DecimalText.cents(-305) == "-3.05")
        #expect(DecimalText.cents(0) == "0.00")
        #expect(DecimalText.cents(Int.min).hasPrefix("-92233720368547758."))
    }

    @Test func numbersDropTrailingZeros() {
        #expect(DecimalText.number(3.5) == "3.5")
        #expect(DecimalText.number(2) == "2")
        #expect(DecimalText.number(0.125, places: 2) == "0.13")
        #expect(DecimalText.number(-0.001) == "0")
        #expect(DecimalText.number(1_234.5, places: 0) == "1235")
    }
}
