import Consortium
import ISO18626
import PinakesCore

/// One of our own agency ids and the member library it names; a request addressed to it lands in that
/// library's lending queue. The consortium's own id names the root.
public struct OwnAgency: Sendable, Codable, Equatable {
    public var agency: AgencyID
    public var libraryID: Identifier<Library>
    public var libraryCode: String

    public init(agency: AgencyID, libraryID: Identifier<Library>, libraryCode: String) {
        self.agency = agency
        self.libraryID = libraryID
        self.libraryCode = libraryCode
    }
}
