/// Chooses the cluster a member record joins, from the records that share one of its keys.
public enum ClusterMatcher {
    /// A record already in the catalogue that shares a key with the one being placed.
    public struct Candidate: Sendable {
        public var clusterID: Int64
        public var points: MatchPoints

        public init(clusterID: Int64, points: MatchPoints) {
            self.clusterID = clusterID
            self.points = points
        }
    }

    /// The cluster to join, or nil for a new one. A cluster is joined only when some member matches and no
    /// member conflicts (different ISSNs or years); the strongest evidence wins, then the oldest cluster.
    public static func cluster(for points: MatchPoints, among candidates: [Candidate]) -> Int64? {
        var best: (strength: Int, cluster: Int64)?
        let byCluster = Dictionary(grouping: candidates, by: \.clusterID)
        for (cluster, members) in byCluster {
            guard !members.contains(where: { points.conflicts(with: $0.points) }) else { continue }
            let strength = members.map { points.strength(against: $0.points) }.max() ?? 0
            guard strength > 0 else { continue }
            if let current = best,
                current.strength > strength || (current.strength == strength && current.cluster < cluster)
            {
                continue
            }
            best = (strength, cluster)
        }
        return best?.cluster
    }
}
