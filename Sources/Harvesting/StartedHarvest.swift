import Consortium
import Foundation

/// A harvest whose source is claimed and whose run is open: what `Harvester.complete(_:)` carries on with.
public struct StartedHarvest: Sendable {
    public let source: HarvestSource
    /// The open run (its id is set; status `running`).
    public let run: HarvestRun
    let library: Library
    let actor: String
    let began: Date
}
