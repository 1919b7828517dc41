/// Turns the raw bytes of one field body into Unicode text, reporting what it had to repair.
///
/// The field body is everything between the directory-addressed start of a field and its
/// field terminator: indicators, subfield delimiters (0x1F) and data. Decoders must pass
/// 0x1F through unchanged (as U+001F) so the caller can split subfields afterwards, and must
/// never fail: bytes they cannot map become U+FFFD and a problem message.
public protocol MARCTextDecoder: Sendable {
    /// Decodes `bytes`; appends one human-readable message per repair to `problems`.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>, problems: inout [String]) -> String
}

/// Which character set to read a record's text in.
public enum MARCCharacterSet: String, Sendable, CaseIterable {
    /// Leader/09 `a` → UTF-8; blank in a MARC 21 record → MARC-8; UNIMARC → UTF-8 with Latin-1 fallback.
    case automatic
    case utf8
    case marc8
    case latin1
}
