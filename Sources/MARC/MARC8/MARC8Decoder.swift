import Foundation

/// Decodes MARC-8 field bodies to Unicode (NFC), as specified by the Library of Congress
/// "MARC 21 Specifications", part 3 (character sets and escape sequences).
///
/// Every field starts with G0 = Basic Latin (ASCII) and G1 = Extended Latin (ANSEL). Escape
/// sequences switch G0/G1 to Hebrew, Cyrillic, Arabic, Greek, the technique-1 sets (Greek
/// symbols, subscripts, superscripts) or EACC (three bytes per CJK character). MARC-8 writes
/// combining diacritics before their base character; the decoder moves them after it and
/// then normalises to NFC. Unmappable bytes and broken escape sequences become U+FFFD and a
/// problem message naming the byte offset within the field; decoding never fails.
public struct MARC8Decoder: MARCTextDecoder {
    /// A decoder; the code table is parsed lazily on the first non-ASCII field.
    public init() {}

    /// Decodes one field body (indicators, 0x1F delimiters and data); 0x1F stays U+001F.
    public func decode(_ bytes: UnsafeBufferPointer<UInt8>, problems: inout [String]) -> String {
        if MARC8Decoder.isPlainASCII(bytes) {
            return String(decoding: bytes, as: UTF8.self)
        }
        var field = MARC8FieldDecoding(bytes: bytes, table: MARC8CodeTable.shared)
        field.run()
        problems.append(contentsOf: field.problems)
        let text = String(decoding: field.output, as: UTF8.self)
        return field.needsNormalization ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Decodes a byte array; convenience for tests and callers outside a record reader.
    public func decode(_ bytes: [UInt8], problems: inout [String]) -> String {
        bytes.withUnsafeBufferPointer { decode($0, problems: &problems) }
    }

    /// True when every byte is printable ASCII or a MARC delimiter, so MARC-8 equals UTF-8.
    @inline(__always)
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x7F || byte < 0x1D {
            return false
        }
        return true
    }
}
