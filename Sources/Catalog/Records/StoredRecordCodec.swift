import MARC

/// How a member record is kept in `bib_source_record.marc`: UTF-8 ISO 2709, or MARCXML for records too
/// long for ISO 2709's five-digit length (over 99,999 bytes), which real files do contain.
public enum StoredRecordCodec {
    /// The stored bytes and their format name (`iso2709` or `marcxml`).
    public static func encode(_ record: Record) -> (format: String, bytes: [UInt8]) {
        if let bytes = try? ISO2709Writer.bytes([record]), bytes.count <= 99_999 {
            return ("iso2709", bytes)
        }
        return ("marcxml", Array(MARCXMLWriter.document([record]).utf8))
    }

    /// The record back from its stored bytes.
    public static func decode(format: String, bytes: [UInt8]) -> Record? {
        switch format {
        case "marcxml":
            return MARCXMLReader(bytes: bytes).first { _ in true }
        default:
            return ISO2709Reader(bytes: bytes).first { _ in true }
        }
    }
}
