import Circulation
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PinakesCore
import PinakesTestSupport
import Testing

@Suite struct TheDeskLendsAndTakesBackThroughTheAPI {
    @Test(arguments: TestDatabase.backends)
    func checkoutRenewCheckinHoldAndCancel(_ backend: Database.Backend) async throws {
        let fixture = try await CirculationFixture.make(backend)
        let gusu = fixture.gusuToken
        try await fixture.web.app.test(.router) { client in
            let out = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkout", token: gusu,
                json: #"{"card":"C-JIA","barcode":"G-1","library":"GUSU"}"#)
            #expect(out.status == .ok)
            let receipt = try JSONBody.object(out)
            #expect(receipt["barcode"] as? String == "G-1" && receipt["rule"] as? String != nil)
            let renewed = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/renew", token: gusu, json: #"{"barcode":"G-1"}"#)
            #expect(renewed.status == .ok && (CirculationFixture.json(renewed)["renewals"] as? Int) == 1)
            let back = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkin", token: gusu,
                json: #"{"barcode":"G-1","library":"GUSU"}"#, language: "zh-CN")
            #expect(back.status == .ok)
            let checkin = try JSONBody.object(back)
            #expect((checkin["instructionEnglish"] as? String)?.contains("GUSU") == true)
            #expect(checkin["barcode"] as? String == "G-1" && checkin["loan"] as? NSNumber != nil)
            #expect(checkin["instruction"] as? String == checkin["instructionChinese"] as? String)

            let title = try await CirculationFixture.titleID(client)
            let placed = try await CirculationFixture.call(
                client, .post, "/api/v1/holds", token: fixture.readerToken, json: #"{"title":\#(title)}"#)
            #expect(placed.status == .created, "\(String(buffer: placed.body))")
            let hold = try #require((JSONBody.object(placed)["hold"] as? NSNumber)?.int64Value)
            let mine = try JSONBody.object(
                try await CirculationFixture.call(client, .get, "/api/v1/me/account", token: fixture.readerToken))
            #expect((mine["holds"] as? [[String: Any]])?.count == 1)
            let cancelled = try await CirculationFixture.call(
                client, .post, "/api/v1/holds/\(hold)/cancel", token: fixture.readerToken)
            #expect(cancelled.status == .ok && CirculationFixture.json(cancelled)["status"] as? String == "cancelled")
        }
        await fixture.web.node.shutdown()
    }

    @Test func staffPlaceHoldsForACardAndReadersRenewTheirOwnLoans() async throws {
        let fixture = try await CirculationFixture.make()
        try await fixture.web.app.test(.router) { client in
            _ = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkout", token: fixture.gusuToken,
                json: #"{"card":"C-LIN","barcode":"G-1","library":"GUSU"}"#)
            let renewed = try await CirculationFixture.call(
                client, .post, "/api/v1/me/renew", token: fixture.readerToken, json: #"{"barcode":"G-1"}"#)
            #expect(renewed.status == .ok)
            let title = try await CirculationFixture.titleID(client)
            let placed = try await CirculationFixture.call(
                client, .post, "/api/v1/holds", token: fixture.gusuToken,
                json: #"{"card":"C-JIA","title":\#(title),"pickup":"GUSU"}"#)
            #expect(placed.status == .created)
            let shelf = try await CirculationFixture.call(
                client, .get, "/api/v1/libraries/GUSU/pull-list", token: fixture.gusuToken)
            #expect(shelf.status == .ok)
        }
        await fixture.web.node.shutdown()
    }
}

@Suite struct RefusalsAreProblemsInTheReadersLanguageAndChangeNothing {
    func refusal(_ response: TestResponse) -> (code: String?, detail: String) {
        let body = CirculationFixture.json(response)
        return (body["refusal"] as? String, body["detail"] as? String ?? "")
    }

    @Test func unknownBarcodeInEnglishAndChinese() async throws {
        let fixture = try await CirculationFixture.make()
        try await fixture.web.app.test(.router) { client in
            let body = #"{"card":"C-JIA","barcode":"NO-SUCH","library":"GUSU"}"#
            let english = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkout", token: fixture.gusuToken, json: body)
            #expect(english.status == .notFound)
            #expect(english.headers[.contentType] == "application/problem+json; charset=utf-8")
            #expect(refusal(english).code == "unknownItem")
            #expect(refusal(english).detail == "No item has barcode NO-SUCH.")
            let chinese = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkout", token: fixture.gusuToken, json: body,
                language: "zh-CN,zh;q=0.9")
            #expect(refusal(chinese).detail == "没有条码为NO-SUCH的单册。")
        }
        await fixture.web.node.shutdown()
    }

    @Test func expiredBlockedAndNotLoanableAreRefusedAndTheCopyStaysOnTheShelf() async throws {
        let fixture = try await CirculationFixture.make()
        let readers = fixture.web.node.circulation.readers
        _ = try await readers.register(
            NewReader(
                name: "Expired", category: .adult, homeLibrary: "GUSU", cardNumber: "C-OLD",
                validThrough: LocalDate(year: 2001, month: 1, day: 1)),
            via: .desk, actor: "test")
        try await fixture.web.app.test(.router) { client in
            let gusu = fixture.gusuToken
            let expired = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkout", token: gusu,
                json: #"{"card":"C-OLD","barcode":"G-1","library":"GUSU"}"#, language: "zh")
            #expect(expired.status == .conflict && (refusal(expired).code) == "cardExpired")
            #expect(refusal(expired).detail.contains("过期"))
            let blocked = try await CirculationFixture.call(
                client, .post, "/api/v1/readers/\(fixture.other.id.rawValue)/blocks", token: gusu,
                json: #"{"kind":"manual","note":"test"}"#)
            #expect(blocked.status == .ok)
            let refused = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkout", token: gusu,
                json: #"{"card":"C-JIA","barcode":"G-1","library":"GUSU"}"#)
            #expect(refused.status == .conflict && (refusal(refused).code) == "cardBlocked")
            let reference = try await client.execute(
                uri: "/api/v1/items/G-1", method: .patch,
                headers: [.authorization: "Bearer \(gusu)", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"itemType":"reference"}"#))
            #expect(reference.status == .ok)
            let notLoanable = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkout", token: gusu,
                json: #"{"card":"C-LIN","barcode":"G-1","library":"GUSU"}"#)
            #expect(notLoanable.status == .conflict && (refusal(notLoanable).code) == "itemNotLoanable")
            let notOnLoan = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkin", token: gusu,
                json: #"{"barcode":"G-1","library":"GUSU"}"#)
            #expect(notOnLoan.status == .conflict && (refusal(notOnLoan).code) == "notOnLoan")
        }
        #expect(try await fixture.web.node.catalog.item(barcode: "G-1")?.status == .available)
        let account = try await fixture.web.node.circulation.account(of: fixture.other.id)
        #expect(account.loans.isEmpty)
        await fixture.web.node.shutdown()
    }
}

@Suite struct StaffActOnlyForTheirBranchesAndReadersOnlyForThemselves {
    @Test func gusuStaffCannotLendAtWuzhongNorChangeAWuzhongReader() async throws {
        let fixture = try await CirculationFixture.make()
        try await fixture.web.app.test(.router) { client in
            let away = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkout", token: fixture.gusuToken,
                json: #"{"card":"C-JIA","barcode":"W-1","library":"WUZH"}"#)
            #expect(away.status == .forbidden)
            let block = try await CirculationFixture.call(
                client, .post, "/api/v1/readers/\(fixture.wuzhReader.id.rawValue)/blocks", token: fixture.gusuToken,
                json: #"{"kind":"manual"}"#)
            #expect(block.status == .forbidden)
            let view = try await CirculationFixture.call(
                client, .get, "/api/v1/readers/\(fixture.wuzhReader.id.rawValue)", token: fixture.gusuToken)
            #expect(view.status == .forbidden)
            let admin = try await CirculationFixture.call(
                client, .get, "/api/v1/readers/\(fixture.wuzhReader.id.rawValue)", token: fixture.adminToken)
            #expect(admin.status == .ok)
        }
        #expect(try await fixture.web.node.catalog.item(barcode: "W-1")?.status == .available)
        #expect(try await fixture.web.node.circulation.readers.require(fixture.wuzhReader.id).blocks.isEmpty)
        await fixture.web.node.shutdown()
    }

    @Test func aReaderSeesOnlyTheirOwnAccount() async throws {
        let fixture = try await CirculationFixture.make()
        try await fixture.web.app.test(.router) { client in
            let mine = try await CirculationFixture.call(
                client, .get, "/api/v1/me/account", token: fixture.readerToken)
            #expect(mine.status == .ok)
            let reader = try #require(JSONBody.object(mine)["reader"] as? [String: Any])
            #expect(reader["name"] as? String == "Lin Daiyu")
            let other = try await CirculationFixture.call(
                client, .get, "/api/v1/readers/\(fixture.other.id.rawValue)", token: fixture.readerToken)
            #expect(other.status == .forbidden)
            let checkout = try await CirculationFixture.call(
                client, .post, "/api/v1/circulation/checkout", token: fixture.readerToken,
                json: #"{"card":"C-LIN","barcode":"G-1","library":"GUSU"}"#)
            #expect(checkout.status == .forbidden)
            let forOther = try await CirculationFixture.call(
                client, .post, "/api/v1/holds", token: fixture.readerToken, json: #"{"card":"C-JIA","barcode":"G-1"}"#)
            #expect(forOther.status == .forbidden)
        }
        await fixture.web.node.shutdown()
    }

    @Test func onlineRegistrationIsPendingUntilADeskVerifiesIt() async throws {
        let fixture = try await CirculationFixture.make()
        try await fixture.web.app.test(.router) { client in
            let registered = try await client.execute(
                uri: "/api/v1/readers/register", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"name":"Shi Xiangyun","homeLibrary":"GUSU"}"#))
            #expect(registered.status == .created)
            let reader = try JSONBody.object(registered)
            #expect(reader["status"] as? String == "pending")
            let id = try #require((reader["id"] as? NSNumber)?.int64Value)
            let verified = try await CirculationFixture.call(
                client, .post, "/api/v1/readers/\(id)/verify", token: fixture.gusuToken)
            #expect(verified.status == .ok && CirculationFixture.json(verified)["status"] as? String == "active")
        }
        await fixture.web.node.shutdown()
    }
}

@Suite struct TheLoanPolicyIsDataWithAWhyView {
    @Test func invalidMatrixIsA400NamingTheRule() async throws {
        let fixture = try await CirculationFixture.make()
        try await fixture.web.app.test(.router) { client in
            let policy =
                #"{"loanable":true,"loanPeriod":{"days":14},"maxRenewals":1,"maxLoans":5,"holdsAllowed":true,"maxHolds":3,"holdShelfDays":7,"finePerDayCents":10,"fineCounting":"open-days"}"#
            let twice =
                #"{"groups":[],"rules":[{"id":"loans","scope":"consortium","policy":\#(policy)},{"id":"loans","scope":"library:GUSU","policy":\#(policy)}]}"#
            let refused = try await CirculationFixture.call(
                client, .put, "/api/v1/circulation/policy", token: fixture.adminToken, json: twice)
            #expect(refused.status == .badRequest)
            #expect(
                (CirculationFixture.json(refused)["detail"] as? String)?.contains("rule id loans is used twice") == true
            )
            let byStaff = try await CirculationFixture.call(
                client, .put, "/api/v1/circulation/policy", token: fixture.gusuToken, json: twice)
            #expect(byStaff.status == .forbidden)
            let good =
                #"{"groups":[],"rules":[{"id":"loans","scope":"consortium","policy":\#(policy)},{"id":"gusu-loans","scope":"library:GUSU","policy":\#(policy)}]}"#
            let saved = try await CirculationFixture.call(
                client, .put, "/api/v1/circulation/policy", token: fixture.adminToken, json: good)
            #expect(saved.status == .ok)
            let why = try await CirculationFixture.call(
                client, .get, "/api/v1/circulation/policy/explain?category=adult&itemType=book&library=GUSU",
                token: fixture.gusuToken)
            let view = try JSONBody.object(why)
            #expect(view["chosenRule"] as? String == "gusu-loans")
            let lines = try #require(view["lines"] as? [[String: Any]])
            #expect(
                lines.contains { $0["rule"] as? String == "loans" && $0["verdict"] as? String == "outranked-by-scope" })
        }
        await fixture.web.node.shutdown()
    }

    @Test func aLoansWhyNamesItsRule() async throws {
        let fixture = try await CirculationFixture.make()
        try await fixture.web.app.test(.router) { client in
            let out = try JSONBody.object(
                try await CirculationFixture.call(
                    client, .post, "/api/v1/circulation/checkout", token: fixture.gusuToken,
                    json: #"{"card":"C-JIA","barcode":"G-1","library":"GUSU"}"#))
            let loan = try #require((out["loan"] as? NSNumber)?.int64Value)
            let rule = try #require(out["rule"] as? String)
            let why = try JSONBody.object(
                try await CirculationFixture.call(client, .get, "/api/v1/loans/\(loan)/why", token: fixture.gusuToken))
            let view = try #require(why["view"] as? [String: Any])
            #expect(view["chosenRule"] as? String == rule)
            let page = try await client.execute(
                uri: "/staff/loans/\(loan)/why?lang=zh", method: .get,
                headers: [.authorization: "Bearer \(fixture.gusuToken)"])
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("适用规则：\(rule)") && html.contains("采用"))
        }
        await fixture.web.node.shutdown()
    }
}
