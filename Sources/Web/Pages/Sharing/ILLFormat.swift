import Consortium
import Foundation
import ISO18626
import Sharing

/// How interlibrary values read on the pages: statuses, services, actions and history events in words, times
/// in the consortium's time zone, amounts in currency units.
enum ILLFormat {
    /// A request's status in words, for its side (borrowing and lending say different things).
    static func status(_ raw: String, role: ILLRole, _ language: Language) -> String {
        raw.isEmpty ? "" : Strings.sharingLabel(role == .borrowing ? "b" : "l", raw, language, fallback: raw)
    }

    /// `Loan`, `Copy` in words.
    static func service(_ service: ServiceType, _ language: Language) -> String {
        Strings.sharingLabel("service", service.rawValue, language, fallback: service.rawValue)
    }

    /// An action's button label.
    static func action(_ name: String, _ language: Language) -> String {
        Strings.sharingLabel("action", name, language, fallback: name)
    }

    /// A history event in words: our own steps, what the lender or borrower said (ISO 18626 status or action)
    /// and what the reader was told.
    static func event(_ name: String, _ language: Language) -> String {
        let parts = name.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return Strings.sharingLabel("event", name, language, fallback: name) }
        return Strings.sharingLabel(parts[0], parts[1], language, fallback: name)
    }

    /// `2026-12-01 14:05` in the consortium's time zone.
    static func moment(_ seconds: Int64?, _ services: WebServices) -> String {
        guard let seconds else { return "" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = services.circulation.settings.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The machine-readable form for `<time datetime>`.
    static func isoMoment(_ seconds: Int64) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// `8.00` for 800 cents, `-0.50` for -50.
    static func amount(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        return sign + String(format: "%d.%02d", abs(cents) / 100, abs(cents) % 100)
    }

    /// Cents from a form's amount (`8`, `8.5`, `0.25`); nil when empty or not an amount of zero or more.
    static func cents(_ text: String?) -> Int? {
        guard let text = BorrowingForm.given(text), let value = Decimal(string: text), value >= 0 else { return nil }
        return NSDecimalNumber(decimal: value * 100).intValue
    }

    /// A library's name in the page's language.
    static func name(_ library: Library, _ language: Language) -> String {
        language == .zh ? (library.nameZh ?? library.name) : library.name
    }

    /// A peer's name in the page's language.
    static func name(_ peer: Peer, _ language: Language) -> String {
        language == .zh ? (peer.nameZh ?? peer.name) : peer.name
    }

    /// Names of the peers by agency (`ISIL:CN-SZ`), for lists that show who lends or asks.
    static func peerNames(_ desk: SharingDesk, _ language: Language) async throws -> [String: String] {
        let peers = try await desk.directory.peers()
        return Dictionary(peers.map { ($0.agency.description, name($0, language)) }) { first, _ in first }
    }

    /// The libraries a reader may pick up at (not the consortium itself), `selected` chosen.
    static func pickups(_ services: WebServices, selected: String?, _ language: Language) async throws
        -> [[String: Any]]
    {
        try await services.libraries.all().filter { $0.type != .consortium }.map { library in
            [
                "code": library.code, "name": name(library, language),
                "selected": library.code == selected?.uppercased(),
            ] as [String: Any]
        }
    }

    /// One request as the queues and "my requests" list it.
    static func row(
        _ record: ILLRequestRecord, peers: [String: String], _ language: Language, _ services: WebServices
    ) -> [String: Any] {
        let other = record.role == .borrowing ? record.supplyingAgency : record.requestingAgency
        return [
            "id": record.id, "title": record.title, "author": record.author,
            "service": service(record.service, language), "statusCode": record.status,
            "status": status(record.status, role: record.role, language), "library": record.libraryCode,
            "other": other.map { peers[$0.description] ?? $0.description } ?? "",
            "updated": moment(record.updatedAt, services), "created": moment(record.createdAt, services),
        ]
    }
}
