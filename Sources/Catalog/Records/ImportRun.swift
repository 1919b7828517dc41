/// One run of `pinakes import`, as listed on the staff page.
public struct ImportRun: Sendable, Codable, Hashable {
    public var id: Int64
    public var libraryCode: String
    public var actor: String
    public var source: String
    public var format: String
    public var startedAt: Int64
    public var finishedAt: Int64?
    /// As shown: `running`, `resumed` (running again after an interruption), `interrupted` (its process is gone;
    /// importing the file again resumes it), `finished`, `failed` or `abandoned`.
    public var status: String
    public var read: Int
    public var new: Int
    public var updated: Int
    public var unchanged: Int
    public var deleted: Int
    public var rejected: Int
    public var itemsNew: Int
    /// How often an interrupted run was taken up again.
    public var resumes: Int = 0
    /// Records consumed from the input as of the last committed batch.
    public var recordsConsumed: Int = 0
}

extension ImportRun {
    /// Seconds without a checkpoint after which a run whose process cannot be asked counts as interrupted.
    static let silenceLimit: Int64 = 15 * 60

    /// The status to show for a run stored as `stored`: an unfinished run whose process is gone (or silent for a
    /// quarter of an hour, on another host) is interrupted; a finished one says how often it was resumed.
    static func shownStatus(
        stored: String, finished: Bool, owner: String?, lastActivity: Int64, resumes: Int, now: Int64
    ) -> String {
        if finished {
            return resumes > 0 && stored == "finished" ? "finished (resumed \(resumes)×)" : stored
        }
        guard stored == "running" || stored == "resumed" else { return stored }
        switch ImportRunOwner.isAlive(owner) {
        case true?: return stored
        // Harvests record no owner: their own schedule closes their runs.
        case false?: return owner == nil ? stored : "interrupted"
        case nil: return now - lastActivity < silenceLimit ? stored : "interrupted"
        }
    }
}
