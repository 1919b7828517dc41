import Circulation
import Foundation
import PinakesCore
import PinakesTestSupport
import SIP2
import Testing

/// CirculationKiosk behind the real SIP2 server, on a real SQLite (and PostgreSQL) database.
@Suite struct KioskBorrowsAndReturnsThroughCirculation {
    private let when = KioskFixture.when

    private func login(_ client: KioskClient, password: String = "secret") async throws -> Bool {
        let answer = try await client.send(
            .login(SIP2LoginRequest(userID: "kiosk", password: password, locationCode: "CEN")))
        guard case .login(let login) = answer else { return false }
        return login.ok
    }

    private func checkout(_ client: KioskClient, card: String, barcode: String, pin: String? = nil) async throws
        -> SIP2LoanResponse?
    {
        let answer = try await client.send(
            .checkout(
                SIP2CheckoutRequest(
                    transactionDate: when, institutionID: "CEN", patronIdentifier: card, itemIdentifier: barcode,
                    patronPassword: pin)))
        guard case .loan(let loan) = answer else { return nil }
        return loan
    }

    @Test(arguments: TestDatabase.backends)
    func loginIsCheckedAndPatronStatusNamesTheReader(_ backend: Database.Backend) async throws {
        try await KioskFixture.run(backend) { _, client in
            #expect(try await login(client, password: "wrong") == false)
            #expect(try await login(client))
            let answer = try await client.send(
                .patronStatus(
                    SIP2PatronStatusRequest(transactionDate: when, institutionID: "CEN", patronIdentifier: "C-ADA")))
            guard case .patronStatus(let status) = answer else { throw Failure("not a patron status: \(answer)") }
            #expect(status.validPatron == true && status.personalName == "Li Hua 李华")
            #expect(status.patronStatus.isEmpty && status.language == .english)
            let unknown = try await client.send(
                .patronStatus(
                    SIP2PatronStatusRequest(transactionDate: when, institutionID: "CEN", patronIdentifier: "NOPE")))
            guard case .patronStatus(let refused) = unknown else { throw Failure("not a patron status") }
            #expect(refused.validPatron == false && refused.screenMessage.joined().contains("NOPE"))
        }
    }

    @Test(arguments: TestDatabase.backends)
    func checkinAtAnotherLibraryStartsTransitHome(_ backend: Database.Backend) async throws {
        try await KioskFixture.run(backend) { fixture, client in
            #expect(try await login(client))
            let loan = try #require(try await checkout(client, card: "C-ADA", barcode: "K-CEN-1"))
            #expect(loan.ok && loan.desensitize == .yes && !loan.dueDate.isEmpty, "\(loan)")
            #expect(loan.titleIdentifier.contains("红楼梦"))
            #expect(try await fixture.desk.copyStatus(barcode: "K-CEN-1").status == "on-loan")
            let answer = try await client.send(
                .checkin(
                    SIP2CheckinRequest(
                        transactionDate: when, returnDate: when, currentLocation: "GUSU", institutionID: "CEN",
                        itemIdentifier: "K-CEN-1")))
            guard case .checkin(let checkin) = answer else { throw Failure("not a checkin response") }
            #expect(checkin.ok && checkin.alert && checkin.alertType == "04" && checkin.destinationLocation == "CEN")
            #expect(checkin.patronIdentifier == "C-ADA" && checkin.permanentLocation == "CEN")
            #expect(checkin.screenMessage.joined().contains("CEN"), "\(checkin.screenMessage)")
            #expect(try await fixture.desk.copyStatus(barcode: "K-CEN-1").transitTo == "CEN")
        }
    }

    @Test(arguments: TestDatabase.backends)
    func renewalAndItemInformationShowTheNewDueDate(_ backend: Database.Backend) async throws {
        try await KioskFixture.run(backend) { _, client in
            #expect(try await login(client))
            let loan = try #require(try await checkout(client, card: "C-PIN", barcode: "K-CEN-2", pin: "2468"))
            #expect(loan.ok, "\(loan.screenMessage)")
            let answer = try await client.send(
                .renew(
                    SIP2RenewRequest(
                        transactionDate: when, institutionID: "CEN", patronIdentifier: "C-PIN",
                        itemIdentifier: "K-CEN-2", patronPassword: "2468")))
            guard case .loan(let renewal) = answer else { throw Failure("not a renew response") }
            #expect(renewal.ok && renewal.code == .renewResponse && !renewal.dueDate.isEmpty, "\(renewal)")
            let info = try await client.send(
                .itemInformation(
                    SIP2ItemInformationRequest(transactionDate: when, institutionID: "CEN", itemIdentifier: "K-CEN-2")))
            guard case .itemInformation(let item) = info else { throw Failure("not an item information response") }
            #expect(item.circulationStatus == .charged && item.titleIdentifier == "Fortress Besieged")
            #expect(item.dueDate == renewal.dueDate && item.holdQueueLength == 0)
            let patron = try await client.send(
                .patronInformation(
                    SIP2PatronInformationRequest(
                        transactionDate: when, summary: .chargedItems, institutionID: "CEN",
                        patronIdentifier: "C-PIN", patronPassword: "2468")))
            guard case .patronInformation(let account) = patron else { throw Failure("not patron information") }
            #expect(account.chargedItemsCount == 1 && account.chargedItems == ["K-CEN-2"])
            #expect(account.validPatronPassword == true)
        }
    }

    @Test(arguments: TestDatabase.backends)
    func refusalsStoreNothing(_ backend: Database.Backend) async throws {
        try await KioskFixture.run(backend) { fixture, client in
            #expect(try await login(client))
            let events = try await fixture.count("SELECT COUNT(*) AS n FROM circ_event")
            let unknown = try #require(try await checkout(client, card: "C-ADA", barcode: "NO-SUCH-ITEM"))
            #expect(!unknown.ok && unknown.desensitize == .no)
            #expect(unknown.screenMessage.joined().contains("NO-SUCH-ITEM"), "\(unknown.screenMessage)")
            let blocked = try #require(try await checkout(client, card: "C-BLOCKED", barcode: "K-CEN-1"))
            #expect(!blocked.ok && blocked.screenMessage.joined().contains("blocked"), "\(blocked.screenMessage)")
            let badPIN = try #require(try await checkout(client, card: "C-PIN", barcode: "K-CEN-1", pin: "0000"))
            #expect(!badPIN.ok && badPIN.screenMessage == ["The PIN is not correct."])
            let noPIN = try #require(try await checkout(client, card: "C-PIN", barcode: "K-CEN-1"))
            #expect(!noPIN.ok)
            #expect(try await fixture.count("SELECT COUNT(*) AS n FROM circ_loan") == 0)
            #expect(try await fixture.count("SELECT COUNT(*) AS n FROM circ_event") == events)
            #expect(try await fixture.desk.copyStatus(barcode: "K-CEN-1").status == "available")
        }
    }
}

/// Overdue returns and fees at a kiosk: the fine is shown on return and can be paid with fee paid (37).
@Suite struct KioskTakesFinesAndPayments {
    private let when = KioskFixture.when

    @Test(arguments: TestDatabase.backends)
    func lateReturnShowsTheFineAndFeePaidSettlesIt(_ backend: Database.Backend) async throws {
        try await KioskFixture.run(backend) { fixture, client in
            let login = try await client.send(
                .login(SIP2LoginRequest(userID: "kiosk", password: "secret", locationCode: "CEN")))
            guard case .login(let loggedIn) = login, loggedIn.ok else { throw Failure("login refused") }
            // Borrowed 40 days ago under the 30-day rule: 10 days late today.
            let past = CirculationDesk(
                database: fixture.node.database, clock: .fixed(KioskFixture.now.addingTimeInterval(-40 * 86_400)),
                settings: fixture.desk.settings)
            _ = try await past.checkout(card: "C-ADA", barcode: "K-CEN-2", library: "CEN", actor: "test")
            let answer = try await client.send(
                .checkin(
                    SIP2CheckinRequest(
                        transactionDate: when, returnDate: nil, currentLocation: nil, institutionID: "CEN",
                        itemIdentifier: "K-CEN-2")))
            guard case .checkin(let checkin) = answer else { throw Failure("not a checkin response") }
            #expect(checkin.ok && checkin.screenMessage.contains { $0.contains("overdue fine") }, "\(checkin)")
            let owed = try await fixture.desk.readers.reader(card: "C-ADA").owedCents
            #expect(owed > 0)
            let wrongCurrency = try await client.send(
                .feePaid(
                    SIP2FeePaidRequest(
                        transactionDate: when, feeType: .overdue, currencyType: "USD", feeAmount: "0.50",
                        institutionID: "CEN", patronIdentifier: "C-ADA")))
            guard case .feePaid(let refused) = wrongCurrency else { throw Failure("not a fee paid response") }
            #expect(!refused.paymentAccepted)
            let paid = try await client.send(
                .feePaid(
                    SIP2FeePaidRequest(
                        transactionDate: when, feeType: .overdue, currencyType: "CNY",
                        feeAmount: String(format: "%.2f", Double(owed) / 100), institutionID: "CEN",
                        patronIdentifier: "C-ADA", transactionID: "KIOSK-1")))
            guard case .feePaid(let payment) = paid else { throw Failure("not a fee paid response") }
            #expect(payment.paymentAccepted && payment.transactionID?.isEmpty == false, "\(payment)")
            #expect(try await fixture.desk.readers.reader(card: "C-ADA").owedCents == 0)
        }
    }
}

/// A test failure with a message, for answers of the wrong kind.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
