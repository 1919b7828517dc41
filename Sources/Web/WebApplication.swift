import Hummingbird
import Logging

/// Builds the HTTP application: middleware in order (request id and access log, metrics, errors, session), then
/// every feature's routes.
public enum WebApplication {
    /// The router with all routes, for the server and for `app.test(.router)` in tests; `serving` turns `/ready`
    /// to 503 when the node drains.
    public static func buildRouter(services: WebServices, pages: PageRenderer, serving: ServingState = ServingState())
        -> (Router<PinakesRequestContext>, RouteTable)
    {
        let router = Router(context: PinakesRequestContext.self)
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: RequestMetricsMiddleware(registry: services.metrics))
        router.add(middleware: ErrorMiddleware(pages: pages))
        router.add(middleware: SessionMiddleware(accounts: services.accounts))
        let routes = RouteTable(router: router)
        SystemRoutes.register(on: routes, services: services, serving: serving)
        HomePage.register(on: routes, services: services, pages: pages)
        LoginPage.register(on: routes, services: services, pages: pages)
        StaffPage.register(on: routes, services: services, pages: pages)
        SearchPage.register(on: routes, services: services, pages: pages)
        TitlePage.register(on: routes, services: services, pages: pages)
        MARCPage.register(on: routes, services: services, pages: pages)
        DeskPage.register(on: routes, services: services, pages: pages)
        DeskListPage.register(on: routes, services: services, pages: pages)
        ReaderPages.register(on: routes, services: services, pages: pages)
        AccountPage.register(on: routes, services: services, pages: pages)
        RegisterPage.register(on: routes, services: services, pages: pages)
        PolicyPage.register(on: routes, services: services, pages: pages)
        CalendarPage.register(on: routes, services: services, pages: pages)
        ILLPages.register(on: routes, services: services, pages: pages)
        HarvestPages.register(on: routes, services: services, pages: pages)
        TitleRequest.register(on: routes, services: services)
        LibraryAPI.register(on: routes, services: services)
        JobsAPI.register(on: routes, services: services)
        ItemAPI.register(on: routes, services: services)
        SearchAPI.register(on: routes, services: services)
        ClusterAPI.register(on: routes, services: services)
        RecordAPI.register(on: routes, services: services)
        AccountAPI.register(on: routes, services: services)
        CirculationAPI.register(on: routes, services: services)
        ReaderAPI.register(on: routes, services: services)
        HoldAPI.register(on: routes, services: services)
        MyAccountAPI.register(on: routes, services: services)
        PolicyAPI.register(on: routes, services: services)
        CalendarAPI.register(on: routes, services: services)
        CirculationListAPI.register(on: routes, services: services)
        ISO18626Endpoint.register(on: routes, services: services)
        SRUEndpoint.register(on: routes, services: services)
        OAIEndpoint.register(on: routes, services: services)
        DirectoryAPI.register(on: routes, services: services)
        InterlibraryAPI.register(on: routes, services: services)
        DocumentAPI.register(on: routes, services: services)
        StatementAPI.register(on: routes, services: services)
        RouteListAPI.register(on: routes)
        OpenAPIDocumentAPI.register(on: routes)
        return (router, routes)
    }

    /// The application listening on `host:port`.
    public static func build(
        services: WebServices, pages: PageRenderer, host: String, port: Int, logger: Logger,
        serving: ServingState = ServingState(), onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let (router, _) = buildRouter(services: services, pages: pages, serving: serving)
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "Pinakes"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}
