import Crypto
import Foundation
import ISO18626
import PinakesCore
import SQLKit

/// Opening a delivered document: its bytes, or why not.
public enum DocumentOpening: Sendable {
    case file(bytes: [UInt8], contentType: String, filename: String)
    case expired
    case usedUp
    case unknown
}

extension SharingDesk {
    /// The supplier delivers a copy: the file (PDF or image, checked by its bytes) is kept behind a link that
    /// expires and opens a limited number of times, booked in the ledger, and `CopyCompleted` tells the
    /// requester where to fetch it.
    public func deliverCopy(
        _ id: Int64, file: [UInt8], filename: String, pages: Int?, actor: String
    ) async throws -> ILLRequestRecord {
        let settings = try await directory.settings()
        guard !file.isEmpty else { throw SharingRefusal.invalidInput("file: the upload is empty") }
        guard file.count <= settings.documentMaxBytes else {
            throw SharingRefusal.invalidInput("file: \(file.count) bytes, more than \(settings.documentMaxBytes)")
        }
        guard let format = DocumentFormat(sniffing: file) else {
            throw SharingRefusal.invalidInput("file: \(filename) is not a PDF, PNG, JPEG or TIFF file")
        }
        guard let base = ownBaseURL(settings) else {
            throw SharingRefusal.invalidInput("the sharing settings name no public endpoint for document links")
        }
        let record = try await request(id)
        _ = try record.lending().transition(on: .deliverCopy(url: "", costCents: 0, currency: "CNY"))
        let token = Self.newToken()
        let url = "\(base)/api/v1/documents/\(token)"
        let cents = settings.tariff.charges(service: .copy, pages: pages, returned: false).reduce(0) {
            $0 + $1.amountCents
        }
        let now = clock.epochSeconds
        let name = Self.safeFilename(filename, format: format)
        try await write { sql in
            guard let fresh = try await SharingRows.request(id: id, on: sql) else { return }
            try await DocumentRows.insert(
                request: id, token: token, filename: name, contentType: format.rawValue, bytes: file, pages: pages,
                expiresAt: now + Int64(settings.documentDays) * 86_400, maxOpens: Self.supplierLinkOpens, at: now,
                on: sql)
            let transition = try fresh.lending().transition(
                on: .deliverCopy(url: url, costCents: cents, currency: settings.tariff.currency))
            try await persist(fresh, transition, event: "deliver-copy", actor: actor, note: name, on: sql)
        }
        kick()
        return try await request(id)
    }

    /// The requester's side: fetches the lender's copy once and keeps it for the reader behind a link of our
    /// own, with our settings' expiry and number of openings.
    func fetchDocument(request id: Int64, from url: String) async throws {
        let settings = try await directory.settings()
        let record = try await request(id)
        var peer: Peer?
        if let lender = record.supplyingAgency { peer = try await directory.peer(lender) }
        let (bytes, _) = try await transport.fetch(
            url, token: peer?.outgoingToken, maximumBytes: settings.documentMaxBytes)
        guard let format = DocumentFormat(sniffing: bytes) else {
            throw SharingRefusal.peerUnreachable("\(url) did not send a PDF or image")
        }
        let now = clock.epochSeconds
        try await write { sql in
            guard try await DocumentRows.documents(request: id, on: sql).isEmpty else { return }
            try await DocumentRows.insert(
                request: id, token: Self.newToken(), filename: "copy-\(id).\(format.fileExtension)",
                contentType: format.rawValue, bytes: bytes, pages: nil,
                expiresAt: now + Int64(settings.documentDays) * 86_400, maxOpens: settings.documentOpens, at: now,
                on: sql)
            try await SharingRows.addEvent(
                request: id, at: now, actor: "pinakes", event: "document-kept", from: record.status,
                to: record.status, note: "\(bytes.count) bytes", on: sql)
        }
    }

    /// The documents of a request (the reader's link is the first of a borrowing request's).
    public func documents(of id: Int64) async throws -> [DeliveredDocument] {
        try await database.withConnection { sql in try await DocumentRows.documents(request: id, on: sql) }
    }

    /// Opens a document by its link's token, counting the opening and logging who opened it.
    public func openDocument(token: String, who: String) async throws -> DocumentOpening {
        let now = clock.epochSeconds
        return try await write { sql in
            guard let document = try await DocumentRows.document(token: token, on: sql) else { return .unknown }
            if document.expiresAt <= now {
                try await DocumentRows.logDelivery(
                    document: document.id, who: who, outcome: "expired", at: now, on: sql)
                return .expired
            }
            guard let bytes = try await DocumentRows.open(document, now: now, on: sql) else {
                try await DocumentRows.logDelivery(
                    document: document.id, who: who, outcome: "used-up", at: now, on: sql)
                return .usedUp
            }
            try await DocumentRows.logDelivery(document: document.id, who: who, outcome: "opened", at: now, on: sql)
            return .file(bytes: bytes, contentType: document.contentType, filename: document.filename)
        }
    }

    /// The base URL of this node for links (the endpoint without its `/iso18626`).
    public func ownBaseURL(_ settings: SharingSettings) -> String? {
        guard let endpoint = settings.endpoint ?? defaultEndpoint else { return nil }
        var base = endpoint
        if base.hasSuffix("/iso18626") { base.removeLast("/iso18626".count) }
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }

    /// How often the requester's node may open our link: once to keep the copy, twice more if a fetch fails
    /// halfway. Readers open the requester's own link, whose limit is its settings' `documentOpens`.
    static let supplierLinkOpens = 3

    static func newToken() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func safeFilename(_ name: String, format: DocumentFormat) -> String {
        let base = (name as NSString).lastPathComponent.filter { $0.isLetter || $0.isNumber || "-_. ".contains($0) }
        let trimmed = String(base.prefix(100)).trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "copy.\(format.fileExtension)" : trimmed
    }
}
