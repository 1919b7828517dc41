import Foundation
import ISO18626
import Testing

@Suite struct CostsCountInHundredths {
    @Test func centsRoundHalfAwayFromZero() {
        #expect(Costs(currencyCode: "CNY", monetaryValue: Decimal(string: "12.345") ?? 0).cents == 1235)
        #expect(Costs(currencyCode: "CNY", monetaryValue: Decimal(string: "10.5") ?? 0).cents == 1050)
        #expect(Costs(currencyCode: "CNY", monetaryValue: Decimal(string: "0.004") ?? 0).cents == 0)
        #expect(Costs(currencyCode: "EUR", cents: 1999).monetaryValue == Decimal(string: "19.99"))
    }

    @Test func amountIsWrittenInPlainDecimalNotation() {
        let message = ISO18626Message.supplyingAgencyMessage(TestMessages.supplyingAgencyMessage)
        let xml = ISO18626Writer.xml(message)
        #expect(xml.contains("<monetaryValue>12.5</monetaryValue>"))
        #expect(xml.contains("<monetaryValue>30</monetaryValue>"))
    }
}
