import Foundation
import Hummingbird
import ISO18626
import Sharing

/// `/staff/ill/directory`: our own directory entry as peers read it, the peers we exchange with and their
/// terms, and for administrators the forms to add a peer, one of our agency ids, and the sharing settings.
enum ILLDirectoryPage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/ill/directory", access: .staff) { request, context in
            let done = request.uri.queryParameters.get("done") != nil
            return try await render(
                done ? ["notice": Strings.sharing("saved", context.language)] : [:], context, services, pages)
        }
        routes.add(.post, "/staff/ill/directory/peers", access: .admin) { request, context in
            let form = try await request.decode(as: ILLDirectoryForms.PeerForm.self, context: context)
            return try await change(context, services, pages) { directory, actor in
                let stored = try await directory.peer(
                    AgencyID(type: BorrowingForm.given(form.agencyType) ?? "ISIL", value: form.agencyValue))
                try await directory.save(
                    try form.peer(over: stored), incomingSecurityCode: BorrowingForm.given(form.incomingSecurityCode),
                    actor: actor)
            }
        }
        routes.add(.post, "/staff/ill/directory/agencies", access: .admin) { request, context in
            let form = try await request.decode(as: ILLDirectoryForms.AgencyForm.self, context: context)
            return try await change(context, services, pages) { directory, actor in
                _ = try await directory.addOwnAgency(
                    AgencyID(type: BorrowingForm.given(form.type) ?? "ISIL", value: form.value), library: form.library,
                    actor: actor)
            }
        }
        routes.add(.post, "/staff/ill/directory/settings", access: .admin) { request, context in
            let form = try await request.decode(as: ILLDirectoryForms.SettingsForm.self, context: context)
            return try await change(context, services, pages) { directory, actor in
                try await directory.saveSettings(try form.settings(over: try await directory.settings()), actor: actor)
            }
        }
    }

    /// Makes an administrator's change and shows the page again: saved, or with the refusal.
    static func change(
        _ context: PinakesRequestContext, _ services: WebServices, _ pages: PageRenderer,
        _ body: (SharingDirectory, String) async throws -> Void
    ) async throws -> Response {
        let directory = try SharingCaller.desk(services).directory
        do {
            try await body(directory, try CirculationCaller.principal(context).auditName)
            return Response.redirect(to: "/staff/ill/directory?done=saved", type: .found)
        } catch {
            guard let refusal = ILLPages.refusal(error, context.language) else { throw error }
            return try await render(["error": refusal.message], context, services, pages, status: refusal.status)
        }
    }

    static func render(
        _ extra: [String: Any], _ context: PinakesRequestContext, _ services: WebServices, _ pages: PageRenderer,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let desk = try SharingCaller.desk(services)
        let own = try await DirectoryAPI.ownEntry(services)
        let settings = try await desk.directory.settings()
        var values: [String: Any] = [
            "own": [
                "name": language == .zh ? (own.nameZh ?? own.name) : own.name, "endpoint": own.endpoint ?? "",
                "catalogue": own.catalogue ?? "", "services": serviceList(own.services, language),
                "loanDays": own.loanDays, "copyTerms": own.copyTerms, "tariff": tariff(own.tariff, language),
                "turnaround": String(format: "%.1f", own.turnaroundDays), "timeZone": own.timeZone,
                "agencies": own.agencies.map { ["agency": "\($0.type):\($0.value)", "library": $0.library] },
            ] as [String: Any],
            "peers": try await desk.directory.peers().map { peer(DirectoryAPI.masked($0), language) },
            "isAdmin": try CirculationCaller.principal(context).role == .admin,
            "settings": settingsValues(settings),
            "libraries": try await ILLFormat.pickups(services, selected: nil, language),
        ]
        values["hasPeers"] = !((values["peers"] as? [Any]) ?? []).isEmpty
        values.merge(extra) { _, new in new }
        return try ILLPages.page(
            "ill-directory", title: Strings.sharing("directory", language), values: values, context: context,
            pages: pages, status: status)
    }

    static func peer(_ peer: Peer, _ language: Language) -> [String: Any] {
        var terms: [String] = []
        if let days = peer.loanDays { terms.append("\(Strings.sharing("loanDays", language)) \(days)") }
        terms.append("\(Strings.sharing("answerHours", language)) \(peer.answerHours)")
        if let copy = peer.copyTerms { terms.append(copy) }
        return [
            "agency": peer.agency.description, "name": peer.name, "nameZh": peer.nameZh ?? "",
            "endpoint": peer.endpoint, "services": serviceList(peer.services, language),
            "terms": terms.joined(separator: " · "),
            "tariff": peer.tariff.map { tariff($0, language) } ?? "",
            "status": Strings.sharing(peer.suspended ? "peerSuspended" : "peerActive", language),
        ]
    }

    static func serviceList(_ list: [ServiceType], _ language: Language) -> String {
        list.map { ILLFormat.service($0, language) }.joined(separator: ", ")
    }

    /// `Fee per loan 8.00 CNY · Fee per copied page 0.25 · …`.
    static func tariff(_ tariff: LedgerTariff, _ language: Language) -> String {
        let parts = [
            ("loanFee", tariff.loanFeeCents), ("copyFeePerPage", tariff.copyFeePerPageCents),
            ("minimumCopyFee", tariff.minimumCopyFeeCents), ("postage", tariff.postageCentsPerShipment),
        ].map { "\(Strings.sharing($0.0, language)) \(ILLFormat.amount($0.1))" }
        return "\(tariff.currency): " + parts.joined(separator: " · ")
    }

    static func settingsValues(_ settings: SharingSettings) -> [String: Any] {
        [
            "endpoint": settings.endpoint ?? "", "autoApprove": settings.autoApprove, "autoSupply": settings.autoSupply,
            "answerHours": settings.answerHours, "loanDays": settings.loanDays, "documentDays": settings.documentDays,
            "documentOpens": settings.documentOpens, "currency": settings.tariff.currency,
            "loanFee": ILLFormat.amount(settings.tariff.loanFeeCents),
            "copyFeePerPage": ILLFormat.amount(settings.tariff.copyFeePerPageCents),
            "minimumCopyFee": ILLFormat.amount(settings.tariff.minimumCopyFeeCents),
            "postage": ILLFormat.amount(settings.tariff.postageCentsPerShipment),
            "postageBothWays": settings.tariff.postageBothWays,
        ]
    }
}
