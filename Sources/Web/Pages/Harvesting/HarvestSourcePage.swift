import Foundation
import Harvesting
import Hummingbird
import PinakesCore

/// `/staff/harvests/{id}`: one source's edit form and its delete confirmation, and the posts that change,
/// enable, disable or delete it. Only staff of the source's library (and administrators) reach it.
enum HarvestSourcePage {
    struct EnabledForm: Decodable { var enabled: String? }
    struct DeleteForm: Decodable { var confirm: String? }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/harvests/:id", access: .staff) { _, context in
            let source = try await HarvestPages.source(context, services)
            return try render(source, [:], form: nil, context, pages)
        }
        routes.add(.post, "/staff/harvests/:id", access: .staff) { request, context in
            try await update(request, context, services, pages)
        }
        routes.add(.post, "/staff/harvests/:id/enabled", access: .staff) { request, context in
            let source = try await HarvestPages.source(context, services)
            let form = try await request.decode(as: EnabledForm.self, context: context)
            let draft = HarvestSourceDraft(
                libraryCode: source.libraryCode, baseURL: source.baseURL, setSpec: source.setSpec,
                metadataPrefix: source.metadataPrefix, intervalHours: source.intervalHours,
                enabled: form.enabled == "true")
            let actor = try HarvestPages.principal(context).auditName
            _ = try await registry(services).update(source.id, with: draft, actor: actor)
            return Response.redirect(to: "/staff/harvests?done=saved", type: .found)
        }
        routes.add(.post, "/staff/harvests/:id/delete", access: .staff) { request, context in
            let source = try await HarvestPages.source(context, services)
            let form = try await request.decode(as: DeleteForm.self, context: context)
            guard form.confirm == "yes" else {
                let refusal = HarvestFormRefusal(["confirm": Strings.harvest("problem.confirm", context.language)])
                return try render(source, refusal.values, form: nil, context, pages, status: .badRequest)
            }
            let actor = try HarvestPages.principal(context).auditName
            try await registry(services).delete(source.id, actor: actor)
            return Response.redirect(to: "/staff/harvests?done=removed", type: .found)
        }
    }

    /// Stores the edited source, or shows the edit form again with its problems; nothing is stored then.
    static func update(
        _ request: Request, _ context: PinakesRequestContext, _ services: WebServices, _ pages: PageRenderer
    ) async throws -> Response {
        let source = try await HarvestPages.source(context, services)
        let form = try await request.decode(as: HarvestSourceForm.self, context: context)
        let principal = try HarvestPages.principal(context)
        let libraries = try await HarvestPages.manageable(services, principal)
        let refusal: HarvestFormRefusal
        switch form.draft(
            libraries: libraries, principal: principal, fixedLibrary: source.libraryCode, context.language)
        {
        case .failure(let problems): refusal = problems
        case .success(let draft) where try await isDuplicate(draft, of: source, services):
            refusal = HarvestFormRefusal(["source": Strings.harvest("problem.duplicate", context.language)])
        case .success(let draft):
            do {
                _ = try await registry(services).update(source.id, with: draft, actor: principal.auditName)
                return Response.redirect(to: "/staff/harvests?done=saved", type: .found)
            } catch {
                guard let known = HarvestPages.refusal(error, context.language) else { throw error }
                refusal = known
            }
        }
        return try render(source, refusal.values, form: form, context, pages, status: .badRequest)
    }

    /// Whether another source of the library already harvests the draft's URL, set and format.
    static func isDuplicate(
        _ draft: HarvestSourceDraft, of source: HarvestSource, _ services: WebServices
    ) async throws -> Bool {
        try await registry(services).sources(libraryIDs: [source.libraryID]).contains {
            $0.id != source.id && $0.baseURL == draft.baseURL && $0.setSpec == draft.setSpec
                && $0.metadataPrefix == draft.metadataPrefix
        }
    }

    /// The registry of harvest sources and runs.
    static func registry(_ services: WebServices) -> HarvestRegistry {
        HarvestRegistry(database: services.database, clock: services.clock)
    }

    /// The edit page of `source`: the form (as posted, after a refusal) and the delete confirmation.
    static func render(
        _ source: HarvestSource, _ extra: [String: Any], form: HarvestSourceForm?, _ context: PinakesRequestContext,
        _ pages: PageRenderer, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let language = context.language
        let given =
            form
            ?? HarvestSourceForm(
                baseURL: source.baseURL, library: source.libraryCode, setSpec: source.setSpec,
                prefix: source.metadataPrefix.rawValue, intervalHours: String(source.intervalHours),
                enabled: source.enabled ? "true" : nil)
        var values: [String: Any] = [
            "source": HarvestSourcesPage.sourceValues(source, language), "form": given.values,
            "prefixes": HarvestPages.prefixOptions(selected: given.prefix, language),
        ]
        values.merge(extra) { _, new in new }
        return try HarvestPages.page(
            "harvest-source", title: Strings.harvest("editSource", language), values: values, context: context,
            pages: pages, status: status)
    }
}
