import Foundation
import Hummingbird
import PinakesApp
import Web

/// The real application's router served in this process on a loopback port, driven by blocking
/// keep-alive HTTP clients on their own threads.
final class CirculationHTTPServer: Sendable {
    let port: Int
    private let task: Task<Void, any Error>

    private init(port: Int, task: Task<Void, any Error>) {
        self.port = port
        self.task = task
    }

    static func start(node: PinakesNode) async throws -> CirculationHTTPServer {
        let pages = try await PageRenderer.load()
        let (router, _) = WebApplication.buildRouter(services: node.webServices(), pages: pages)
        let box = PortBox()
        var logger = node.logger
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: "Pinakes"),
            onServerRunning: { channel in await box.set(channel.localAddress?.port ?? 0) }, logger: logger)
        let task = Task { try await app.runService() }
        guard let port = await box.wait(seconds: 30) else {
            task.cancel()
            throw BenchError("the HTTP server did not start within 30 s")
        }
        return CirculationHTTPServer(port: port, task: task)
    }

    func stop() { task.cancel() }

    /// POSTs each operation to the checkout (or check-in) API from one thread per client.
    func run(
        work: [[CirculationBenchmark.Operation]], limit: Double, token: String, checkout: Bool
    ) -> (LoadDriver.Figures, [CirculationBenchmark.Operation]) {
        let port = self.port
        return LoadDriver.run(
            work: work, limit: limit, connect: { _ in try BlockingHTTPClient(port: port, token: token) },
            operation: { client, operation in
                let body =
                    checkout
                    ? #"{"card":"\#(operation.card)","barcode":"\#(operation.copy.barcode)","library":"\#(operation.copy.library)"}"#
                    : #"{"barcode":"\#(operation.copy.barcode)","library":"\#(operation.copy.library)"}"#
                let path = checkout ? "/api/v1/circulation/checkout" : "/api/v1/circulation/checkin"
                let (status, answer) = try client.post(path, json: body)
                guard (200..<300).contains(status) else { throw BenchError("\(status) \(answer.prefix(200))") }
                return true
            })
    }
}
