import Foundation

/// The character set of variable-length field values on the wire.
///
/// SIP2 2.00 says nothing about encodings; kiosks sold in Europe often speak Latin-1, newer ones and Chinese
/// kiosks UTF-8. GBK/GB18030 kiosks are not covered yet: Foundation on Linux does not convert GB18030
/// reliably, so a GBK kiosk needs a converter of our own (see the module notes). Fixed fields are ASCII in
/// every case.
public enum SIP2Charset: String, Sendable, Equatable, CaseIterable {
    /// UTF-8, the default.
    case utf8 = "UTF-8"
    /// ISO 8859-1; characters outside it are written as `?`.
    case latin1 = "ISO-8859-1"

    /// Decodes bytes, returning the offset of the first invalid byte on failure.
    func decode(_ bytes: ArraySlice<UInt8>) -> Result<String, SIP2Error> {
        switch self {
        case .utf8:
            if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            var consumed = 0
            while case .scalarValue(let scalar) = decoder.decode(&iterator) { consumed += UTF8.width(scalar) }
            return .failure(.invalidEncoding(offset: bytes.startIndex + consumed, charset: self))
        case .latin1:
            var text = ""
            text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
            return .success(text)
        }
    }

    /// Encodes text; unrepresentable characters become `?` in Latin-1.
    func encode(_ text: String) -> [UInt8] {
        switch self {
        case .utf8: return Array(text.utf8)
        case .latin1: return text.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
        }
    }
}
