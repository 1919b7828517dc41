import Circulation
import Foundation
import Hummingbird
import PinakesCore

/// `/staff/circulation/policy`: the loan policy matrix as a table, its JSON for administrators to edit, and
/// the "why" form; `/staff/loans/{id}/why` explains one loan.
enum PolicyPage {
    struct MatrixForm: Decodable { var matrix: String }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/staff/circulation/policy", access: .staff) { request, context in
            var values: [String: Any] = [:]
            let parameters = request.uri.queryParameters
            if parameters.get("category") != nil {
                let query = try PolicyAPI.query(parameters)
                let explanation = try await PolicyAPI.explain(query, services: services)
                values["why"] = whyValues(explanation, context.language)
                values["askedCategory"] = query.readerCategory.rawValue
                values["askedType"] = query.itemType.rawValue
                values["askedLibrary"] = query.libraryCode
            }
            return try await render(values, context, services, pages)
        }
        routes.add(.post, "/staff/circulation/policy", access: .admin) { request, context in
            let form = try await request.decode(as: MatrixForm.self, context: context)
            do {
                let matrix = try PolicyMatrix.decode(Data(form.matrix.utf8))
                try await services.circulation.policies.saveMatrix(
                    matrix, actor: try CirculationCaller.principal(context).auditName)
                return try await render(
                    ["notice": Strings.text("policySaved", context.language)], context, services, pages)
            } catch PinakesError.invalidInput(let message) {
                return try await render(
                    ["error": message, "draft": form.matrix], context, services, pages, status: .badRequest)
            }
        }
        routes.add(.get, "/staff/loans/:id/why", access: .staff) { _, context in
            let loan = try await services.circulation.explainLoan(Identifier(try context.parameters.identifier("id")))
            var values = whyValues(loan.explanation, context.language)
            values["barcode"] = loan.barcode
            values["ruleAtCheckout"] = loan.ruleAtCheckout.id
            values["library"] = loan.library
            values["category"] = loan.readerCategory.rawValue
            values["itemType"] = loan.itemType.rawValue
            return try pages.page(
                "loan-why", title: Strings.text("loanWhy", context.language), values: values, context: context)
        }
    }

    /// The chosen rule and each rule's verdict, in the page's language.
    static func whyValues(_ explanation: PolicyExplanation, _ language: Language) -> [String: Any] {
        [
            "chosenText": explanation.chosen.map { Strings.text("chosenRule", language, ["rule": $0.id]) }
                ?? Strings.text("noRuleApplies", language),
            "lines": ExplanationView(explanation).lines.map { line in
                [
                    "rule": line.rule, "scope": line.scope, "category": line.readerCategory, "itemType": line.itemType,
                    "verdict": language == .zh ? line.chinese : line.english, "chosen": line.chosen,
                ] as [String: Any]
            },
        ]
    }

    static func render(
        _ extra: [String: Any], _ context: PinakesRequestContext, _ services: WebServices, _ pages: PageRenderer,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let matrix = try await services.circulation.policies.rules().matrix
        var values: [String: Any] = [
            "rules": matrix.rules.map { rule in
                let policy = rule.policy
                let period: String
                switch policy.loanPeriod {
                case .days(let n): period = Strings.text("days", language, ["n": String(n)])
                case .hours(let n): period = Strings.text("hours", language, ["n": String(n)])
                }
                return [
                    "id": rule.id, "category": rule.readerCategory?.rawValue ?? "*",
                    "itemType": rule.itemType?.rawValue ?? "*", "scope": rule.scope.description,
                    "loanable": Strings.text(policy.loanable ? "yes" : "no", language), "period": period,
                    "renewals": policy.maxRenewals, "maxLoans": policy.maxLoans,
                    "holds": Strings.text(policy.holdsAllowed ? "yes" : "no", language),
                    "fine": policy.finePerDayCents,
                ] as [String: Any]
            },
            "json": String(decoding: try matrix.encoded(), as: UTF8.self),
            "isAdmin": context.principal?.role == .admin,
            "categories": ReaderCategory.allCases.map { $0.rawValue },
            "libraries": try await services.libraries.all().map { $0.code },
        ]
        values.merge(extra) { _, new in new }
        if let draft = extra["draft"] { values["json"] = draft }
        return try pages.page(
            "policy", title: Strings.text("policy", language), values: values, context: context, status: status)
    }
}
