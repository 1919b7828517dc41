import Circulation
import Foundation
import Hummingbird
import PinakesCore

/// `/api/v1/circulation/policy`: the loan policy matrix (administrators change it) and the "why" view.
enum PolicyAPI {
    /// One loan's "why": the rule it was made under and the matrix's verdicts now.
    struct LoanWhy: Encodable {
        var loan: LoanExplanation
        var view: ExplanationView
    }

    static func register(on routes: RouteTable, services: WebServices) {
        let policies = services.circulation.policies
        routes.add(.get, "/api/v1/circulation/policy", access: .staff) { _, _ in
            let data = try await policies.rules().matrix.encoded()
            return Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        routes.add(.put, "/api/v1/circulation/policy", access: .admin) { request, context in
            var request = request
            let body = try await request.collectBody(upTo: 1 << 22)
            let matrix = try PolicyMatrix.decode(Data(buffer: body))
            try await policies.saveMatrix(matrix, actor: try CirculationCaller.principal(context).auditName)
            let data = try await policies.rules().matrix.encoded()
            return Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        routes.add(.get, "/api/v1/circulation/policy/explain", access: .staff) { request, _ in
            let query = try Self.query(request.uri.queryParameters)
            return try JSONResponse.make(ExplanationView(try await explain(query, services: services)))
        }
        routes.add(.get, "/api/v1/loans/:id/why", access: .staff) { _, context in
            let loan = try await services.circulation.explainLoan(Identifier(try context.parameters.identifier("id")))
            return try JSONResponse.make(LoanWhy(loan: loan, view: ExplanationView(loan.explanation)))
        }
    }

    /// The question from `category`, `itemType` and `library` parameters; 400 naming a missing or wrong one.
    static func query(_ parameters: Parameters) throws -> PolicyQuery {
        let rawCategory = parameters.get("category") ?? ""
        guard let category = ReaderCategory(rawValue: rawCategory) else {
            let known = ReaderCategory.allCases.map(\.rawValue).joined(separator: ", ")
            throw WebError.invalidParameter("category", "category must be one of \(known), not '\(rawCategory)'")
        }
        guard let type = parameters.get("itemType"), !type.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw WebError.invalidParameter("itemType", "itemType must name an item type (book, av, …)")
        }
        guard let library = parameters.get("library"), !library.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw WebError.invalidParameter("library", "library must be a library code")
        }
        return PolicyQuery(readerCategory: category, itemType: ItemLoanType(type), libraryCode: library)
    }

    /// Which rule applies to `query` and what became of every other rule.
    static func explain(_ query: PolicyQuery, services: WebServices) async throws -> PolicyExplanation {
        try await services.circulation.explain(
            category: query.readerCategory, itemType: query.itemType, library: query.libraryCode)
    }
}
