import Foundation
import PinakesApp
import SIP2

/// The node's SIP2 server in this process on a loopback port, driven by kiosks on their own threads: each
/// logs in (93) once, then sends checkouts (11) or check-ins (09) naming the copy's library in AO and AP.
final class CirculationSIP2Load: Sendable {
    static let account = SIP2KioskAccount(user: "bench-kiosk", password: "bench-kiosk-pw", library: "CEN")
    let port: Int
    private let task: Task<Void, any Error>

    private init(port: Int, task: Task<Void, any Error>) {
        self.port = port
        self.task = task
    }

    static func start(node: PinakesNode) async throws -> CirculationSIP2Load {
        let box = PortBox()
        let server = node.sip2Server(
            SIP2Listener(host: "127.0.0.1", port: 0, account: account, language: .english),
            onListening: { port in Task { await box.set(port) } })
        let task = Task { try await server.run() }
        guard let port = await box.wait(seconds: 30) else {
            task.cancel()
            throw BenchError("the SIP2 server did not start within 30 s")
        }
        return CirculationSIP2Load(port: port, task: task)
    }

    func stop() { task.cancel() }

    /// A kiosk connection that has logged in.
    final class Kiosk {
        let socket: BlockingSocket
        let codec = SIP2Codec()
        var sequence = 0

        init(port: Int) throws {
            socket = try BlockingSocket(port: port)
            let account = CirculationSIP2Load.account
            let answer = try send("9300CN\(account.user)|CO\(account.password)|")
            guard answer.hasPrefix("941") else { throw BenchError("SIP2 login refused: \(answer)") }
        }

        /// Sends one message with sequence number and checksum; returns the answer without its terminator.
        func send(_ text: String) throws -> String {
            try socket.write(codec.encode(text: text, sequenceNumber: sequence, checksum: true))
            sequence = (sequence + 1) % 10
            return String(decoding: try socket.read(until: [13]), as: UTF8.self)
        }
    }

    static let stamp: String = {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd'    'HHmmss"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: Date())
    }()

    func run(work: [[CirculationBenchmark.Operation]], limit: Double, checkout: Bool)
        -> (LoadDriver.Figures, [CirculationBenchmark.Operation])
    {
        let port = self.port
        let stamp = Self.stamp
        return LoadDriver.run(
            work: work, limit: limit, connect: { _ in try Kiosk(port: port) },
            operation: { kiosk, operation in
                let library = operation.copy.library
                let text =
                    checkout
                    ? "11NN\(stamp)\(stamp)AO\(library)|AA\(operation.card)|AB\(operation.copy.barcode)|AC|AD1234|"
                    : "09N\(stamp)\(stamp)AP\(library)|AO\(library)|AB\(operation.copy.barcode)|AC|"
                let answer = try kiosk.send(text)
                let expected = checkout ? "121" : "101"
                guard answer.hasPrefix(expected) else { throw BenchError(String(answer.prefix(160))) }
                return true
            })
    }
}
