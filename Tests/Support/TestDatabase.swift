import Foundation
import PinakesApp
import PinakesCore

/// The databases every storage test runs on: a fresh SQLite file always, and a fresh PostgreSQL database
/// when `PINAKES_TEST_POSTGRES_URL` names a server (the test script starts a private one).
public enum TestDatabase {
    /// The backends to run on, for `@Test(arguments:)`.
    public static var backends: [Database.Backend] {
        ProcessInfo.processInfo.environment["PINAKES_TEST_POSTGRES_URL"] == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    /// The backend of fixtures that run on one database: SQLite, or PostgreSQL when `PINAKES_TEST_BACKEND=postgres`
    /// (the test script runs the web, protocol and kiosk suites a second time that way).
    public static var primary: Database.Backend {
        ProcessInfo.processInfo.environment["PINAKES_TEST_BACKEND"] == "postgres" ? .postgres : .sqlite
    }

    /// A new, empty, migrated node on `backend`; call `shutdown()` when done.
    public static func node(_ backend: Database.Backend, clock: Clock = .system) async throws -> PinakesNode {
        try await PinakesNode.open(try await freshLocation(backend), clock: clock, bcryptCost: 4)
    }

    /// A location with nothing in it yet.
    public static func freshLocation(_ backend: Database.Backend) async throws -> DatabaseLocation {
        switch backend {
        case .sqlite:
            return .sqlite(path: temporaryDirectory() + "/pinakes.sqlite")
        case .postgres:
            guard let admin = ProcessInfo.processInfo.environment["PINAKES_TEST_POSTGRES_URL"] else {
                throw PinakesError.invalidInput("PINAKES_TEST_POSTGRES_URL is not set")
            }
            let name = "pinakes_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let database = try Database.open(.postgres(url: admin))
            do {
                try await database.withConnection { sql in try await sql.raw("CREATE DATABASE \(unsafeRaw: name)").run()
                }
            } catch {
                await database.shutdown()
                throw error
            }
            await database.shutdown()
            return .postgres(url: replacingDatabase(in: admin, with: name))
        }
    }

    /// A new empty folder under the system's temporary directory.
    public static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "pinakes-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func replacingDatabase(in url: String, with name: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.path = "/" + name
        return components.string ?? url
    }
}
