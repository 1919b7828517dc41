import Foundation
import ISO18626
import Testing

@Suite struct MessagesAreAddressedWithoutSwitchingOnTheirKind {
    @Test(arguments: TestMessages.everyKind)
    func agenciesAndRequestIDAreFoundInEveryKind(message: ISO18626Message) {
        #expect(message.requestingAgency == TestMessages.requester)
        #expect(message.supplyingAgency == TestMessages.supplier)
        #expect(message.requestingAgencyRequestID == "SZ-2025-000042")
        #expect((message.header == nil) == message.kind.isConfirmation)
        #expect((message.confirmationHeader == nil) != message.kind.isConfirmation)
        #expect(message.supplyingAgencyRequestID == (message.kind.isConfirmation ? nil : "ZSU-77"))
        #expect(message.timestamp == (message.kind.isConfirmation ? TestMessages.later : TestMessages.sent))
    }

    @Test func kindNamesAreTheElementNames() {
        let names = TestMessages.everyKind.map(\.kind.rawValue)
        #expect(
            names == [
                "request", "requestConfirmation", "supplyingAgencyMessage", "supplyingAgencyMessageConfirmation",
                "requestingAgencyMessage", "requestingAgencyMessageConfirmation",
            ])
    }
}
