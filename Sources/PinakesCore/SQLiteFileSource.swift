import AsyncKit
import Logging
import NIOCore
import NIOPosix
import SQLiteKit
import SQLiteNIO

/// Opens SQLite connections to one file with the settings Pinakes relies on: WAL journal, foreign keys,
/// a busy timeout so a second process (say `pinakes import` beside `pinakes serve`) waits instead of failing.
///
/// SQLite's calls block the thread they run on, and a statement waiting out the busy timeout blocks it for as
/// long as the other process holds its lock; so the connections of one handle run on a thread pool of their own,
/// one thread per connection, and a wait never starves the handle's other connections or another handle's.
struct SQLiteFileSource: ConnectionPoolSource {
    let path: String
    let threads: NIOThreadPool

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        SQLiteConnection.open(storage: .file(path: path), threadPool: threads, logger: logger, on: eventLoop)
            .flatMap { connection in
                let pragmas = [
                    "PRAGMA busy_timeout = 30000", "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                    "PRAGMA synchronous = NORMAL",
                    // Searches and imports jump around a catalogue of hundreds of megabytes: read it through
                    // shared memory maps and keep 32 MiB of pages per connection instead of SQLite's 2 MiB.
                    "PRAGMA mmap_size = 1073741824", "PRAGMA cache_size = -32768",
                ]
                return pragmas.reduce(eventLoop.makeSucceededVoidFuture()) { future, pragma in
                    future.flatMap { connection.query(pragma).map { _ in } }
                }.map { connection }
            }
    }
}
