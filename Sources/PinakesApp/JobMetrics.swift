import Metrics
import PinakesCore

/// Runs of the periodic jobs in this process: `pinakes_job_runs_total{job,outcome}` and
/// `pinakes_job_duration_seconds{job}`.
enum JobMetrics {
    static let runs = "pinakes_job_runs_total"
    static let duration = "pinakes_job_duration_seconds"
    /// A pass takes milliseconds when there is nothing to do and minutes for a large notice run.
    static let durationBuckets: [Duration] = [
        .milliseconds(10), .milliseconds(50), .milliseconds(250), .seconds(1), .seconds(5), .seconds(30),
        .seconds(120), .seconds(600),
    ]

    /// Counts one pass of `job` that ended with `outcome` after `took`.
    static func record(job: String, outcome: JobLease.Outcome, took: Duration) {
        let name: String
        switch outcome {
        case .succeeded: name = "succeeded"
        case .failed: name = "failed"
        case .stopped: name = "stopped"
        }
        Counter(label: runs, dimensions: [("job", job), ("outcome", name)]).increment()
        Timer(label: duration, dimensions: [("job", job)]).record(duration: took)
    }
}
