import Circulation
import Foundation
import Hummingbird
import PinakesCore

/// `/api/v1/circulation/...`: the desk's checkout, check-in, renewal, lost and claims-returned.
enum CirculationAPI {
    struct CheckoutRequest: Decodable {
        var card: String
        var barcode: String
        var library: String
    }
    struct CheckinRequest: Decodable {
        var barcode: String
        var library: String
    }
    struct BarcodeRequest: Decodable { var barcode: String }

    /// A check-in receipt with, beside its own members, the desk's instruction in both languages and in the
    /// caller's.
    struct CheckinResult: Encodable {
        var receipt: CheckinReceipt
        var instruction: String
        var instructionEnglish: String
        var instructionChinese: String

        enum Keys: String, CodingKey { case instruction, instructionEnglish, instructionChinese }

        func encode(to encoder: any Encoder) throws {
            try receipt.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(instruction, forKey: .instruction)
            try container.encode(instructionEnglish, forKey: .instructionEnglish)
            try container.encode(instructionChinese, forKey: .instructionChinese)
        }
    }

    struct Done: Encodable {
        var barcode: String
        var status: String
    }

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.post, "/api/v1/circulation/checkout", access: .staff) { request, context in
            let body = try await request.decode(as: CheckoutRequest.self, context: context)
            let desk = try await CirculationCaller.desk(body.library, context, services: services)
            let receipt = try await services.circulation.checkout(
                card: body.card, barcode: body.barcode, library: desk.code,
                actor: try CirculationCaller.principal(context).auditName)
            return try JSONResponse.make(receipt)
        }
        routes.add(.post, "/api/v1/circulation/checkin", access: .staff) { request, context in
            let body = try await request.decode(as: CheckinRequest.self, context: context)
            let desk = try await CirculationCaller.desk(body.library, context, services: services)
            let receipt = try await services.circulation.checkin(
                barcode: body.barcode, library: desk.code, actor: try CirculationCaller.principal(context).auditName)
            return try JSONResponse.make(result(receipt, context.language))
        }
        routes.add(.post, "/api/v1/circulation/renew", access: .staff) { request, context in
            let body = try await request.decode(as: BarcodeRequest.self, context: context)
            let receipt = try await services.circulation.renew(
                barcode: body.barcode, reader: nil, actor: try CirculationCaller.principal(context).auditName)
            return try JSONResponse.make(receipt)
        }
        routes.add(.post, "/api/v1/circulation/lost", access: .staff) { request, context in
            let body = try await request.decode(as: BarcodeRequest.self, context: context)
            try await CirculationCaller.requireItemScope(body.barcode, context, services: services)
            try await services.circulation.declareLost(
                barcode: body.barcode, actor: try CirculationCaller.principal(context).auditName)
            return try JSONResponse.make(Done(barcode: body.barcode, status: LoanStatus.lost.rawValue))
        }
        routes.add(.post, "/api/v1/circulation/claims-returned", access: .staff) { request, context in
            let body = try await request.decode(as: BarcodeRequest.self, context: context)
            try await CirculationCaller.requireItemScope(body.barcode, context, services: services)
            try await services.circulation.claimReturned(
                barcode: body.barcode, actor: try CirculationCaller.principal(context).auditName)
            return try JSONResponse.make(Done(barcode: body.barcode, status: LoanStatus.claimedReturned.rawValue))
        }
    }

    static func result(_ receipt: CheckinReceipt, _ language: Language) -> CheckinResult {
        CheckinResult(
            receipt: receipt, instruction: language == .zh ? receipt.outcome.chinese : receipt.outcome.english,
            instructionEnglish: receipt.outcome.english, instructionChinese: receipt.outcome.chinese)
    }
}
