import Foundation
import Mail

/// A real relay (aiosmtpd, from tests-python/requirements.txt) on a loopback port, recording what it accepts.
public final class TestRelay {
    public let port: Int
    public let directory: String
    private let process: Process
    /// Kept open while the relay should run: the relay stops when it closes, even if this process dies.
    private let lifeline = Pipe()

    public init() throws {
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

    public var relay: SMTPRelay {
        SMTPRelay(host: "127.0.0.1", port: port, heloName: "pinakes.test", timeoutSeconds: 30)
    }

    /// The stored messages, oldest first: raw text and envelope recipients.
    public func messages() throws -> [(text: String, to: [String])] {
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
    public func stop() {
        try? lifeline.fileHandleForWriting.close()
        process.terminate()
        process.waitUntilExit()
    }

    deinit { if process.isRunning { stop() } }
}

/// The decoded subject and body of a stored message (RFC 2047 subject, base64 body).
public func decoded(_ text: String) -> (subject: String, body: String) {
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
