import Catalog
import Circulation
import Foundation
import PinakesCore
import SIP2
import SQLKit

/// `demo.json` in the data directory: what a visitor (or an outside check) needs to try the demo — the kiosk
/// login, the web logins, readers who may borrow and copies on the shelf — as the database holds them now.
public struct DemoGuide: Sendable, Encodable {
    public struct Kiosk: Sendable, Encodable {
        public var user: String
        public var password: String
        public var institution: String
        public var location: String
    }
    public struct Login: Sendable, Encodable {
        public var username: String
        public var password: String
        public var role: String
        public init(username: String, password: String, role: String) {
            self.username = username
            self.password = password
            self.role = role
        }
    }
    public struct ReaderCard: Sendable, Encodable {
        public var card: String
        public var name: String
        public var library: String
    }
    public struct Copy: Sendable, Encodable {
        public var barcode: String
        public var library: String
        public var title: String
    }

    public var sip2: Kiosk
    public var logins: [Login]
    public var readers: [ReaderCard]
    public var items: [Copy]

    /// Categories whose demo readers can borrow books at any library without a PIN.
    private static let borrowing: Set<ReaderCategory> = [.adult, .student, .senior, .staff]

    /// The guide for `demo` on `node`, with the kiosk login the node serves now.
    public static func current(
        _ demo: DemoConsortium, kiosk: SIP2KioskAccount, on node: PinakesNode, itemLimit: Int = 150
    ) async throws -> DemoGuide {
        let today = LocalDate(epochSeconds: node.clock.epochSeconds, in: node.circulation.settings.timeZone)
        var readers: [ReaderCard] = []
        for entry in demo.readers {
            guard let profile = try? await node.circulation.readers.reader(card: entry.card),
                profile.status == .active, profile.blocks.isEmpty, !profile.hasPIN, profile.owedCents == 0,
                profile.validThrough.map({ $0 >= today }) ?? true, borrowing.contains(profile.category)
            else { continue }
            readers.append(
                ReaderCard(card: profile.cardNumber ?? entry.card, name: profile.name, library: profile.homeLibraryCode)
            )
        }
        return DemoGuide(
            sip2: Kiosk(
                user: kiosk.user, password: kiosk.password, institution: kiosk.library,
                location: kiosk.library == demo.kiosk.institution ? demo.kiosk.location : kiosk.library),
            logins: demo.accounts.map { Login(username: $0.username, password: $0.password, role: $0.role) },
            readers: readers, items: try await shelfCopies(node.database, limit: itemLimit))
    }

    /// Loanable books on the shelf whose title nobody is waiting for, spread over the libraries.
    private static func shelfCopies(_ database: Database, limit: Int) async throws -> [Copy] {
        let rows = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT i.barcode, l.code, r.display FROM item_copy i JOIN org_library l ON l.id = i.library_id
                JOIN bib_source_record r ON r.id = i.record_id
                WHERE i.status = 'available' AND LOWER(i.item_type) = 'book' AND NOT EXISTS (
                    SELECT 1 FROM circ_hold h WHERE h.status IN ('active', 'suspended', 'in-transit', 'ready-for-pickup')
                        AND (h.cluster_id = r.cluster_id OR h.copy_id = i.id OR h.targeted_copy_id = i.id))
                ORDER BY i.barcode LIMIT \(bind: limit)
                """
            ).all()
        }
        return try rows.map { row in
            let barcode = try row.decode(column: "barcode", as: String.self)
            return Copy(
                barcode: barcode, library: try row.decode(column: "code", as: String.self),
                title: CirculationCopy.title(
                    fromDisplay: try row.decode(column: "display", as: String?.self), fallback: barcode))
        }
    }

    /// Writes the guide to `directory/demo.json`, creating the directory when needed.
    public func write(toDirectory directory: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let path = (directory as NSString).appendingPathComponent("demo.json")
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
        return path
    }
}
