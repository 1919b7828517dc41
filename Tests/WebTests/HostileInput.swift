import Foundation
import ISO18626

/// Messages a hostile or broken peer might post to `/iso18626`, and the ISO 18626 error each must get.
enum HostileInput: String, CaseIterable, CustomStringConvertible {
    case unknownAgency, wrongSecurityCode, shippedReturnBeforeLoaned, schemaInvalid, tenMegabytes
    case entityExpansion, externalEntity, notWellFormed

    var description: String { rawValue }

    var expected: ErrorType {
        switch self {
        case .unknownAgency, .wrongSecurityCode, .schemaInvalid: return .unrecognisedDataValue
        case .shippedReturnBeforeLoaned: return .unsupportedActionType
        case .tenMegabytes, .entityExpansion, .externalEntity, .notWellFormed: return .badlyFormedMessage
        }
    }

    /// What must be there first: the request the out-of-order action is about.
    var setup: [UInt8]? { self == .shippedReturnBeforeLoaned ? Array(Self.request(from: "REQ").utf8) : nil }

    var body: [UInt8] {
        switch self {
        case .unknownAgency:
            return Array(Self.request(from: "NOBODY").utf8)
        case .wrongSecurityCode:
            return Array(
                Self.request(
                    from: "SECURE",
                    auth: "<requestingAgencyAuthentication><accountId>SECURE</accountId>"
                        + "<securityCode>wrong</securityCode></requestingAgencyAuthentication>"
                ).utf8)
        case .shippedReturnBeforeLoaned:
            return Array(Self.action("ShippedReturn", requestID: "hostile-1").utf8)
        case .schemaInvalid:
            return Array(
                Self.request(from: "REQ").replacingOccurrences(of: "<serviceType>Loan", with: "<serviceType>Lend").utf8)
        case .tenMegabytes:
            return Array(
                Self.request(from: "REQ").replacingOccurrences(
                    of: "<title>", with: "<title>" + String(repeating: "x", count: 10 << 20)
                ).utf8)
        case .entityExpansion:
            let lol =
                "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            return Array(Self.request(from: "REQ", doctype: lol).replacingOccurrences(of: "Lord", with: "&lol3;").utf8)
        case .externalEntity:
            let xxe = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            return Array(Self.request(from: "REQ", doctype: xxe).replacingOccurrences(of: "Lord", with: "&xxe;").utf8)
        case .notWellFormed:
            return Array(Self.request(from: "REQ").replacingOccurrences(of: "</title>", with: "</titel>").utf8)
        }
    }

    static func request(from agency: String, auth: String = "", doctype: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>\(doctype)
        <ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" \
        xmlns:ill="http://illtransactions.org/2013/iso18626" ill:version="1.2">
        <request><header>
        <supplyingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>BROKER</agencyIdValue></supplyingAgencyId>
        <requestingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>\(agency)</agencyIdValue></requestingAgencyId>
        <multipleItemRequestId></multipleItemRequestId><timestamp>2026-12-01T10:00:00Z</timestamp>
        <requestingAgencyRequestId>hostile-1</requestingAgencyRequestId>\(auth)
        </header>
        <bibliographicInfo><title>Lord of the Rings</title></bibliographicInfo>
        <serviceInfo><requestType>New</requestType><serviceType>Loan</serviceType></serviceInfo>
        </request></ISO18626Message>
        """
    }

    static func action(_ action: String, requestID: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" \
        xmlns:ill="http://illtransactions.org/2013/iso18626" ill:version="1.2">
        <requestingAgencyMessage><header>
        <supplyingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>BROKER</agencyIdValue></supplyingAgencyId>
        <requestingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>REQ</agencyIdValue></requestingAgencyId>
        <multipleItemRequestId></multipleItemRequestId><timestamp>2026-12-01T10:00:00Z</timestamp>
        <requestingAgencyRequestId>\(requestID)</requestingAgencyRequestId>
        </header><action>\(action)</action></requestingAgencyMessage></ISO18626Message>
        """
    }
}
