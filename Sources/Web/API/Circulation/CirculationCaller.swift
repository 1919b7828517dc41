import Accounts
import Circulation
import Consortium
import Foundation
import PinakesCore

/// Who is at the desk or in "my account", checked against what they ask for: staff act for the libraries in
/// their scope (DESIGN.md §8), a reader only for their own card.
enum CirculationCaller {
    /// The signed-in account, or 401.
    static func principal(_ context: PinakesRequestContext) throws -> Principal {
        guard let principal = context.principal else { throw WebError.unauthenticated("sign in first") }
        return principal
    }

    /// The desk's library, when the caller's scope covers it; an unknown code is the refusal naming it.
    static func desk(_ code: String, _ context: PinakesRequestContext, services: WebServices) async throws -> Library {
        let principal = try principal(context)
        let trimmed = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard !trimmed.isEmpty else { throw WebError.invalidParameter("library", "library must be a library code") }
        // The circulation rules' library list is cached for a few seconds; a desk call must stay cheap.
        let library = try await services.circulation.policies.rules().library(code: trimmed)
        guard principal.mayManage(library.id) else {
            throw WebError.forbidden("your account does not work at the desk of \(library.code)")
        }
        return library
    }

    /// The reader with `id`, when the caller's scope covers the reader's home library.
    static func managedReader(_ id: Int64, _ context: PinakesRequestContext, services: WebServices) async throws
        -> ReaderProfile
    {
        let principal = try principal(context)
        let reader = try await services.circulation.readers.require(Identifier(id))
        guard principal.mayManage(reader.homeLibraryID) else {
            throw WebError.forbidden("reader \(id) belongs to \(reader.homeLibraryCode), outside your libraries")
        }
        return reader
    }

    /// The reader whose "my account" login is signed in, or 404 when the account has no card.
    static func ownReader(_ context: PinakesRequestContext, services: WebServices) async throws -> ReaderProfile {
        let principal = try principal(context)
        guard principal.role == .reader else {
            throw WebError.forbidden("only a reader's own account has loans and holds of its own")
        }
        guard let reader = try await services.circulation.readers.reader(account: principal.userID.rawValue) else {
            throw WebError.notFound("no reader card is linked to account \(principal.username)")
        }
        return reader
    }

    /// Staff may act for any reader's hold or loan; a reader only for their own (`nil` means staff).
    static func actingReader(_ context: PinakesRequestContext, services: WebServices) async throws -> ReaderProfile? {
        let principal = try principal(context)
        if principal.isStaff { return nil }
        return try await ownReader(context, services: services)
    }

    /// Whether the caller may change the copy's record (declare it lost, record a claim): its library is in scope.
    static func requireItemScope(_ barcode: String, _ context: PinakesRequestContext, services: WebServices)
        async throws
    {
        let principal = try principal(context)
        let trimmed = barcode.trimmingCharacters(in: .whitespaces)
        guard let item = try await services.catalog.item(barcode: trimmed) else {
            throw CirculationRefusal.unknownItem(barcode: trimmed)
        }
        guard principal.mayManage(item.libraryID) else {
            throw WebError.forbidden("item \(trimmed) belongs to \(item.libraryCode), outside your libraries")
        }
    }

    /// `2026-12-31` (the end of that day in the consortium's time zone) or seconds since 1970; nil when empty.
    static func moment(_ text: String?, parameter: String, services: WebServices) throws -> Int64? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let seconds = Int64(text) { return seconds }
        guard let date = LocalDate(text) else {
            throw WebError.invalidParameter(parameter, "\(parameter) must be a date like 2026-12-31")
        }
        let zone = services.circulation.settings.timeZone
        let midnight = Int64(date.daysSinceEpoch) * 86_400
        return midnight + 86_399 - Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(midnight))))
    }
}
