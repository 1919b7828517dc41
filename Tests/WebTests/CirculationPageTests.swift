import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct TheCirculationPagesRenderForStaffAndReaders {
    func page(
        _ client: some TestClientProtocol, _ uri: String, token: String? = nil, form: String? = nil
    ) async throws -> (HTTPResponse.Status, String) {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if form != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(
            uri: uri, method: form == nil ? .get : .post, headers: headers, body: form.map { ByteBuffer(string: $0) })
        return (response.status, String(buffer: response.body))
    }

    @Test func staffPagesInEnglishAndChinese() async throws {
        let fixture = try await CirculationFixture.make()
        let gusu = fixture.gusuToken
        try await fixture.web.app.test(.router) { client in
            let (status, desk) = try await page(client, "/staff/circulation", token: gusu)
            #expect(status == .ok && desk.contains("Circulation desk") && desk.contains(#"id="checkout-card""#))
            let (_, deskZh) = try await page(client, "/staff/circulation?library=GUSU&lang=zh", token: gusu)
            #expect(deskZh.contains("流通服务台") && deskZh.contains("姑苏区分馆"))
            let (outStatus, out) = try await page(
                client, "/staff/circulation/checkout", token: gusu, form: "library=GUSU&card=C-JIA&barcode=G-1")
            #expect(outStatus == .ok && out.contains(#"id="checkout-receipt""#) && out.contains("Jia Baoyu"))
            #expect(out.contains(#"id="checkout-barcode" name="barcode" required autocomplete="off" autofocus"#))
            let (_, back) = try await page(
                client, "/staff/circulation/checkin", token: gusu, form: "library=GUSU&barcode=G-1")
            #expect(back.contains(#"id="checkin-instruction""#) && back.contains("GUSU"))
            let (refusedStatus, refused) = try await page(
                client, "/staff/circulation/checkin?lang=zh", token: gusu, form: "library=GUSU&barcode=G-1")
            #expect(refusedStatus == .conflict && refused.contains("该单册不在借出状态。"))
            for uri in [
                "/staff/circulation/hold-shelf?library=GUSU", "/staff/circulation/pull-list?library=GUSU",
                "/staff/circulation/transits?library=GUSU", "/staff/readers?q=Lin", "/staff/readers/new",
                "/staff/readers/\(fixture.reader.id.rawValue)", "/staff/circulation/policy",
            ] {
                let (pageStatus, html) = try await page(client, uri, token: gusu)
                #expect(pageStatus == .ok, "\(uri): \(pageStatus)")
                #expect(html.contains("<main"), "\(uri)")
            }
            let (_, why) = try await page(
                client, "/staff/circulation/policy?category=adult&itemType=reference&library=GUSU&lang=zh",
                token: gusu)
            #expect(why.contains("适用规则：reference"))
            let (away, _) = try await page(client, "/staff/readers/\(fixture.wuzhReader.id.rawValue)", token: gusu)
            #expect(away == .forbidden)
        }
        await fixture.web.node.shutdown()
    }

    @Test func readerBlockAndInvalidPolicyAreShownOnThePage() async throws {
        let fixture = try await CirculationFixture.make()
        try await fixture.web.app.test(.router) { client in
            let reader = "/staff/readers/\(fixture.other.id.rawValue)"
            let (_, blocked) = try await page(
                client, reader, token: fixture.gusuToken, form: "action=block&kind=manual&note=lost+books")
            #expect(blocked.contains("lost books") && blocked.contains("Done."))
            let (status, invalid) = try await page(
                client, "/staff/circulation/policy", token: fixture.adminToken,
                form: "matrix=%7B%22groups%22%3A%5B%5D%2C%22rules%22%3A%5B%5D%7D%20x")
            #expect(status == .badRequest && invalid.contains(#"id="policy-error""#))
        }
        await fixture.web.node.shutdown()
    }

    @Test func staffSetAKioskPINAndLinkTwoAccountsOfOnePerson() async throws {
        let fixture = try await CirculationFixture.make()
        try await fixture.web.app.test(.router) { client in
            let reader = "/staff/readers/\(fixture.other.id.rawValue)"
            let (_, before) = try await page(client, reader, token: fixture.gusuToken)
            #expect(before.contains("The reader has no kiosk PIN."))
            let (_, pinned) = try await page(client, reader, token: fixture.gusuToken, form: "action=set-pin&pin=8642")
            #expect(pinned.contains("The reader has a kiosk PIN."))
            let stored = try await fixture.web.node.circulation.readers.require(fixture.other.id)
            #expect(try await fixture.web.node.circulation.readers.checkPIN("8642", of: stored))
            let (badStatus, _) = try await page(client, reader, token: fixture.gusuToken, form: "action=set-pin&pin=12")
            #expect(badStatus == .badRequest)
            // A WUZH account is outside GUSU staff's libraries: not linked.
            let (away, _) = try await page(client, reader, token: fixture.gusuToken, form: "action=link&card=C-XUE")
            #expect(away == .forbidden)
            let (_, linked) = try await page(client, reader, token: fixture.gusuToken, form: "action=link&card=C-LIN")
            #expect(linked.contains(#"id="linked-readers""#) && linked.contains("Lin Daiyu"))
        }
        await fixture.web.node.shutdown()
    }

    @Test func readerRequestsATitleAndSeesTheAccount() async throws {
        let fixture = try await CirculationFixture.make()
        try await fixture.web.app.test(.router) { client in
            let title = try await CirculationFixture.titleID(client)
            let (_, titlePage) = try await page(client, "/titles/\(title)", token: fixture.readerToken)
            #expect(titlePage.contains(#"id="request-form""#) && titlePage.contains(#"<option value="GUSU" selected>"#))
            let (status, _) = try await page(
                client, "/titles/\(title)/request", token: fixture.readerToken, form: "pickup=WUZH")
            #expect(status == .found)
            let (_, account) = try await page(client, "/account?lang=zh", token: fixture.readerToken)
            #expect(account.contains("我的账户") && account.contains("Lin Daiyu") && account.contains("排队位置"))
            let (_, staffAccount) = try await page(client, "/account", token: fixture.gusuToken)
            #expect(staffAccount.contains("no reader card"))
            let (registerStatus, register) = try await page(client, "/register")
            #expect(registerStatus == .ok && register.contains(#"id="register-form""#))
        }
        await fixture.web.node.shutdown()
    }
}
