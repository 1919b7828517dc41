import Accounts
import Catalog
import Circulation
import Consortium
import Foundation
import ISO18626
import PinakesCore
import Sharing

/// The demo's second consortium, Wuhan University Libraries, a node of its own that borrows from the Suzhou
/// public libraries over ISO 18626: a student there gets a book and a chapter copy from Suzhou.
public enum DemoPartner {
    /// The Suzhou consortium's agency id and the partner's.
    public static let suzhou = AgencyID(value: "CN-SZ")
    public static let wuhan = AgencyID(value: "CN-WHU")
    /// The partner's web logins: its administrator, a librarian and the student.
    public static let logins: [(username: String, password: String, role: Role)] = [
        ("whu-admin", "pinakes-admin", .admin), ("whu-staff", "pinakes-staff", .staff),
        ("whu-reader", "pinakes-reader", .reader),
    ]
    static let readerCard = "WHU-2026-0001"

    /// Creates the partner's libraries, accounts and student when its database is empty, and gives Suzhou its
    /// agency id and terms when it has none.
    public static func prepare(main: PinakesNode, partner: PinakesNode, log: (String) -> Void) async throws {
        if try await main.sharing.directory.ownAgencies().isEmpty {
            let root = try await main.libraries.all().first { $0.parentID == nil }
            _ = try await main.sharing.directory.addOwnAgency(suzhou, library: root?.code ?? "SZ", actor: "demo")
            var settings = SharingSettings()
            settings.tariff = LedgerTariff(
                currency: "CNY", loanFeeCents: 800, copyFeePerPageCents: 25, minimumCopyFeeCents: 200)
            try await main.sharing.directory.saveSettings(settings, actor: "demo")
        }
        guard try await partner.libraries.all().isEmpty else { return }
        log("Creating the partner consortium, Wuhan University Libraries …")
        for library in [
            NewLibrary(
                code: "WHU", name: "Wuhan University Libraries", nameZh: "武汉大学图书馆", type: .consortium,
                region: "Wuhan", latitude: 30.5360, longitude: 114.3600),
            NewLibrary(
                code: "WHULIB", name: "Wuhan University Main Library", nameZh: "武汉大学总馆", type: .university,
                parentCode: "WHU", region: "Wuchang District", latitude: 30.5360, longitude: 114.3600),
        ] {
            _ = try await partner.libraries.add(library, actor: "demo")
        }
        var accounts: [String: Int64] = [:]
        for login in logins {
            let account = try await partner.accounts.add(
                username: login.username, password: login.password, role: login.role,
                displayName: login.role == .reader ? "王芳 Wang Fang" : "Wuhan University \(login.role.label)",
                libraryCodes: login.role == .staff ? ["WHULIB"] : [], actor: "demo")
            accounts[login.username] = account.id.rawValue
        }
        let reader = try await partner.circulation.readers.register(
            NewReader(
                name: "王芳 Wang Fang", category: .student, homeLibrary: "WHULIB", email: "wang.fang@whu.example.edu",
                cardNumber: readerCard),
            via: .desk, actor: "demo")
        if let account = accounts["whu-reader"] {
            _ = try await partner.circulation.readers.attachAccount(reader.id, account: account, actor: "demo")
        }
        _ = try await partner.sharing.directory.addOwnAgency(wuhan, library: "WHU", actor: "demo")
        var settings = SharingSettings()
        settings.autoApprove = true
        try await partner.sharing.directory.saveSettings(settings, actor: "demo")
    }

    /// Writes each node into the other's peers directory at the addresses they listen on now.
    public static func connect(main: PinakesNode, mainBase: String, partner: PinakesNode, partnerBase: String)
        async throws
    {
        let tariff = LedgerTariff(currency: "CNY", loanFeeCents: 800, copyFeePerPageCents: 25, minimumCopyFeeCents: 200)
        try await partner.sharing.directory.save(
            Peer(
                agency: suzhou, name: "Suzhou Public Libraries", nameZh: "苏州市公共图书馆", endpoint: mainBase + "/iso18626",
                catalogue: mainBase, tariff: tariff, turnaroundDays: 3, latitude: 31.3089, longitude: 120.6245,
                outgoingAccountID: wuhan.value, outgoingSecurityCode: "demo-whu-to-sz", incomingAccountID: suzhou.value),
            incomingSecurityCode: "demo-sz-to-whu", actor: "demo")
        try await main.sharing.directory.save(
            Peer(
                agency: wuhan, name: "Wuhan University Libraries", nameZh: "武汉大学图书馆",
                endpoint: partnerBase + "/iso18626", catalogue: partnerBase, latitude: 30.5360, longitude: 114.3600,
                outgoingAccountID: suzhou.value, outgoingSecurityCode: "demo-sz-to-whu", incomingAccountID: wuhan.value),
            incomingSecurityCode: "demo-whu-to-sz", actor: "demo")
    }
}

/// `demo-partner.json` beside `demo.json` (whose shape outside checks rely on): where the partner consortium
/// listens and its logins, written once both nodes serve.
public struct DemoPartnerGuide: Sendable, Encodable {
    public var name: String
    public var url: String
    public var agency: String
    public var logins: [DemoGuide.Login]

    /// The guide for a partner listening at `base`.
    public init(base: String) {
        name = "Wuhan University Libraries"
        url = base + "/"
        agency = DemoPartner.wuhan.description
        logins = DemoPartner.logins.map {
            DemoGuide.Login(username: $0.username, password: $0.password, role: $0.role.rawValue)
        }
    }

    /// Writes `directory/demo-partner.json`.
    public func write(toDirectory directory: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let path = (directory as NSString).appendingPathComponent("demo-partner.json")
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
        return path
    }
}
