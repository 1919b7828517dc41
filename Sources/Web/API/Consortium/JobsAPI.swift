import Hummingbird
import PinakesCore

/// `/api/v1/jobs`: the scheduled jobs shared by the node's processes — who runs each now, when it last ran and
/// how, when it is next due — for administrators and operators. Times are milliseconds since 1970.
enum JobsAPI {
    struct JobJSON: Encodable {
        var status: JobLease.Status
        /// Its latest runs, newest first.
        var recentRuns: [JobLease.Run]

        enum Keys: String, CodingKey { case recentRuns }

        func encode(to encoder: any Encoder) throws {
            try status.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(recentRuns, forKey: .recentRuns)
        }
    }

    struct JobListJSON: Encodable {
        /// The time the answer was made, to compare `nextDueAt` and `leaseUntil` with.
        var now: Int64
        var jobs: [JobJSON]
    }

    /// Runs shown per job.
    static let recentRunCount = 5

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/jobs", access: .admin) { _, _ in
            let leases = JobLease(database: services.database, clock: services.clock)
            var jobs: [JobJSON] = []
            for status in try await leases.statuses() {
                jobs.append(
                    JobJSON(status: status, recentRuns: try await leases.runs(of: status.name, limit: recentRunCount)))
            }
            return try JSONResponse.make(JobListJSON(now: leases.nowMillis, jobs: jobs))
        }
    }
}
