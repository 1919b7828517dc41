import Circulation
import Foundation
import Hummingbird
import PinakesCore

/// `/staff/readers/{id}`: one reader for the desk, and what its buttons do.
enum ReaderPage {
    static func render(
        _ id: Identifier<Reader>, _ extra: [String: Any], _ context: PinakesRequestContext, _ services: WebServices,
        _ pages: PageRenderer, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let account = try await services.circulation.account(of: id)
        let reader = account.reader
        let language = context.language
        var values: [String: Any] = [
            "readerID": reader.id.rawValue, "name": reader.name, "card": reader.cardNumber ?? "",
            "category": language == .zh ? reader.category.chinese : reader.category.rawValue,
            "home": reader.homeLibraryCode, "validThrough": reader.validThrough?.description ?? "",
            "email": reader.email ?? "", "phone": reader.phone ?? "",
            "state": Strings.text(reader.status == .pending ? "pending" : "active", language),
            "isPending": reader.status == .pending, "owed": CirculationFormat.money(reader.owedCents),
            "blocks": reader.blocks.map { block in
                [
                    "id": block.id, "kind": language == .zh ? block.kind.chinese : block.kind.english,
                    "note": block.note, "by": block.createdBy,
                ] as [String: Any]
            },
            "blockKinds": ReaderBlock.allCases.filter { $0 != .fines }.map {
                ["value": $0.rawValue, "label": language == .zh ? $0.chinese : $0.english]
            },
            "loans": account.loans.map { CirculationFormat.loan($0, services) },
            "holds": account.holds.map { CirculationFormat.hold($0, language, services) },
            "fines": account.fines.map { CirculationFormat.fine($0, services) },
            "hasPIN": reader.hasPIN,
            "linked": try await services.circulation.readers.linked(reader).map { other in
                [
                    "id": other.id.rawValue, "name": other.name, "card": other.cardNumber ?? "",
                    "home": other.homeLibraryCode,
                ]
                    as [String: Any]
            },
        ]
        values.merge(extra) { _, new in new }
        return try pages.page("reader", title: reader.name, values: values, context: context, status: status)
    }

    /// Carries out one button of the reader's page.
    static func perform(
        _ form: ReaderPages.ActionForm, on reader: ReaderProfile, _ context: PinakesRequestContext,
        _ services: WebServices
    ) async throws {
        let actor = try CirculationCaller.principal(context).auditName
        let desk = services.circulation
        let barcode = form.barcode ?? ""
        switch form.action {
        case "renew": _ = try await desk.renew(barcode: barcode, reader: nil, actor: actor)
        case "lost":
            try await CirculationCaller.requireItemScope(barcode, context, services: services)
            try await desk.declareLost(barcode: barcode, actor: actor)
        case "claims-returned":
            try await CirculationCaller.requireItemScope(barcode, context, services: services)
            try await desk.claimReturned(barcode: barcode, actor: actor)
        case "pay":
            guard let cents = CirculationFormat.cents(form.amount ?? "") else { throw CirculationRefusal.invalidAmount }
            _ = try await desk.pay(
                reader: reader.id, amountCents: cents, library: form.library.flatMap { $0.isEmpty ? nil : $0 },
                actor: actor, note: form.note ?? "")
        case "waive":
            guard let fine = Int64(form.fine ?? "") else { throw WebError.invalidParameter("fine", "fine is missing") }
            _ = try await desk.waive(
                fine: fine, reader: reader.id, amountCents: nil, actor: actor, note: form.note ?? "")
        case "block":
            guard let kind = ReaderBlock(rawValue: form.kind ?? "") else {
                throw WebError.invalidParameter("kind", "kind must be a kind of block")
            }
            _ = try await desk.readers.block(reader.id, kind: kind, note: form.note ?? "", actor: actor)
        case "lift":
            guard let block = Int64(form.block ?? "") else { throw WebError.invalidParameter("block", "no block") }
            _ = try await desk.readers.liftBlock(block, of: reader.id, actor: actor)
        case "verify": _ = try await desk.readers.verify(reader.id, actor: actor)
        case "renew-card": _ = try await desk.readers.renewCard(reader.id, actor: actor)
        case "replace-card":
            _ = try await desk.readers.replaceCard(
                reader.id, newNumber: form.card.flatMap { $0.isEmpty ? nil : $0 }, lost: form.lost == "on",
                actor: actor)
        case "set-pin":
            _ = try await desk.readers.setPIN(reader.id, form.pin ?? "", actor: actor)
        case "link":
            // Both accounts must be in the caller's libraries: linking shows each in the other's record.
            let other = try await desk.readers.reader(card: form.card ?? "")
            _ = try await CirculationCaller.managedReader(other.id.rawValue, context, services: services)
            _ = try await desk.readers.link(reader.id, with: other.id, actor: actor)
        case "cancel-hold":
            guard let hold = Int64(form.hold ?? "") else { throw WebError.invalidParameter("hold", "no hold") }
            _ = try await desk.cancelHold(Identifier(hold), reader: nil, actor: actor)
        default:
            throw WebError.invalidParameter("action", "unknown action \(form.action)")
        }
    }
}
