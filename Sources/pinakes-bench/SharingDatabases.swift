import Foundation
import Logging
import PinakesCore
import SQLKit

/// Fresh databases for the sharing benchmark: new SQLite files in a temporary folder, or new databases on a
/// PostgreSQL server where the given account may create them (dropped again by `removeAll`).
final class SharingDatabases {
    let backend: Database.Backend
    private let folder: String
    private let adminURL: String?
    private let prefix: String
    private var created: [String] = []

    /// `prefix` names the benchmark in the folder and database names.
    init(backend: Database.Backend, adminURL: String?, prefix: String = "sharing") throws {
        self.backend = backend
        self.adminURL = adminURL
        self.prefix = prefix
        folder = NSTemporaryDirectory() + "pinakes-bench-\(prefix)-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    var label: String { backend == .sqlite ? "SQLite" : "PostgreSQL" }

    /// A location with nothing in it yet, named `name` (a file, or a database `bench_<prefix>_<name>_<random>`).
    func fresh(_ name: String) async throws -> DatabaseLocation {
        guard backend == .postgres, let adminURL else { return .sqlite(path: "\(folder)/\(name).sqlite") }
        let database = "bench_\(prefix)_\(name)_" + UUID().uuidString.prefix(8).lowercased()
        try await administer("CREATE DATABASE \(database)")
        created.append(database)
        guard var components = URLComponents(string: adminURL) else { throw BenchError("bad URL \(adminURL)") }
        components.path = "/" + database
        return .postgres(url: components.string ?? adminURL)
    }

    /// Drops the databases made here and removes the folder.
    func removeAll() async {
        for database in created { try? await administer("DROP DATABASE IF EXISTS \(database) WITH (FORCE)") }
        created = []
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func administer(_ statement: String) async throws {
        guard let adminURL else { return }
        var logger = Logger(label: "pinakes.bench")
        logger.logLevel = .error
        let database = try Database.open(.postgres(url: adminURL), logger: logger)
        do {
            try await database.withConnection { sql in try await sql.raw("\(unsafeRaw: statement)").run() }
        } catch {
            await database.shutdown()
            throw error
        }
        await database.shutdown()
    }
}
