import Foundation
import NIOCore
import NIOPosix
import PinakesTestSupport
import Testing

@testable import Z3950

/// The TCP server: session order, Close, Scan, concurrency, limits, time-outs and hostile input.
@Suite struct Z3950ServerTests {
    @Test func aSearchBeforeInitIsAProtocolError() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await Z3950TestClient(port: fixture.port)
            let reply = try await client.send(
                .searchRequest(Z3950SearchRequest(query: .rpn(APDURoundTripTests.isbnQuery))))
            guard case .close(let close) = reply else {
                throw Z3950Error.protocolViolation("\(String(describing: reply))")
            }
            #expect(close.reason == .protocolError)
            #expect(try await client.receive() == nil)
        }
    }

    @Test func closeIsAnsweredAndEndsTheAssociation() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await fixture.client()
            let reply = try await client.send(.close(Z3950Close(referenceId: [4], reason: .finished)))
            #expect(reply == .close(Z3950Close(referenceId: [4], reason: .finished)))
            #expect(try await client.receive() == nil)
        }
    }

    @Test func scanListsHeadingsAroundTheStartTermWithTitleCounts() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await fixture.client()
            let reply = try await client.send(
                .scanRequest(
                    Z3950ScanRequest(
                        termListAndStartPoint: AttributesPlusTerm(
                            attributes: [Z3950Attribute(type: 1, value: 21)], term: .general("c")),
                        numberOfTermsRequested: 3, preferredPositionInResponse: 2)))
            guard case .scanResponse(let scan) = reply else { throw Z3950Error.protocolViolation("no scan") }
            #expect(scan.entries.map(\.term) == ["Algebra", "Chinese fiction", "Computer algorithms"])
            #expect(scan.entries.map(\.occurrences) == [1, 2, 1])
            #expect(scan.positionOfTerm == 2)
            let refused = try await client.send(
                .scanRequest(
                    Z3950ScanRequest(
                        termListAndStartPoint: AttributesPlusTerm(
                            attributes: [Z3950Attribute(type: 1, value: 7)], term: .general("9")),
                        numberOfTermsRequested: 3)))
            guard case .scanResponse(let failed) = refused else { throw Z3950Error.protocolViolation("no scan") }
            #expect(failed.scanStatus == 6 && failed.diagnostics.first?.condition == 114)
            await client.close()
        }
    }

    @Test func twoSessionsAtOnceKeepTheirOwnResultSets() async throws {
        try await Z3950Fixture.run { fixture in
            let first = try await fixture.client()
            let second = try await fixture.client()
            #expect(try await first.search(term(21, "fiction")).resultCount == 2)
            #expect(try await second.search(term(4, "algebra")).resultCount == 1)
            #expect(try await first.present(start: 2).numberOfRecordsReturned == 1)
            #expect(try await second.present(start: 2).records == .diagnostic(Z3950Diagnostic(13, "2 of 1")))
            await first.close()
            await second.close()
        }
    }

    @Test func connectionsOverTheLimitAreClosedAtOnceAndTheOthersServed() async throws {
        let configuration = Z3950Configuration(maximumConnections: 20)
        try await Z3950Fixture.run(configuration: configuration) { fixture in
            var clients: [Z3950TestClient] = []
            for _ in 0..<20 { clients.append(try await fixture.client()) }
            var refused = 0
            for _ in 0..<480 {
                let extra = try await Z3950TestClient(port: fixture.port)
                if case .close(let close) = try await extra.receive(), close.reason == .resources { refused += 1 }
                await extra.close()
            }
            #expect(refused == 480)
            for client in clients { #expect(try await client.search(term(4, "algebra")).resultCount == 1) }
            for client in clients { await client.close() }
        }
    }

    @Test func anIdleConnectionGetsCloseForLackOfActivity() async throws {
        try await Z3950Fixture.run(configuration: Z3950Configuration(idleTimeout: .milliseconds(300))) { fixture in
            // No Init: under load an Init could itself take longer than the time-out; a silent client is the case.
            let started = ContinuousClock.now
            let client = try await Z3950TestClient(port: fixture.port)
            let reply = try await client.receive()
            #expect(reply == .close(Z3950Close(reason: .lackOfActivity, diagnosticInformation: "idle time-out")))
            #expect(ContinuousClock.now - started >= .milliseconds(250))
            #expect(try await client.receive() == nil)
        }
    }

    @Test func garbageGetsAProtocolErrorCloseAndOthersAreStillServed() async throws {
        let configuration = Z3950Configuration(maximumMessageSize: 65_536)
        try await Z3950Fixture.run(configuration: configuration) { fixture in
            let hostile: [[UInt8]] = [
                Array("GET / HTTP/1.1\r\n\r\n".utf8), [0xB4, 0x84, 0x7F, 0xFF, 0xFF, 0xFF],
                [0xB4, 0x02, 0x30, 0x00], [0xBF, 0x30, 0x03, 0x01, 0x01, 0xFF],
            ]
            for bytes in hostile {
                let client = try await Z3950TestClient(port: fixture.port)
                try await client.write(bytes)
                guard case .close(let close) = try await client.receive() else {
                    throw Z3950Error.protocolViolation("no Close for \(bytes)")
                }
                #expect(close.reason == .protocolError)
                #expect(try await client.receive() == nil)
            }
            let oversized = try await fixture.client(messageSize: 4096)
            let big = Z3950PDU.searchRequest(
                Z3950SearchRequest(query: .rpn(RPNQuery(root: term(4, String(repeating: "word ", count: 2000))))))
            guard case .close(let close) = try await oversized.send(big) else {
                throw Z3950Error.protocolViolation("no Close for an oversized APDU")
            }
            #expect(close.reason == .protocolError)
            let healthy = try await fixture.client()
            #expect(try await healthy.search(term(4, "algebra")).resultCount == 1)
            await healthy.close()
        }
    }

    @Test func aQuickLoopOfSearchesIsMeasured() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await fixture.client()
            let started = ContinuousClock.now
            let rounds = 200
            for _ in 0..<rounds { #expect(try await client.search(term(7, Z3950Fixture.dreamISBN)).resultCount == 1) }
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print("Z39.50 ISBN searches: \(Int(Double(rounds) / seconds)) per second on one connection")
            await client.close()
        }
    }
}
