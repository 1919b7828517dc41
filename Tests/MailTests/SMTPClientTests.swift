import Foundation
import Mail
import PinakesTestSupport
import Testing

@Suite(.serialized) struct NoticesReachReadersThroughTheRelay {
    @Test func aChineseNoticeArrivesWholeWithItsSubjectAndBody() async throws {
        let relay = try TestRelay()
        let from = try MailAddress("notices@szlib.example", name: "苏州图书馆")
        let body = "您预约的《红楼梦》已到姑苏区分馆，请于 7 日内取书。\n.\nA line that starts with a dot."
        let message = MailMessage(
            from: from, to: [try MailAddress("reader@example.org")], subject: "预约到书通知 Hold ready", body: body)
        try await SMTPClient(relay: relay.relay).send(message)
        let stored = try relay.messages()
        #expect(stored.count == 1)
        #expect(stored.first?.to == ["reader@example.org"])
        let text = try #require(stored.first?.text)
        #expect(decoded(text).subject == "预约到书通知 Hold ready")
        #expect(decoded(text).body == body.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(text.contains("Content-Type: text/plain; charset=utf-8"))
        relay.stop()
    }

    @Test func aRefusedRecipientFailsAloneAndTheOthersStillGo() async throws {
        let relay = try TestRelay()
        let from = try MailAddress("notices@szlib.example")
        let messages = try ["first@example.org", "refuse-me@example.org", "later@example.org", "last@example.org"].map {
            MailMessage(from: from, to: [try MailAddress($0)], subject: "Due soon", body: "Your loan is due.")
        }
        let results = try await SMTPClient(relay: relay.relay).send(messages)
        #expect(results.count == 4)
        guard case .failure(let permanent) = results[1], case .failure(let temporary) = results[2] else {
            Issue.record("the refused recipients were not reported: \(results)")
            return
        }
        #expect(!permanent.isTemporary && temporary.isTemporary)
        #expect("\(permanent)".contains("550"))
        #expect(try relay.messages().flatMap(\.to) == ["first@example.org", "last@example.org"])
        relay.stop()
    }

    @Test func anUnreachableRelayAndBadAddressesAreClearErrors() async throws {
        let nobody = SMTPRelay(host: "127.0.0.1", port: 9, timeoutSeconds: 5)
        let message = MailMessage(
            from: try MailAddress("a@example.org"), to: [try MailAddress("b@example.org")], subject: "x", body: "y")
        await #expect(throws: MailError.self) { try await SMTPClient(relay: nobody).send(message) }
        for bad in [
            "", "no-at-sign", "two@@example.org", "a b@example.org", "x@localhost", "evil@example.org>\r\nRCPT",
        ] {
            #expect(throws: MailError.invalidAddress(bad)) { try MailAddress(bad) }
        }
        #expect(try SMTPRelay.parse("mail.example.org:2525").port == 2525)
        #expect(throws: MailError.self) { try SMTPRelay.parse("mail:99999") }
    }
}
