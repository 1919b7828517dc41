import Foundation
import Mail
import PinakesTestSupport
import Testing

/// A real relay (aiosmtpd, from tests-python/requirements.txt) on a loopback port, recording what it accepts.
final class TestRelay {
    let port: Int
    let directory: String
    private let process: Process
    /// Kept open while the relay should run: the relay stops when it closes, even if this process dies.
    private let lifeline = Pipe()

    init() throws {
        port = Int.random(in: 20_000...40_000)
        directory = TestDatabase.temporaryDirectory() + "/mail"
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixtures.packageRoot + "/scripts/test-smtp-relay", String(port), directory]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = lifeline
        process.standardError = FileHandle.nullDevice
        try process.run()
        let ready = output.fileHandleForReading.availableData
        guard String(decoding: ready, as: UTF8.self).contains("ready") else {
            throw MailError.unreachable(
                "the test relay did not start (pip install -r tests-python/requirements.txt installs aiosmtpd)")
        }
    }

    var relay: SMTPRelay { SMTPRelay(host: "127.0.0.1", port: port, heloName: "pinakes.test", timeoutSeconds: 10) }

    /// The stored messages, oldest first: raw text and envelope recipients.
    func messages() throws -> [(text: String, to: [String])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".eml") }
            .sorted()
        return try names.map { name in
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            let envelope = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name.dropLast(4) + ".json"))
            let to = (try JSONSerialization.jsonObject(with: envelope) as? [String: Any])?["to"] as? [String] ?? []
            return (text, to)
        }
    }

    /// Stops the relay now.
    func stop() {
        try? lifeline.fileHandleForWriting.close()
        process.terminate()
        process.waitUntilExit()
    }

    deinit { if process.isRunning { stop() } }
}

/// The decoded subject and body of a stored message (RFC 2047 subject, base64 body).
func decoded(_ text: String) -> (subject: String, body: String) {
    let parts = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
    let headers = parts[0].replacingOccurrences(of: "\n ", with: " ")
    var subject = ""
    for line in headers.split(separator: "\n") where line.hasPrefix("Subject: ") {
        subject = line.dropFirst(9).split(separator: " ").map { word -> String in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return String(word) }
            let payload = word.dropFirst(10).dropLast(2)
            return Data(base64Encoded: String(payload)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }.joined()
    }
    let body =
        Data(base64Encoded: parts.dropFirst().joined(separator: "\n").replacingOccurrences(of: "\n", with: ""))
        .map { String(decoding: $0, as: UTF8.self) } ?? ""
    return (subject, body)
}

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
