import Foundation
import SIP2

/// Fixed times and helpers shared by the SIP2 suites.
enum SIP2Fixtures {
    static let when = SIP2Timestamp(year: 2024, month: 3, day: 5, hour: 14, minute: 30, second: 9)
    static let shanghai = TimeZone(identifier: "Asia/Shanghai") ?? .current
    static let fixedDate = Date(timeIntervalSince1970: 1_709_620_209)  // 2024-03-05 14:30:09 +08:00

    static func configuration(requireLogin: Bool = true, errorDetection: SIP2ErrorDetection = .automatic)
        -> SIP2Configuration
    {
        SIP2Configuration(
            errorDetection: errorDetection, requireLogin: requireLogin, maxFrameLength: 512, timeZone: shanghai,
            institutionID: "SZLIB", now: { fixedDate })
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
