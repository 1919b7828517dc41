import SIP2
import Testing

/// Drives the per-connection state machine as a kiosk would, answering `.perform` through the responder.
private struct Kiosk {
    let service = ProtocolTestService()
    var state: SIP2ConnectionState
    let responder: SIP2Responder
    let codec = SIP2Codec()

    init(configuration: SIP2Configuration = SIP2Fixtures.configuration()) {
        state = SIP2ConnectionState(configuration: configuration)
        responder = SIP2Responder(service: service, configuration: configuration)
    }

    /// Sends raw text and returns the raw answer (empty for none).
    mutating func send(raw text: String) async -> String {
        switch state.received(line: SIP2Fixtures.bytes(text)) {
        case .ignore: return ""
        case .send(let bytes): return SIP2Fixtures.text(bytes)
        case .perform(let request):
            let response = await responder.respond(to: request, session: state.session)
            return SIP2Fixtures.text(state.performed(response))
        }
    }

    /// Sends a request with sequence number and checksum and decodes the answer.
    mutating func send(_ request: SIP2Request, sequence: Int? = 0) async throws -> SIP2Response {
        let wire = codec.encode(request, sequenceNumber: sequence, checksum: sequence != nil)
        let answer = await send(raw: SIP2Fixtures.text(wire))
        return try codec.decodeResponse(SIP2Fixtures.bytes(answer))
    }

    mutating func login() async throws {
        let response = try await send(
            .login(SIP2LoginRequest(userID: "kiosk", password: "secret", locationCode: "GUSU")))
        #expect(response == .login(SIP2LoginResponse(ok: true)))
    }
}

private let when = SIP2Fixtures.when

private func checkout(_ item: String, patron: String = "P0001") -> SIP2Request {
    .checkout(
        SIP2CheckoutRequest(
            transactionDate: when, institutionID: "SZLIB", patronIdentifier: patron, itemIdentifier: item))
}

@Suite struct ConnectionStateMachine {
    @Test func checkoutBeforeLoginIsRefusedAndChangesNothing() async throws {
        var kiosk = Kiosk()
        guard case .loan(let loan) = try await kiosk.send(checkout("B0001")) else {
            Issue.record("expected a checkout response")
            return
        }
        #expect(!loan.ok)
        #expect(loan.screenMessage == ["Login (93) required before this message."])
        #expect(loan.itemIdentifier == "B0001")
        #expect(kiosk.service.changes.withLock { $0 }.isEmpty)
    }

    @Test func scStatusIsAnsweredBeforeLogin() async throws {
        var kiosk = Kiosk()
        guard case .acsStatus(let status) = try await kiosk.send(.scStatus(SIP2SCStatusRequest())) else {
            Issue.record("expected 98")
            return
        }
        #expect(status.onlineStatus)
        #expect(status.supportedMessages == .implemented)
        #expect(status.libraryName == "Suzhou Library")
    }

    @Test func failedLoginKeepsTheGateClosed() async throws {
        var kiosk = Kiosk()
        let answer = try await kiosk.send(.login(SIP2LoginRequest(userID: "kiosk", password: "wrong")))
        #expect(answer == .login(SIP2LoginResponse(ok: false)))
        #expect(!kiosk.state.session.isLoggedIn)
    }

    @Test func loginThenCheckoutRecordsSessionAndDueDate() async throws {
        var kiosk = Kiosk()
        try await kiosk.login()
        #expect(kiosk.state.session.loginUser == "kiosk")
        #expect(kiosk.state.session.location == "GUSU")
        guard case .loan(let loan) = try await kiosk.send(checkout("B0001"), sequence: 1) else {
            Issue.record("expected 12")
            return
        }
        #expect(loan.ok)
        #expect(loan.titleIdentifier == "红楼梦")
        #expect(loan.dueDate == "20240401    000000")
        #expect(loan.desensitize == .yes)
        #expect(kiosk.state.session.institution == "SZLIB")
        #expect(kiosk.state.session.lastSequenceNumber == 1)
    }

    @Test func loginCanBeSwitchedOff() async throws {
        var kiosk = Kiosk(configuration: SIP2Fixtures.configuration(requireLogin: false))
        guard case .loan(let loan) = try await kiosk.send(checkout("B0001")) else {
            Issue.record("expected 12")
            return
        }
        #expect(loan.ok)
    }

    @Test func badChecksumAsksForResendAndChangesNothing() async throws {
        var kiosk = Kiosk()
        try await kiosk.login()
        let good = SIP2Fixtures.text(kiosk.codec.encode(checkout("B0001"), sequenceNumber: 2, checksum: true))
        let damaged = good.replacingOccurrences(of: "B0001", with: "B0003")
        #expect(await kiosk.send(raw: damaged) == "96AZFEF6\r")
        #expect(kiosk.service.changes.withLock { $0 }.isEmpty)
        #expect(await kiosk.send(raw: "97AZFEF5\r") == "96AZFEF6\r")
    }

    @Test func requestACSResendRepeatsTheLastResponseByteForByte() async throws {
        var kiosk = Kiosk()
        try await kiosk.login()
        let first = await kiosk.send(
            raw: SIP2Fixtures.text(kiosk.codec.encode(checkout("B0001"), sequenceNumber: 4, checksum: true)))
        #expect(first.hasPrefix("121YUY"))
        #expect(await kiosk.send(raw: "97AZFEF5\r") == first)
        #expect(kiosk.service.changes.withLock { $0 } == ["checkout B0001 P0001"])
    }

    @Test func repeatedMessageWithSameSequenceNumberIsNotCarriedOutTwice() async throws {
        var kiosk = Kiosk()
        try await kiosk.login()
        let wire = SIP2Fixtures.text(kiosk.codec.encode(checkout("B0001"), sequenceNumber: 5, checksum: true))
        let first = await kiosk.send(raw: wire)
        let second = await kiosk.send(raw: wire)
        #expect(first == second)
        #expect(kiosk.service.changes.withLock { $0 } == ["checkout B0001 P0001"])
    }

    @Test func missingFieldIsRefusedInTheMatchingResponseWithChecksumAndSequence() async throws {
        var kiosk = Kiosk()
        try await kiosk.login()
        let text = "11NN20240305    143009                  AOSZLIB|ABB0001|AC|AY6AZ"
        let sum = SIP2Checksum.hex(SIP2Checksum.compute(SIP2Fixtures.bytes(text)))
        let answer = await kiosk.send(raw: text + sum + "\r")
        let frame = try kiosk.codec.frame(SIP2Fixtures.bytes(answer))
        #expect(frame.sequenceNumber == 6)
        #expect(frame.hasChecksum)
        guard case .loan(let loan) = try kiosk.codec.response(from: frame) else {
            Issue.record("expected 12")
            return
        }
        #expect(!loan.ok)
        #expect(loan.institutionID == "SZLIB")
        #expect(loan.itemIdentifier == "B0001")
        #expect(loan.screenMessage == ["Missing required field AA in message 11."])
        #expect(kiosk.service.changes.withLock { $0 }.isEmpty)
    }

    @Test func garbageGetsResendRequest() async throws {
        var kiosk = Kiosk()
        // Without a checksum of its own, the kiosk gets a plain 96 (it is not using error detection).
        #expect(await kiosk.send(raw: "\u{7}\u{7}\u{7}!!") == "96\r")
        #expect(await kiosk.send(raw: "\r") == "")
    }

    @Test func oversizedLineIsRefusedForItsMessageCode() async throws {
        var kiosk = Kiosk()
        try await kiosk.login()
        let action = kiosk.state.receivedOversized(prefix: SIP2Fixtures.bytes("1720240305    143009AOSZLIB|ABB00"))
        guard case .send(let bytes) = action, case .itemInformation(let item) = try kiosk.codec.decodeResponse(bytes)
        else {
            Issue.record("expected an 18 refusal, got \(action)")
            return
        }
        #expect(item.screenMessage == ["Message longer than 512 bytes."])
    }

    @Test func serviceFailureBecomesGenericRefusal() async throws {
        var kiosk = Kiosk()
        try await kiosk.login()
        let answer = try await kiosk.send(
            .itemInformation(
                SIP2ItemInformationRequest(transactionDate: when, institutionID: "SZLIB", itemIdentifier: "BOOM")))
        guard case .itemInformation(let item) = answer else {
            Issue.record("expected 18")
            return
        }
        #expect(item.circulationStatus == .other)
        #expect(item.screenMessage == ["The library system could not complete this request. Please ask staff."])
    }

    @Test func patronThenEndSessionClearsThePatron() async throws {
        var kiosk = Kiosk()
        try await kiosk.login()
        _ = try await kiosk.send(
            .patronStatus(
                SIP2PatronStatusRequest(
                    transactionDate: when, institutionID: "SZLIB", patronIdentifier: "P0001", patronPassword: "1234")))
        #expect(kiosk.state.session.patron == "P0001")
        let end = try await kiosk.send(
            .endPatronSession(
                SIP2EndPatronSessionRequest(transactionDate: when, institutionID: "SZLIB", patronIdentifier: "P0001")))
        guard case .endSession(let response) = end else {
            Issue.record("expected 36")
            return
        }
        #expect(response.endSession)
        #expect(kiosk.state.session.patron == nil)
    }

    @Test func feePaidWithBadAmountIsRefusedAndNotRecorded() async throws {
        var kiosk = Kiosk()
        try await kiosk.login()
        let answer = try await kiosk.send(
            .feePaid(
                SIP2FeePaidRequest(
                    transactionDate: when, currencyType: "CNY", feeAmount: "abc", institutionID: "SZLIB",
                    patronIdentifier: "P0001")))
        guard case .feePaid(let paid) = answer else {
            Issue.record("expected 38")
            return
        }
        #expect(!paid.paymentAccepted)
        #expect(paid.screenMessage == ["Bad value in field BV: \"abc\"."])
        #expect(kiosk.service.changes.withLock { $0 }.isEmpty)
    }

    @Test func requiredErrorDetectionRefusesPlainMessages() async throws {
        var kiosk = Kiosk(configuration: SIP2Fixtures.configuration(errorDetection: .required))
        #expect(await kiosk.send(raw: "9900802.00\r") == "96AZFEF6\r")
    }

    @Test func plainRequestGetsPlainAnswer() async throws {
        var kiosk = Kiosk()
        #expect(await kiosk.send(raw: "9300CNkiosk|COsecret|\r") == "941\r")
    }
}
