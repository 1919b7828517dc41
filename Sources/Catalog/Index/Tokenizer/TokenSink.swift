/// Receives what `TokenScanner` finds, without an intermediate `String` per token.
protocol TokenSink {
    /// A token: its UTF-8 bytes (valid only during the call), source span and kind.
    mutating func accept(_ utf8: UnsafeBufferPointer<UInt8>, range: Range<String.Index>, kind: SearchToken.Kind)
    /// One (folded) character of a Han, Kana or Hangul run of two or more characters.
    mutating func acceptRunCharacter(_ value: UInt32)
}

/// Collects `SearchToken` values.
struct TokenListSink: TokenSink {
    var tokens: [SearchToken] = []

    mutating func accept(_ utf8: UnsafeBufferPointer<UInt8>, range: Range<String.Index>, kind: SearchToken.Kind) {
        tokens.append(SearchToken(text: String(decoding: utf8, as: UTF8.self), range: range, kind: kind))
    }

    mutating func acceptRunCharacter(_ value: UInt32) {}
}

/// Writes tokens as space-separated UTF-8 text, optionally followed by the single
/// characters of every CJK run so that one-character queries find them too.
struct IndexTextSink: TokenSink {
    var bytes: [UInt8] = []
    private(set) var runCharacters: [UInt32] = []
    let collectsRunCharacters: Bool

    init(capacity: Int, collectsRunCharacters: Bool) {
        bytes.reserveCapacity(capacity)
        self.collectsRunCharacters = collectsRunCharacters
    }

    mutating func accept(_ utf8: UnsafeBufferPointer<UInt8>, range: Range<String.Index>, kind: SearchToken.Kind) {
        if !bytes.isEmpty { bytes.append(0x20) }
        bytes.append(contentsOf: utf8)
    }

    mutating func acceptRunCharacter(_ value: UInt32) {
        if collectsRunCharacters { runCharacters.append(value) }
    }

    /// The text: tokens in order, then the run characters (each once, in order of first use).
    mutating func finish() -> String {
        var seen = Set<UInt32>()
        for value in runCharacters where seen.insert(value).inserted {
            if !bytes.isEmpty { bytes.append(0x20) }
            UTF8Encoding.append(value, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Appends a scalar value as UTF-8.
enum UTF8Encoding {
    @inline(__always)
    static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case ..<0x80: bytes.append(UInt8(truncatingIfNeeded: value))
        case ..<0x800:
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        case ..<0x10000:
            bytes.append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 12) & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        }
    }
}
