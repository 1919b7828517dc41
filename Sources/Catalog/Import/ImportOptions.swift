import MARC

/// How `pinakes import` reads a file.
public struct ImportOptions: Sendable {
    /// The file format; `.automatic` looks at the first bytes.
    public var format: RecordFileFormat
    /// Holdings profiles to read items with; empty means every built-in profile whose tag occurs.
    public var profiles: [HoldingsProfile]
    /// The character set of ISO 2709 input.
    public var characterSet: MARCCharacterSet
    /// Records stored per transaction, with the run's checkpoint: an interrupted import loses at most the batch
    /// it was writing, and the next import of the same file resumes after the last committed one.
    public var batchSize: Int
    /// Start a new run even when the last run of this file was interrupted (that run is marked abandoned).
    public var restart: Bool

    public init(
        format: RecordFileFormat = .automatic, profiles: [HoldingsProfile] = [],
        characterSet: MARCCharacterSet = .automatic, batchSize: Int = 500, restart: Bool = false
    ) {
        self.format = format
        self.profiles = profiles
        self.characterSet = characterSet
        self.batchSize = batchSize
        self.restart = restart
    }
}

/// The record file formats Pinakes reads.
public enum RecordFileFormat: String, Sendable, CaseIterable {
    case automatic = "auto"
    case iso2709
    case marcxml
}
