import Catalog
import Foundation

/// A stateless resumption token (OAI-PMH 2.0 §3.5): the whole state of a list request — format, set, the
/// fixed `from`/`until` window, the last (datestamp, id) sent, the cursor and the list size — in base64url
/// with a checksum, so any process, before or after a restart, can continue it and a damaged token is refused.
struct OAIResumptionToken: Sendable, Equatable {
    static let version = "1"

    var metadataPrefix: String
    /// The setSpec, as requested.
    var set: String?
    var from: Int64?
    /// Fixed at the first request so records changed during the harvest do not shift its pages.
    var until: Int64
    /// The last entry already sent.
    var last: FeedCursor
    /// How many entries were sent before the next page.
    var cursor: Int
    var completeListSize: Int

    /// The token as sent to harvesters.
    var encoded: String {
        let fields = [
            Self.version, metadataPrefix, set ?? "", from.map(String.init) ?? "", String(until),
            String(last.datestamp), String(last.id), String(cursor), String(completeListSize),
        ]
        let body = fields.map(Self.escape).joined(separator: "|")
        let sealed = body + "|" + Self.checksum(body)
        return Data(sealed.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    init(
        metadataPrefix: String, set: String?, from: Int64?, until: Int64, last: FeedCursor, cursor: Int,
        completeListSize: Int
    ) {
        self.metadataPrefix = metadataPrefix
        self.set = set
        self.from = from
        self.until = until
        self.last = last
        self.cursor = cursor
        self.completeListSize = completeListSize
    }

    /// Reads a token this repository issued; badResumptionToken when it is damaged, truncated or foreign.
    init(_ text: String) throws(OAIProblem) {
        let refusal = OAIProblem(
            .badResumptionToken, "the resumptionToken \(text.prefix(80)) was not issued here or is damaged")
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let sealed = String(data: data, encoding: .utf8),
            let split = sealed.lastIndex(of: "|"),
            Self.checksum(String(sealed[..<split])) == sealed[split...].dropFirst()
        else { throw refusal }
        let fields = sealed[..<split].split(separator: "|", omittingEmptySubsequences: false).map {
            Self.unescape(String($0))
        }
        guard fields.count == 9, fields[0] == Self.version, !fields[1].isEmpty,
            let until = Int64(fields[4]), let stamp = Int64(fields[5]), let id = Int64(fields[6]),
            let cursor = Int(fields[7]), let size = Int(fields[8]), cursor >= 0, size >= 0
        else { throw refusal }
        let from = fields[3].isEmpty ? nil : Int64(fields[3])
        guard fields[3].isEmpty || from != nil else { throw refusal }
        self.init(
            metadataPrefix: fields[1], set: fields[2].isEmpty ? nil : fields[2], from: from, until: until,
            last: FeedCursor(datestamp: stamp, id: id), cursor: cursor, completeListSize: size)
    }

    /// `|` separates fields; a setSpec cannot hold one, but `%` and `|` are escaped anyway.
    private static func escape(_ field: String) -> String {
        field.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "|", with: "%7C")
    }

    private static func unescape(_ field: String) -> String {
        field.replacingOccurrences(of: "%7C", with: "|").replacingOccurrences(of: "%25", with: "%")
    }

    /// FNV-1a (64 bit) in hex: catches truncation and edits, not meant as a secret.
    static func checksum(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
