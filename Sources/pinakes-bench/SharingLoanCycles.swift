import Foundation
import PinakesCore
import SQLKit

/// Full interlibrary loan cycles between the two nodes, driven through both nodes' JSON APIs as staff would drive
/// them, by `clients` threads at once, each with its own reader and its own copy at the lender.
///
/// One cycle: the borrower's staff ask for the book (`autoApprove` builds the rota, asking the lender's catalogue,
/// and sends `request`); the lender answers `WillSupply` by itself; its staff ship the copy (checked out to the
/// university, `Loaned`); the borrower receives it (`Received`), lends it to the reader, checks it in and ships it
/// back (`ShippedReturn`); the lender checks it in (`LoanCompleted`). Between steps a client polls the other
/// node's queue until the message has arrived. Six ISO 18626 messages, each stored on both nodes.
enum SharingLoanCycles {
    struct Work: Sendable {
        var card: String
        var copy: SharingBenchCopy
    }

    /// A client's connections to both nodes, and the longest pause between two polls.
    final class Clients {
        let lender: SharingHTTPClient
        let borrower: SharingHTTPClient
        let longestPause: Double

        init(_ pair: SharingNodePair, tally: SharingRequestTally, longestPause: Double) throws {
            lender = try SharingHTTPClient(port: pair.lender.server.port, token: pair.lender.token, tally: tally)
            borrower = try SharingHTTPClient(port: pair.borrower.server.port, token: pair.borrower.token, tally: tally)
            self.longestPause = longestPause
        }
    }

    /// One table row per client count, after a warm-up cycle (which also registers the university's
    /// institution card at the lender).
    static func measure(_ pair: SharingNodePair, clients: [Int], seconds: Double) async throws -> [String] {
        let tally = SharingRequestTally()
        let warm = await drive(pair, clients: 1, cycles: 2, seconds: 60, tally: tally)
        if let failure = warm.firstFailure { throw BenchError("the warm-up loan cycle failed: \(failure)") }
        var lines = [
            "  (a) loan cycles through the JSON API (6 ISO 18626 messages per cycle, each stored by both nodes)",
            "  clients  cycles  cycles/s   API calls/s (actions + polls)   messages/s  rows/cycle  cycle p50 ms  p99 ms  failed",
        ]
        for count in clients where count <= pair.cards.count {
            let before = try await SharingMessageCount.of(pair)
            tally.reset()
            let figures = await drive(pair, clients: count, cycles: 100_000, seconds: seconds, tally: tally)
            let after = try await SharingMessageCount.of(pair)
            let actions = Double(tally.actions.load(ordering: .relaxed)) / figures.seconds
            let polls = Double(tally.polls.load(ordering: .relaxed)) / figures.seconds
            let delivered = Double(after.incoming - before.incoming)
            let rows = figures.done > 0 ? Double(after.rows - before.rows) / Double(figures.done) : 0
            var line = String(
                format: "  %7d  %6d  %8.1f   %9.0f (%5.0f + %5.0f)      %10.0f  %10.1f  %12.1f  %6.1f  %6d",
                count, figures.done, figures.rate, actions + polls, actions, polls, delivered / figures.seconds,
                rows, figures.p50, figures.p99, figures.failed)
            if let failure = figures.firstFailure { line += "  (first failure: \(failure.prefix(160)))" }
            if after.unsent > 0 { line += "  (\(after.unsent) messages still in an outbox)" }
            lines.append(line)
        }
        return lines
    }

    /// `clients` threads, each doing up to `cycles` cycles on its own copy until `seconds` have passed.
    static func drive(
        _ pair: SharingNodePair, clients: Int, cycles: Int, seconds: Double, tally: SharingRequestTally
    ) async -> LoadDriver.Figures {
        // Polls back off from 1 ms to 5 ms per client (1 client: 5 ms; 32 clients: 160 ms), so that all clients
        // together poll at most about 200 times a second and the polling does not become the load measured.
        let longestPause = 0.005 * Double(clients)
        let work = (0..<clients).map { client in
            Array(repeating: Work(card: pair.cards[client], copy: pair.copies[client]), count: cycles)
        }
        return await SharingBenchmark.onOwnThread {
            LoadDriver.run(
                work: work, limit: seconds,
                connect: { _ in try Clients(pair, tally: tally, longestPause: longestPause) },
                operation: { clients, work in try cycle(clients, work) }
            ).0
        }
    }

    /// One full cycle; throws with the step that failed.
    static func cycle(_ c: Clients, _ work: Work) throws -> Bool {
        let form =
            #"{"card":"\#(work.card)","service":"Loan","title":"\#(work.copy.title)","isbn":"\#(work.copy.isbn)"}"#
        let asked = try expect(c.borrower.act("/api/v1/ill/requests", json: form), 201, "submit")
        guard let record = try JSONSerialization.jsonObject(with: Data(asked.utf8)) as? [String: Any],
            let borrowing = (record["id"] as? NSNumber)?.int64Value,
            let requestID = record["requestingRequestID"] as? String
        else { throw BenchError("submit answered \(asked.prefix(200))") }
        let lending = try waitFor(c, c.lender, role: "lending", status: "will-supply", requestID: requestID)
        let ship = #"{"action":"ship","barcode":"\#(work.copy.barcode)"}"#
        _ = try expect(c.lender.act("/api/v1/ill/requests/\(lending)/actions", json: ship), 200, "ship")
        _ = try waitFor(c, c.borrower, role: "borrowing", status: "shipped", requestID: requestID)
        for action in ["receive", "lend-to-reader", "reader-returned", "ship-return"] {
            _ = try expect(
                c.borrower.act("/api/v1/ill/requests/\(borrowing)/actions", json: #"{"action":"\#(action)"}"#), 200,
                action)
        }
        _ = try waitFor(c, c.lender, role: "lending", status: "return-shipped", requestID: requestID)
        _ = try expect(
            c.lender.act("/api/v1/ill/requests/\(lending)/actions", json: #"{"action":"return-received"}"#), 200,
            "return-received")
        _ = try waitFor(c, c.borrower, role: "borrowing", status: "completed", requestID: requestID)
        return true
    }

    static func expect(_ answer: (status: Int, body: String), _ status: Int, _ step: String) throws -> String {
        guard answer.status == status else { throw BenchError("\(step): \(answer.status) \(answer.body.prefix(200))") }
        return answer.body
    }

    /// Polls a queue of one node until the request with `requestID` shows `status`; returns its id there.
    static func waitFor(
        _ clients: Clients, _ client: SharingHTTPClient, role: String, status: String, requestID: String
    ) throws -> Int64 {
        let deadline = Date().addingTimeInterval(20)
        var pause = 0.001
        while Date() < deadline {
            let body = try expect(client.poll("/api/v1/ill/requests?role=\(role)&status=\(status)"), 200, "list")
            let list = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: Any]] ?? []
            if let found = list.first(where: { $0["requestingRequestID"] as? String == requestID }),
                let id = (found["id"] as? NSNumber)?.int64Value
            {
                return id
            }
            Thread.sleep(forTimeInterval: pause)
            pause = min(pause * 2, clients.longestPause)
        }
        throw BenchError("request \(requestID) did not reach \(status) on the \(role) side within 20 s")
    }
}

/// The `ill_message` rows of both nodes: all of them, the incoming ones (one per message delivered), and the
/// outgoing ones not yet settled.
struct SharingMessageCount {
    var rows = 0
    var incoming = 0
    var unsent = 0

    static func of(_ pair: SharingNodePair) async throws -> SharingMessageCount {
        var total = SharingMessageCount()
        for database in [pair.lender.node.database, pair.borrower.node.database] {
            let one = try await of(database)
            total.rows += one.rows
            total.incoming += one.incoming
            total.unsent += one.unsent
        }
        return total
    }

    static func of(_ database: Database) async throws -> SharingMessageCount {
        try await database.withConnection { sql in
            let row = try await sql.raw(
                """
                SELECT COUNT(*) AS n_all, COALESCE(SUM(CASE WHEN direction = 'in' THEN 1 ELSE 0 END), 0) AS n_in,
                    COALESCE(SUM(CASE WHEN direction = 'out' AND status IN ('pending', 'sending') THEN 1 ELSE 0 END), 0)
                        AS n_unsent
                FROM ill_message
                """
            ).first()
            return SharingMessageCount(
                rows: try row?.decode(column: "n_all", as: Int.self) ?? 0,
                incoming: try row?.decode(column: "n_in", as: Int.self) ?? 0,
                unsent: try row?.decode(column: "n_unsent", as: Int.self) ?? 0)
        }
    }
}
