import Circulation
import HTTPTypes
import Hummingbird
import PinakesCore
import Sharing

/// The interlibrary loan pages: the reader's request form and "my interlibrary requests", the staff queues,
/// a request's page with its actions, the pull slip, the directory and the monthly statements.
enum ILLPages {
    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        ILLRequestPage.register(on: routes, services: services, pages: pages)
        MyInterlibraryPages.register(on: routes, services: services, pages: pages)
        ILLQueuePage.register(on: routes, services: services, pages: pages)
        ILLStaffRequestPage.register(on: routes, services: services, pages: pages)
        ILLDocumentUpload.register(on: routes, services: services, pages: pages)
        ILLSlipPage.register(on: routes, services: services, pages: pages)
        ILLDirectoryPage.register(on: routes, services: services, pages: pages)
        ILLStatementPage.register(on: routes, services: services, pages: pages)
    }

    /// A page with the interlibrary strings (`{{s.key}}`) besides the common ones (`{{t.key}}`).
    static func page(
        _ template: String, title: String, values: [String: Any], context: PinakesRequestContext,
        pages: PageRenderer, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        var values = values
        values["s"] = Strings.sharingTable(for: context.language)
        return try pages.page(template, title: title, values: values, context: context, status: status)
    }

    /// A refusal of the sharing desk, circulation or the web layer as a sentence in the page's language, with
    /// its HTTP status; nil for errors the error page should show.
    static func refusal(_ error: any Error, _ language: Language) -> (message: String, status: HTTPResponse.Status)? {
        switch error {
        case let refusal as SharingRefusal:
            return (language == .zh ? refusal.chinese : refusal.english, refusal.httpStatus)
        case let refusal as CirculationRefusal:
            return (refusal.message(language), refusal.httpStatus)
        case let error as WebError:
            if case .invalidParameter(_, let message) = error { return (message, .badRequest) }
            if case .badRequest(let message) = error { return (message, .badRequest) }
            return nil
        case let error as PinakesError:
            if case .invalidInput(let message) = error { return (message, .badRequest) }
            if case .notFound(let message) = error { return (message, .notFound) }
            return nil
        default:
            return nil
        }
    }
}
