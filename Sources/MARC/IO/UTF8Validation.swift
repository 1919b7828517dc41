/// Byte-level checks and conversions shared by the readers, written for speed on large files.
enum UTF8Validation {
    /// True when every byte is below 0x80 (checked eight bytes at a time).
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        while index + 8 <= count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < count {
            if base[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// Offset of the first byte that does not begin a well-formed UTF-8 sequence, or nil when all is valid.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, lower) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, upper) = (3, 0x9F)
            case 0xF0: (length, lower) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, upper) = (4, 0x8F)
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lower && second <= upper else { return index }
            var next = 2
            while next < length {
                guard bytes[index + next] & 0xC0 == 0x80 else { return index }
                next += 1
            }
            index += length
        }
        return nil
    }

    /// Latin-1 bytes as a String (every byte maps to the code point of the same value).
    static func latin1String(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    /// The three-character tag for directory bytes; numeric tags come from a table without allocating.
    static func tag(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> String {
        if b0 &- 0x30 < 10 && b1 &- 0x30 < 10 && b2 &- 0x30 < 10 {
            return numericTags[Int(b0 &- 0x30) * 100 + Int(b1 &- 0x30) * 10 + Int(b2 &- 0x30)]
        }
        let bytes = [b0, b1, b2]
        return isASCII(bytes.withUnsafeBufferPointer { $0 })
            ? String(decoding: bytes, as: UTF8.self) : bytes.withUnsafeBufferPointer(latin1String)
    }

    /// "000" … "999".
    static let numericTags: [String] = (0..<1000).map { number in
        let digits = String(number)
        return String(repeating: "0", count: 3 - digits.count) + digits
    }

    /// A Character for an ASCII byte from a table; other bytes become nil.
    static func asciiCharacter(_ byte: UInt8) -> Character? {
        byte < 0x80 ? asciiCharacters[Int(byte)] : nil
    }

    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
}
