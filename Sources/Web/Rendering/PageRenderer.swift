import Foundation
import HTTPTypes
import Hummingbird
import Mustache

/// Renders the server-side HTML pages from the bundled Mustache templates, in the request's language.
public struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// Loads every template under the bundled `Templates` folder.
    public static func load() async throws -> PageRenderer {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Templates").path else {
            throw WebError.notFound("the page templates are missing from the installation")
        }
        return PageRenderer(library: try await MustacheLibrary(directory: folder))
    }

    /// A full page: `template` inside the layout, with the strings of the caller's language.
    func page(
        _ template: String, title: String, values: [String: Any], context: PinakesRequestContext,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        var data = TemplateValues.withoutEmptyText(values)
        let strings = Strings.table(for: context.language)
        data["t"] = strings
        data["lang"] = context.language.htmlTag
        data["langZh"] = context.language == .zh
        data["title"] = title
        data["csrfToken"] = context.csrfToken ?? ""
        data["langEnHref"] = Self.languageSwitch(context, to: .en)
        data["langZhHref"] = Self.languageSwitch(context, to: .zh)
        if let principal = context.principal {
            data["user"] = [
                "name": principal.displayName, "username": principal.username,
                "isStaff": principal.isStaff, "isReader": principal.role == .reader,
                "role": context.language == .zh ? principal.role.labelZh : principal.role.label,
            ]
        }
        guard let body = library.render(data, withTemplate: template) else {
            throw WebError.notFound("page template \(template) is missing")
        }
        data["content"] = body
        guard let html = library.render(data, withTemplate: "layout") else {
            throw WebError.notFound("page template layout is missing")
        }
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The same page in `language`: the request's query without its `lang`, plus the new one.
    static func languageSwitch(_ context: PinakesRequestContext, to language: Language) -> String {
        let kept = (context.requestQuery ?? "").split(separator: "&").filter { !$0.hasPrefix("lang=") && $0 != "lang" }
        return context.requestPath + "?" + (kept + ["lang=\(language.rawValue)"]).joined(separator: "&")
    }

    /// The error page shown to people.
    func errorPage(status: HTTPResponse.Status, detail: String, context: PinakesRequestContext) throws -> Response {
        let strings = Strings.table(for: context.language)
        return try page(
            "error", title: strings["error"] ?? "Error",
            values: ["status": Int(status.code), "reason": status.reasonPhrase, "detail": detail],
            context: context, status: status)
    }
}
