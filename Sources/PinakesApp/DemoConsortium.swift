import Accounts
import Catalog
import Consortium
import Foundation
import PinakesCore

/// The demo consortium described by the bundled `Demo/demo.json`: libraries, accounts and record files.
public struct DemoConsortium: Sendable, Decodable {
    public struct AccountEntry: Sendable, Decodable {
        public var username: String
        public var password: String
        public var role: String
        var name: String?
        var libraries: [String]?
    }
    public struct ImportEntry: Sendable, Decodable {
        var file: String
        var library: String
    }

    /// The demo's SIP2 kiosk login and where it stands.
    public struct KioskEntry: Sendable, Codable {
        public var user: String
        public var password: String
        /// AO the kiosk sends: the code of the library it stands in.
        public var institution: String
        /// CP the kiosk sends at login.
        public var location: String
    }
    /// A demo reader; `state` makes one `pending` (registered online), `blocked` or `expired`, `login` attaches
    /// a demo login to the reader's "my account".
    public struct ReaderEntry: Sendable, Decodable {
        public var card: String
        public var name: String
        public var category: String
        public var library: String
        var pin: String?
        var state: String?
        var login: String?
    }

    public var libraries: [NewLibrary]
    public var accounts: [AccountEntry]
    public var kiosk: KioskEntry
    public var readers: [ReaderEntry]
    public var imports: [ImportEntry]

    /// The bundled demo description.
    public static func bundled() throws -> DemoConsortium {
        guard let url = Bundle.module.url(forResource: "demo", withExtension: "json", subdirectory: "Demo") else {
            throw PinakesError.notFound("the demo description (Demo/demo.json) is missing from this installation")
        }
        return try JSONDecoder().decode(DemoConsortium.self, from: Data(contentsOf: url))
    }

    /// Creates the demo in an empty node: libraries, accounts, then the record files with their items.
    public func install(on node: PinakesNode, log: (String) -> Void) async throws {
        for library in libraries {
            _ = try await node.libraries.add(library, actor: "demo")
        }
        for entry in accounts {
            guard let role = Role(rawValue: entry.role) else {
                throw PinakesError.invalidInput("demo.json: account \(entry.username) has unknown role \(entry.role)")
            }
            _ = try await node.accounts.add(
                username: entry.username, password: entry.password, role: role, displayName: entry.name,
                libraryCodes: entry.libraries ?? [], actor: "demo")
        }
        for entry in imports {
            let name = (entry.file as NSString).deletingPathExtension
            guard let url = Bundle.module.url(forResource: name, withExtension: "mrc", subdirectory: "Demo") else {
                throw PinakesError.notFound("demo record file \(entry.file) is missing from this installation")
            }
            let summary = try await node.importer.importFile(url.path, libraryCode: entry.library, actor: "demo")
            log(
                "Loaded \(summary.new) records and \(summary.itemsNew) items for \(entry.library) from \(entry.file)")
        }
    }
}
