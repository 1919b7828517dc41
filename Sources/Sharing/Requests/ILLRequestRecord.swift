import Foundation
import ISO18626

/// One interlibrary request as stored in `ill_request`, on either side, with its machine's state.
public struct ILLRequestRecord: Sendable, Equatable, Encodable {
    public var id: Int64
    public var role: ILLRole
    public var requestingAgency: AgencyID
    /// `requestingAgencyRequestId`: ours when borrowing, the peer's when lending.
    public var requestingRequestID: String
    /// The supplier asked now (borrowing) or the agency id the peer addressed (lending).
    public var supplyingAgency: AgencyID?
    public var supplyingRequestID: String?
    /// Pickup library (borrowing) or lending library (lending).
    public var libraryID: Int64
    public var libraryCode: String
    public var readerID: Int64?
    public var status: String
    public var service: ServiceType
    public var title: String
    public var author: String
    /// The ISO 18626 `request` document we sent or received.
    public var requestXML: String
    /// The ISO 18626 request as JSON (the model's Codable form): what we send each lender, or what we received.
    public var requestJSON: String
    public var answerBy: Int64?
    public var note: String
    public var version: Int64
    public var createdAt: Int64
    public var updatedAt: Int64
    /// The machine's state as JSON (`BorrowingState` or `LendingState`).
    public var stateJSON: String

    enum CodingKeys: String, CodingKey {
        case id, role, requestingAgency, requestingRequestID, supplyingAgency, supplyingRequestID, libraryCode
        case readerID, status, service, title, author, answerBy, note, createdAt, updatedAt
    }

    /// The borrowing machine's state (for `role == .borrowing`).
    public func borrowing() throws -> BorrowingState {
        try JSONDecoder().decode(BorrowingState.self, from: Data(stateJSON.utf8))
    }

    /// The ISO 18626 request itself.
    public func request() throws -> ILLRequest {
        try JSONDecoder().decode(ILLRequest.self, from: Data(requestJSON.utf8))
    }

    /// The lending machine's state (for `role == .lending`).
    public func lending() throws -> LendingState {
        try JSONDecoder().decode(LendingState.self, from: Data(stateJSON.utf8))
    }
}
