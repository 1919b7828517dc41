import NIOCore

/// Runs a task's jobs on one NIO event loop. Database work on SQLite runs under this preference, on the event
/// loop of its connection: SQLiteNIO completes each query on that loop, so the code after an `await` goes on
/// there without another hop to Swift's cooperative pool — a desk transaction makes eight or so queries, and
/// the thread hops, not SQLite, were most of its time.
final class EventLoopTaskExecutor: TaskExecutor, @unchecked Sendable {
    let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) { self.eventLoop = eventLoop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
