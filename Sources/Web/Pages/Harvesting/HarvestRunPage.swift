import Consortium
import Foundation
import Harvesting
import Hummingbird
import PinakesCore

/// "Harvest now" on a source (the run starts at once and goes on after the answer), and
/// `/staff/harvests/runs/{id}`: one run's pages, counts and error, reloading while it runs.
enum HarvestRunPage {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.post, "/staff/harvests/:id/harvest", access: .staff) { _, context in
            let source = try await HarvestPages.source(context, services)
            let actor = try HarvestPages.principal(context).auditName
            guard services.background.accepting else {
                return try await HarvestSourcesPage.render(
                    ["error": "the server is shutting down: harvest again once it is back"], form: nil, context,
                    services, pages, status: .serviceUnavailable)
            }
            let harvester = Harvester(database: services.database, clock: services.clock)
            let started: StartedHarvest
            do {
                started = try await harvester.start(source, actor: actor)
            } catch let error as HarvestError {
                // Another harvest of the source is running, or its library has gone.
                return try await HarvestSourcesPage.render(
                    ["error": String(describing: error)], form: nil, context, services, pages, status: .conflict)
            }
            // The pages are fetched after the answer: the run's page shows them arriving.
            let work: @Sendable () async -> Void = {
                do {
                    _ = try await harvester.complete(started)
                } catch {
                    harvester.logger.error("harvest run \(started.run.id) could not record its end: \(error)")
                }
            }
            if !services.background.start(work) { await work() }
            return Response.redirect(to: "/staff/harvests/runs/\(started.run.id)", type: .found)
        }
        routes.add(.get, "/staff/harvests/runs/:id", access: .staff) { _, context in
            let id = try context.parameters.identifier("id")
            let registry = HarvestRegistry(database: services.database, clock: services.clock)
            guard let run = try await registry.run(id: id) else {
                throw WebError.notFound("there is no harvest run \(id)")
            }
            let library = try await services.libraries.library(code: run.libraryCode)
            guard let library, try HarvestPages.principal(context).mayManage(library.id) else {
                throw WebError.forbidden("harvest run \(id) belongs to \(run.libraryCode), outside your libraries")
            }
            let language = context.language
            // A running harvest's page reloads itself until the run ends.
            var values: [String: Any] = ["run": runValues(run, language)]
            if run.status == "running" { values["refreshSeconds"] = 2 }
            return try HarvestPages.page(
                "harvest-run", title: Strings.harvest("run", language), values: values, context: context, pages: pages)
        }
    }

    /// One run as the pages show it.
    static func runValues(_ run: HarvestRun, _ language: Language) -> [String: Any] {
        [
            "id": run.id, "library": run.libraryCode, "baseURL": run.baseURL,
            "from": run.from ?? Strings.harvest("full", language), "started": HarvestPages.time(run.startedAt),
            "finished": HarvestPages.time(run.finishedAt), "status": HarvestPages.status(run.status, language),
            "failed": run.status == "failed", "pages": run.pages, "new": run.new, "updated": run.updated,
            "unchanged": run.unchanged, "deleted": run.deleted, "rejected": run.rejected, "errorText": run.error ?? "",
        ]
    }
}
