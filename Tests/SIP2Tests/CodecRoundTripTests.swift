import SIP2
import Testing

@Suite struct EveryMessageSurvivesARoundTrip {
    private let codec = SIP2Codec()
    private let when = SIP2Fixtures.when

    private func roundTrip(_ request: SIP2Request) throws {
        for sequence in [nil, 7] as [Int?] {
            let wire = codec.encode(request, sequenceNumber: sequence, checksum: sequence != nil)
            #expect(try codec.decodeRequest(wire) == request, "\(SIP2Fixtures.text(wire))")
        }
    }

    private func roundTrip(_ response: SIP2Response) throws {
        let wire = codec.encode(response, sequenceNumber: 3, checksum: true)
        #expect(try codec.decodeResponse(wire) == response, "\(SIP2Fixtures.text(wire))")
    }

    @Test func requests() throws {
        var checkout = SIP2CheckoutRequest(
            transactionDate: when, institutionID: "SZLIB", patronIdentifier: "P0001", itemIdentifier: "B0001",
            patronPassword: "1234", feeAcknowledged: true, cancel: false)
        checkout.noBlock = true
        checkout.noBlockDueDate = SIP2Timestamp(year: 2024, month: 4, day: 2, hour: 23, minute: 59, second: 59)
        var renew = SIP2RenewRequest(
            transactionDate: when, institutionID: "SZLIB", patronIdentifier: "P0001", itemIdentifier: "B0001")
        renew.thirdPartyAllowed = true
        var info = SIP2PatronInformationRequest(
            transactionDate: when, summary: .chargedItems, institutionID: "SZLIB", patronIdentifier: "P0001",
            patronPassword: "1234", startItem: 1, endItem: 5)
        info.language = .chinese
        let requests: [SIP2Request] = [
            .login(SIP2LoginRequest(userID: "kiosk", password: "secret", locationCode: "GUSU")),
            .scStatus(SIP2SCStatusRequest(statusCode: "0", maxPrintWidth: 40)),
            .patronStatus(
                SIP2PatronStatusRequest(
                    transactionDate: when, institutionID: "SZLIB", patronIdentifier: "P0001", terminalPassword: "",
                    patronPassword: "1234")),
            .patronInformation(info), .checkout(checkout),
            .checkin(
                SIP2CheckinRequest(
                    transactionDate: when, returnDate: when, currentLocation: "GUSU", institutionID: "SZLIB",
                    itemIdentifier: "B0001", terminalPassword: "")),
            .renew(renew),
            .renewAll(SIP2RenewAllRequest(transactionDate: when, institutionID: "SZLIB", patronIdentifier: "P0001")),
            .itemInformation(
                SIP2ItemInformationRequest(transactionDate: when, institutionID: "SZLIB", itemIdentifier: "B0001")),
            .feePaid(
                SIP2FeePaidRequest(
                    transactionDate: when, feeType: .overdue, paymentType: .creditCard, currencyType: "CNY",
                    feeAmount: "12.50", institutionID: "SZLIB", patronIdentifier: "P0001", feeIdentifier: "F9",
                    transactionID: "T77")),
            .endPatronSession(
                SIP2EndPatronSessionRequest(transactionDate: when, institutionID: "SZLIB", patronIdentifier: "P0001")),
            .requestACSResend,
        ]
        for request in requests { try roundTrip(request) }
    }

    @Test func responses() throws {
        var loan = SIP2LoanResponse(
            code: .checkoutResponse, ok: true, renewalOK: true, transactionDate: when, institutionID: "SZLIB",
            patronIdentifier: "P0001", itemIdentifier: "B0001", titleIdentifier: "红楼梦", dueDate: "20240402    235959")
        loan.desensitize = .yes
        loan.feeType = .rental
        loan.feeAmount = "1.00"
        loan.mediaType = .book
        loan.screenMessage = ["Due 2 April", "请按时归还"]
        var renewed = loan
        renewed.code = .renewResponse
        var info = SIP2PatronInformationResponse(
            patronStatus: [.cardReportedLost, .tooManyItemsBilled], transactionDate: when, institutionID: "SZLIB",
            patronIdentifier: "P0001", personalName: "李华")
        info.chargedItemsCount = 2
        info.chargedItems = ["B0001", "B0002"]
        info.holdItemsLimit = 10
        info.emailAddress = "li@example.org"
        var checkin = SIP2CheckinResponse(
            ok: true, resensitize: true, alert: true, transactionDate: when, institutionID: "SZLIB",
            itemIdentifier: "B0001", permanentLocation: "CENTRAL")
        checkin.alertType = "04"
        checkin.destinationLocation = "CENTRAL"
        var item = SIP2ItemInformationResponse(
            circulationStatus: .inTransit, transactionDate: when, itemIdentifier: "B0001", titleIdentifier: "Title")
        item.holdQueueLength = 2
        item.owner = "CENTRAL"
        let responses: [SIP2Response] = [
            .login(SIP2LoginResponse(ok: true)),
            .acsStatus(
                SIP2ACSStatusResponse(
                    onlineStatus: true, checkinOK: true, checkoutOK: true, renewalPolicy: true, statusUpdateOK: false,
                    offlineOK: false, timeoutPeriod: 30, retriesAllowed: 3, dateTimeSync: when, institutionID: "SZLIB",
                    libraryName: "苏州图书馆", supportedMessages: .implemented, terminalLocation: "GUSU")),
            .patronStatus(
                SIP2PatronStatusResponse(
                    patronStatus: [.chargePrivilegesDenied], language: .english, transactionDate: when,
                    institutionID: "SZLIB", patronIdentifier: "P0001", personalName: "Li Hua", validPatron: true,
                    validPatronPassword: false, currencyType: "CNY", feeAmount: "3.00", screenMessage: ["Fines"])),
            .patronInformation(info), .loan(loan), .loan(renewed), .checkin(checkin),
            .renewAll(
                SIP2RenewAllResponse(
                    ok: true, transactionDate: when, institutionID: "SZLIB", renewedItems: ["B1"],
                    unrenewedItems: ["B2"])),
            .itemInformation(item),
            .feePaid(
                SIP2FeePaidResponse(
                    paymentAccepted: true, transactionDate: when, institutionID: "SZLIB", patronIdentifier: "P0001",
                    transactionID: "T77")),
            .endSession(
                SIP2EndSessionResponse(
                    endSession: true, transactionDate: when, institutionID: "SZLIB", patronIdentifier: "P0001")),
            .requestSCResend,
        ]
        for response in responses { try roundTrip(response) }
    }

    @Test func specPatronInformationExampleReadsFieldByField() throws {
        let request = try codec.decodeRequest(
            SIP2Fixtures.bytes(
                "6300119980723    091905Y         AOInstitutionID|AAPatronID|BP00001|BQ00005|AY1AZEA83\r"))
        guard case .patronInformation(let info) = request else {
            Issue.record("expected 63, got \(request)")
            return
        }
        #expect(info.language == .english)
        #expect(info.transactionDate == SIP2Timestamp(year: 1998, month: 7, day: 23, hour: 9, minute: 19, second: 5))
        #expect(info.summary == .holdItems)
        #expect(info.institutionID == "InstitutionID")
        #expect(info.patronIdentifier == "PatronID")
        #expect(info.startItem == 1)
        #expect(info.endItem == 5)
    }

    @Test func checkinFromTheSip2ClientReads() throws {
        let request = try codec.decodeRequest(
            SIP2Fixtures.bytes(
                "09N20160419    12200820160419    122008APReading Room 1|AO830|AB830$28170815|AC|AY2AZEB80\r"))
        guard case .checkin(let checkin) = request else {
            Issue.record("expected 09, got \(request)")
            return
        }
        #expect(checkin.currentLocation == "Reading Room 1")
        #expect(checkin.institutionID == "830")
        #expect(checkin.itemIdentifier == "830$28170815")
        #expect(checkin.terminalPassword == "")
        #expect(checkin.returnDate == SIP2Timestamp(year: 2016, month: 4, day: 19, hour: 12, minute: 20, second: 8))
    }

    @Test func writerProducesSpecLayout() {
        let login = SIP2LoginRequest(userID: "kiosk", password: "secret", locationCode: "GUSU")
        #expect(login.text == "9300CNkiosk|COsecret|CPGUSU|")
        let status = SIP2SCStatusRequest()
        #expect(status.text == "9900802.00")
        #expect(
            SIP2Codec().encode(.scStatus(status), sequenceNumber: 1, checksum: true)
                == SIP2Fixtures.bytes("9900802.00AY1AZFCA0\r"))
    }

    @Test func unknownFieldsAreKeptInOrder() throws {
        let request = try codec.decodeRequest(
            SIP2Fixtures.bytes("1720240305    143009AOSZLIB|ABB0001|ZZvendor|XYextra|AC|"))
        guard case .itemInformation(let item) = request else {
            Issue.record("expected 17")
            return
        }
        #expect(
            item.otherFields == [
                SIP2Field(SIP2FieldID(rawValue: "ZZ"), "vendor"), SIP2Field(SIP2FieldID(rawValue: "XY"), "extra"),
            ])
        #expect(item.text.hasSuffix("ZZvendor|XYextra|"))
    }

    @Test func latin1KioskFieldsDecode() throws {
        let latin1 = SIP2Codec(charset: .latin1)
        let bytes = SIP2Fixtures.bytes("1720240305    143009AOSZLIB|ABM") + [0xFC] + SIP2Fixtures.bytes("ller|")
        guard case .itemInformation(let item) = try latin1.decodeRequest(bytes) else {
            Issue.record("expected 17")
            return
        }
        #expect(item.itemIdentifier == "Müller")
        #expect(
            latin1.encode(text: item.itemIdentifier, sequenceNumber: nil, checksum: false) == [0x4D, 0xFC]
                + SIP2Fixtures.bytes("ller\r"))
    }
}
