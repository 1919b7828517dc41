import Foundation

/// The serialisations of MARC records Pinakes reads, and how to tell them apart by their first bytes.
public enum MARCFileFormat: String, Sendable, CaseIterable {
    case iso2709
    case marcxml
    case json

    /// `<` starts MARCXML and `{` or `[` MARC-in-JSON, after blanks and a UTF-8 byte-order mark; anything
    /// else (a record leader starts with digits) is ISO 2709. Nil when the file cannot be opened.
    public static func detect(path: String) -> MARCFileFormat? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 512)) ?? Data()
        for byte in head where ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains(byte) {
            switch byte {
            case UInt8(ascii: "<"): return .marcxml
            case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
            default: return .iso2709
            }
        }
        return .iso2709
    }
}
