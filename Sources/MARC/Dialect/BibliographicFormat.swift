/// A coarse kind of material, for facets and icons, from leader/06–07 (and /08 in MARC 21).
public enum BibliographicFormat: String, Sendable, Hashable, CaseIterable {
    case book
    case serial
    case manuscript
    case musicScore
    case map
    case video
    case soundRecording
    case image
    case electronicResource
    case kit
    case archivalMaterial
    case object
    case holdings
    case authority
    case unknown

    /// The format a leader describes; the code lists differ between the dialects.
    public init(leader: Leader, dialect: MARCDialect) {
        let type = leader.typeOfRecord
        let level = leader.bibliographicLevel
        switch dialect {
        case .marc21: self = BibliographicFormat.marc21(type, level, archival: leader[8] == "a")
        case .unimarc: self = BibliographicFormat.unimarc(type, level)
        }
    }

    /// MARC 21 leader/06 type of record, /07 bibliographic level, /08 type of control.
    private static func marc21(_ type: Character, _ level: Character, archival: Bool) -> BibliographicFormat {
        if archival && type != "z" { return .archivalMaterial }
        switch type {
        case "a": return ["b", "i", "s"].contains(level) ? .serial : .book
        case "t": return .manuscript
        case "c", "d": return .musicScore
        case "e", "f": return .map
        case "g": return .video
        case "i", "j": return .soundRecording
        case "k": return .image
        case "m": return .electronicResource
        case "o": return .kit
        case "p": return .archivalMaterial  // mixed materials: in practice archival collections
        case "r": return .object
        case "u", "v", "x", "y": return .holdings
        case "z": return .authority
        default: return .unknown
        }
    }

    /// UNIMARC leader/06 type of record and /07 bibliographic level.
    private static func unimarc(_ type: Character, _ level: Character) -> BibliographicFormat {
        switch type {
        case "a": return ["s", "i"].contains(level) ? .serial : .book
        case "b": return .manuscript
        case "c", "d": return .musicScore
        case "e", "f": return .map
        case "g": return .video
        case "i", "j": return .soundRecording
        case "k": return .image
        case "l": return .electronicResource
        case "m": return .kit
        case "r": return .object
        default: return .unknown
        }
    }
}
