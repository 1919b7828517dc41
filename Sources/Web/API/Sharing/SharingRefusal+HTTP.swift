import HTTPTypes
import Sharing

/// How a sharing refusal travels over HTTP (the ISO 18626 endpoint answers in XML instead).
extension SharingRefusal {
    var httpStatus: HTTPResponse.Status {
        switch self {
        case .protocolError, .invalidInput: return .badRequest
        case .notAllowed, .copyrightLimit: return .conflict
        case .notFound: return .notFound
        case .peerUnreachable: return .badGateway
        }
    }
}
