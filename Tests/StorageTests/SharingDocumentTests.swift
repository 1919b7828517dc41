import Circulation
import Foundation
import ISO18626
import PinakesCore
import PinakesTestSupport
import Sharing
import Testing

@Suite struct CopyRequestsOverTheCopyrightLimitAreRefused {
    /// The bundled rules decide copies under Chinese law unless told otherwise: ten articles a year from one
    /// journal per requesting library (CONTU's five apply only where US law governs, which a request sent from
    /// this node never names). The eleventh copy from Nature this year is refused and nothing of it is stored.
    @Test(arguments: TestDatabase.backends)
    func theEleventhCopyOfOneJournalThisYearIsRefused(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let wuhan = try await net.node(
            backend, "Wuhan University Libraries", root: "WHU", library: "WHUMAIN", isil: "CN-WHU")
        let reader = try await wuhan.reader("Zhang Wei")
        var requests: [ILLRequestRecord] = []
        for number in 1...10 {
            let form = SharingRecords.articleForm("Article \(number)", pages: "\(number)-\(number + 5)")
            requests.append(try await wuhan.desk.submit(form, reader: reader, actor: "reader"))
        }
        #expect(requests.count == 10 && requests.allSatisfy { $0.requestXML.contains("CN-CopyrightLawArt24") })
        let stored = try await wuhan.count("SELECT COUNT(*) AS n FROM ill_request")
        let events = try await wuhan.count("SELECT COUNT(*) AS n FROM ill_event")

        do {
            _ = try await wuhan.desk.submit(SharingRecords.articleForm("One too many"), reader: reader, actor: "reader")
            Issue.record("the eleventh copy was accepted")
        } catch SharingRefusal.copyrightLimit(let reason, let reasonZh) {
            #expect(reason.contains("10 copies") && reason.contains("2026"), "\(reason)")
            #expect(reasonZh.contains("10"), "\(reasonZh)")
        }
        #expect(try await wuhan.count("SELECT COUNT(*) AS n FROM ill_request") == stored)
        #expect(try await wuhan.count("SELECT COUNT(*) AS n FROM ill_event") == events)
        #expect(try await wuhan.count("SELECT COUNT(*) AS n FROM ill_message") == 0)

        // Another journal is not counted against Nature; a rejected request frees its place.
        _ = try await wuhan.desk.submit(
            BorrowingForm(service: .copy, title: "Science", issn: "0036-8075", articleTitle: "Bronze", pages: "3-4"),
            reader: reader, actor: "reader")
        _ = try await wuhan.desk.borrow(requests[0].id, .reject, note: "duplicate", actor: "staff")
        let freed = try await wuhan.desk.submit(SharingRecords.articleForm("Now allowed"), reader: reader, actor: "r")
        #expect(freed.status == "pending-review")
        await net.shutdown()
    }
}

@Suite struct ADeliveredCopyIsFetchedAndOpensALimitedNumberOfTimes {
    /// Suzhou uploads the article; Wuhan fetches it through Suzhou's link and keeps it behind its own, which opens
    /// `documentOpens` times and no more, and both ledgers book the copy fee.
    @Test(arguments: TestDatabase.backends)
    func theReadersLinkOpensAsOftenAsTheSettingsAllow(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend)
        let asked = try await wuhan.ask(SharingRecords.articleForm(), for: try await wuhan.reader("Zhang Wei"))
        await net.exchange()
        let lending = try await suzhou.lending(asked.requestingRequestID)
        #expect(lending.status == "will-supply" && lending.service == .copy)
        await #expect(throws: SharingRefusal.self) {
            try await suzhou.desk.deliverCopy(
                lending.id, file: Array("not a pdf".utf8), filename: "x.txt", pages: 1, actor: "sz")
        }

        let delivered = try await suzhou.desk.deliverCopy(
            lending.id, file: SharingRecords.pdf, filename: "paper.pdf", pages: 8, actor: "sz-staff")
        #expect(delivered.status == "completed")
        await net.exchange()
        let completed = try await wuhan.desk.request(asked.id)
        #expect(completed.status == "completed")
        #expect(try completed.borrowing().documentURL?.hasPrefix(suzhou.base + "/api/v1/documents/") == true)

        let kept = try await wuhan.desk.documents(of: asked.id)
        let link = try #require(kept.first)
        #expect(kept.count == 1 && link.maxOpens == 2 && link.opens == 0 && link.size == SharingRecords.pdf.count)
        #expect(link.expiresAt == net.time.clock.epochSeconds + 14 * 86_400)
        for _ in 0..<2 {
            guard case .file(let bytes, let type, _) = try await wuhan.desk.openDocument(token: link.token, who: "r")
            else {
                Issue.record("the link did not open")
                break
            }
            #expect(bytes == SharingRecords.pdf && type == "application/pdf")
        }
        guard case .usedUp = try await wuhan.desk.openDocument(token: link.token, who: "reader") else {
            Issue.record("the link opened a third time")
            return
        }
        guard case .unknown = try await wuhan.desk.openDocument(token: "no-such-token", who: "reader") else {
            Issue.record("an unknown token opened something")
            return
        }
        #expect(try await wuhan.desk.runJobs().documentsFetched == 0, "the document is fetched once")

        let now = net.time.clock.now
        let lent = try await suzhou.desk.ledgerEntries(from: now.addingTimeInterval(-86_400), to: now + 1)
        let borrowed = try await wuhan.desk.ledgerEntries(from: now.addingTimeInterval(-86_400), to: now + 1)
        #expect(lent.map(\.kind) == [.copyFee] && lent.map(\.amountCents) == [200], "8 pages at 0.25, at least 2.00")
        #expect(
            borrowed.map(\.amountCents) == lent.map(\.amountCents) && borrowed.map(\.requestID) == lent.map(\.requestID)
        )
        await net.shutdown()
    }

    /// A link not opened up expires after `documentDays`: it still opens the day before, not on the day.
    @Test(arguments: TestDatabase.backends)
    func theReadersLinkExpiresAfterTheSettingsDays(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend)
        let asked = try await wuhan.ask(SharingRecords.articleForm(), for: try await wuhan.reader("Zhang Wei"))
        await net.exchange()
        let lending = try await suzhou.lending(asked.requestingRequestID)
        _ = try await suzhou.desk.deliverCopy(
            lending.id, file: SharingRecords.pdf, filename: "paper.pdf", pages: 8, actor: "sz-staff")
        await net.exchange()
        let link = try #require(try await wuhan.desk.documents(of: asked.id).first)

        net.time.advance(days: 13)
        guard case .file = try await wuhan.desk.openDocument(token: link.token, who: "reader") else {
            Issue.record("the link did not open before its expiry")
            return
        }
        net.time.advance(days: 1)
        guard case .expired = try await wuhan.desk.openDocument(token: link.token, who: "reader") else {
            Issue.record("the link opened after 14 days")
            return
        }
        let outcomes = try await wuhan.database.withConnection { sql in
            try await sql.raw("SELECT outcome FROM ill_delivery ORDER BY id").all().map {
                try $0.decode(column: "outcome", as: String.self)
            }
        }
        #expect(outcomes == ["opened", "expired"])
        await net.shutdown()
    }

    /// When the lender's link cannot be fetched at once, the borrower's jobs fetch it later.
    @Test(arguments: TestDatabase.backends)
    func aCopyNotFetchedAtOnceIsFetchedByTheJobs(backend: Database.Backend) async throws {
        let net = SharingNetwork()
        let (wuhan, suzhou) = try await net.pair(backend)
        let asked = try await wuhan.ask(SharingRecords.articleForm(), for: try await wuhan.reader("Zhang Wei"))
        await net.exchange()
        let lending = try await suzhou.lending(asked.requestingRequestID)
        _ = try await suzhou.desk.deliverCopy(
            lending.id, file: SharingRecords.pdf, filename: "paper.pdf", pages: 8, actor: "sz-staff")
        // CopyCompleted reaches Wuhan, but Suzhou's node cannot be reached when Wuhan follows the link.
        net.transport.setOffline(suzhou.endpoint, true)
        #expect(await suzhou.desk.deliverOutbox() == 1)
        #expect(try await wuhan.status(asked.id) == "completed")
        #expect(try await wuhan.desk.documents(of: asked.id).isEmpty)
        #expect(try await wuhan.desk.runJobs().documentsFetched == 0)

        net.transport.setOffline(suzhou.endpoint, false)
        #expect(try await wuhan.desk.runJobs().documentsFetched == 1)
        #expect(try await wuhan.desk.documents(of: asked.id).count == 1)
        #expect(try await wuhan.desk.runJobs().documentsFetched == 0)
        await net.shutdown()
    }
}
