import Foundation
import ISO18626
import PinakesCore
import Sharing

/// The raw ISO 18626 endpoint: `requestingAgencyMessage`s with action `StatusRequest`, as the borrowing node
/// would send them (its agency id and security code in the header), POSTed to the lender's `/iso18626` by
/// `clients` threads, each about its own open request. Each one is read, validated against the schema,
/// authenticated, stored with its confirmation, moves nothing in the lending machine and puts a
/// `StatusRequestResponse` in the lender's outbox, which the lender then sends to the borrower. Then every
/// document accepted is sent again: a re-sent document is answered from the stored confirmation and changes nothing.
enum SharingStatusRequests {
    static func measure(_ pair: SharingNodePair, clients: [Int], seconds: Double, copies: ArraySlice<SharingBenchCopy>)
        async throws -> [String]
    {
        let requests = try await openRequests(pair, copies: copies)
        var lines = [
            "  (b) StatusRequest requestingAgencyMessages POSTed to the lender's /iso18626, then the same documents again",
            "  clients  documents     messages/s  p50 ms  p99 ms  failed   the lender's answers (StatusRequestResponse) to the borrower",
        ]
        for count in clients {
            let work = messages(pair, requests: requests, clients: count, perClient: Int(seconds * 3_000) / count + 1)
            let before = try await SharingMessageCount.of(pair)
            let fresh = await post(pair, work: work, seconds: seconds)
            let posted = ContinuousClock.now
            let drained = try await drain(pair)
            let drainSeconds = (ContinuousClock.now - posted).seconds
            let after = try await SharingMessageCount.of(pair)
            let answers = max(0, after.incoming - before.incoming - fresh.0.done)
            lines.append(
                row(count, "new", fresh.0)
                    + String(
                        format: "   %d delivered %.1f s after the last POST (%.0f/s from the first POST)", answers,
                        drainSeconds, Double(answers) / (fresh.0.seconds + drainSeconds))
                    + (drained ? "" : "  (outbox not empty after 180 s)"))
            let again = await post(pair, work: CirculationBenchmark.spread(fresh.1, over: count), seconds: seconds)
            let unchanged = try await SharingMessageCount.of(pair)
            lines.append(row(count, "re-sent", again.0) + "   \(unchanged.rows - after.rows) new rows stored")
        }
        return lines
    }

    private static func row(_ clients: Int, _ kind: String, _ figures: LoadDriver.Figures) -> String {
        var line = String(
            format: "  %7d  %-9@  %13.0f  %6.2f  %6.2f  %6d", clients, kind as NSString, figures.rate, figures.p50,
            figures.p99, figures.failed)
        if let failure = figures.firstFailure { line += "  (first failure: \(failure.prefix(160)))" }
        return line
    }

    /// One borrowing request per copy, sent through the borrower's desk and answered `WillSupply` by the lender;
    /// returns their `requestingAgencyRequestId`s once both outboxes are empty.
    private static func openRequests(_ pair: SharingNodePair, copies: ArraySlice<SharingBenchCopy>) async throws
        -> [String]
    {
        let desk = pair.borrower.node.sharing
        var ids: [String] = []
        for (index, copy) in copies.enumerated() {
            let reader = try await pair.borrower.node.circulation.readers.reader(
                card: pair.cards[index % pair.cards.count])
            let record = try await desk.submit(
                BorrowingForm(service: .loan, title: copy.title, isbn: copy.isbn), reader: reader, actor: "bench")
            ids.append(record.requestingRequestID)
        }
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            let ready = try await pair.lender.node.sharing.list(.lending, statuses: ["will-supply"], limit: 500)
            let waiting = Set(ids).subtracting(ready.map(\.requestingRequestID))
            if waiting.isEmpty, try await SharingMessageCount.of(pair).unsent == 0 { return ids }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw BenchError("the lender did not answer \(ids.count) requests with WillSupply within 60 s")
    }

    /// For each client, `perClient` distinct StatusRequest documents about its own request (the note numbers them,
    /// so no two are the same bytes), written before the clock starts.
    private static func messages(_ pair: SharingNodePair, requests: [String], clients: Int, perClient: Int)
        -> [[[UInt8]]]
    {
        let authentication = RequestingAgencyAuthentication(accountID: "CN-WHU", securityCode: "whu-to-sz")
        let run = UUID().uuidString.prefix(8)
        return (0..<clients).map { client in
            (0..<perClient).map { n in
                let message = RequestingAgencyMessage(
                    header: MessageHeader(
                        supplyingAgency: pair.lender.agency, requestingAgency: pair.borrower.agency, timestamp: Date(),
                        requestingAgencyRequestID: requests[client % requests.count], authentication: authentication),
                    action: .statusRequest, note: "bench \(run) client \(client) message \(n)")
                return ISO18626Writer.bytes(.requestingAgencyMessage(message))
            }
        }
    }

    private static func post(_ pair: SharingNodePair, work: [[[UInt8]]], seconds: Double) async
        -> (LoadDriver.Figures, [[UInt8]])
    {
        let port = pair.lender.server.port
        return await SharingBenchmark.onOwnThread {
            LoadDriver.run(
                work: work, limit: seconds, connect: { _ in try SharingHTTPClient(port: port, token: nil) },
                operation: { client, document in
                    let answer = try client.postMessage(document)
                    guard answer.status == 200, answer.body.contains("<messageStatus>OK</messageStatus>") else {
                        throw BenchError("\(answer.status) \(answer.body.prefix(300))")
                    }
                    return true
                })
        }
    }

    /// Waits until both outboxes are empty; false after 180 s.
    private static func drain(_ pair: SharingNodePair) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(180)
        while ContinuousClock.now < deadline {
            if try await SharingMessageCount.of(pair).unsent == 0 { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return false
    }
}
