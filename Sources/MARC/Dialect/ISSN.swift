/// International Standard Serial Number helpers (ISO 3297).
public enum ISSN {
    /// The ISSN in `text` as `NNNN-NNNX`, when it has eight characters (seven digits and a
    /// digit or X); the check digit is not verified. `"0028-0836 (print)"` → `"0028-0836"`.
    public static func normalised(_ text: String) -> String? {
        var characters: [UInt8] = []
        for byte in text.utf8 {
            if (0x30...0x39).contains(byte) || ((byte == 0x58 || byte == 0x78) && characters.count == 7) {
                characters.append(byte == 0x78 ? 0x58 : byte)
                if characters.count == 8 { break }
            } else if (byte == 0x2D || byte == 0x20) && !characters.isEmpty {
                continue
            } else if !characters.isEmpty {
                break
            }
        }
        return format(characters)
    }

    /// True when `text` holds an ISSN whose check character is right (weights 8…2, mod 11).
    public static func isValid(_ text: String) -> Bool {
        guard let issn = normalised(text) else { return false }
        let characters = Array(issn.utf8.filter { $0 != 0x2D })
        let sum = characters.prefix(7).enumerated().reduce(0) { $0 + (8 - $1.offset) * Int($1.element - 0x30) }
        let check = (11 - sum % 11) % 11
        return characters[7] == (check == 10 ? 0x58 : UInt8(0x30 + check))
    }

    private static func format(_ characters: [UInt8]) -> String? {
        guard characters.count == 8 else { return nil }
        return String(decoding: characters.prefix(4) + [0x2D] + characters.suffix(4), as: UTF8.self)
    }
}
