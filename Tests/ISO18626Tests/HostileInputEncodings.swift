/// A small deterministic generator (SplitMix64), so the garbage test is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// IBM037 (EBCDIC) for printable ASCII and line feed: a document that libxml2 decodes but a byte scan for ASCII
/// `<!DOCTYPE` cannot see.
enum EBCDIC {
    private static let printable: [UInt8] = [
        64, 90, 127, 123, 91, 108, 80, 125, 77, 93, 92, 78, 107, 96, 75, 97, 240, 241, 242, 243, 244, 245, 246, 247,
        248, 249, 122, 94, 76, 126, 110, 111, 124, 193, 194, 195, 196, 197, 198, 199, 200, 201, 209, 210, 211, 212,
        213, 214, 215, 216, 217, 226, 227, 228, 229, 230, 231, 232, 233, 186, 224, 187, 176, 109, 121, 129, 130, 131,
        132, 133, 134, 135, 136, 137, 145, 146, 147, 148, 149, 150, 151, 152, 153, 162, 163, 164, 165, 166, 167, 168,
        169, 192, 79, 208, 161,
    ]

    struct Unencodable: Error {}

    static func encode(_ text: String) throws -> [UInt8] {
        try text.utf8.map { byte in
            if byte == 0x0A { return 0x25 }
            guard (32...126).contains(byte) else { throw Unencodable() }
            return printable[Int(byte) - 32]
        }
    }
}
