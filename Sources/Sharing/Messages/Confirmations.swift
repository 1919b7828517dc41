import Foundation
import ISO18626

/// The confirmation that answers an incoming message (ISO 18626 section 8: every message is confirmed with
/// `messageStatus` OK or ERROR and, for ERROR, the `errorData`), built by the codec's `ISO18626Confirmation`.
enum Confirmations {
    /// The confirmation of a message we could read, accepted or refused for a business reason.
    static func make(for message: ISO18626Message, error: ErrorData?, at: Date) -> ISO18626Message {
        ISO18626Confirmation.confirming(message, timestampReceived: at, timestamp: at, errorData: error)
            ?? unaddressed(error ?? ErrorData(errorType: .unrecognisedDataElement), at: at)
    }

    /// The ERROR confirmation of a message that could not be read, addressed from what was salvaged of it.
    static func make(for refusal: ISO18626Refusal, at: Date) -> ISO18626Message {
        ISO18626Confirmation.refusing(refusal, timestampReceived: at, timestamp: at)
            ?? unaddressed(refusal.errorData, at: at)
    }

    /// When not even the kind of message could be told (an empty `ISO18626Message`, not XML at all), the answer
    /// is a `requestConfirmation` without agencies, which the schema allows, carrying the error.
    private static func unaddressed(_ error: ErrorData, at: Date) -> ISO18626Message {
        .requestConfirmation(
            RequestConfirmation(
                confirmationHeader: ConfirmationHeader(timestamp: at, timestampReceived: at, messageStatus: .error),
                errorData: error))
    }
}
