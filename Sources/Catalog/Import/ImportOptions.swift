import MARC

/// How `pinakes import` reads a file.
public struct ImportOptions: Sendable {
    /// The file format; `.automatic` looks at the first bytes.
    public var format: RecordFileFormat
    /// Holdings profiles to read items with; empty means every built-in profile whose tag occurs.
    public var profiles: [HoldingsProfile]
    /// The character set of ISO 2709 input.
    public var characterSet: MARCCharacterSet
    /// Records stored per transaction: an interrupted import loses at most one batch, which a re-run redoes.
    public var batchSize: Int

    public init(
        format: RecordFileFormat = .automatic, profiles: [HoldingsProfile] = [],
        characterSet: MARCCharacterSet = .automatic, batchSize: Int = 500
    ) {
        self.format = format
        self.profiles = profiles
        self.characterSet = characterSet
        self.batchSize = batchSize
    }
}

/// The record file formats Pinakes reads.
public enum RecordFileFormat: String, Sendable, CaseIterable {
    case automatic = "auto"
    case iso2709
    case marcxml
}
